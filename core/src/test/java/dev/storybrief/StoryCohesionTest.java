package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article slipped into a folder by mistake is named; a folder of several stories is said to be one; a summary left
 * empty says why.
 */
class StoryCohesionTest {
    private static final String FERRY_A = "The harbour council voted on Tuesday to close the old ferry terminal at"
            + " Kestrel Point. Engineers said the pier was unsafe after the winter storms damaged its piles.";
    private static final String FERRY_B = "Kestrel Point's ferry terminal will close after the harbour council vote."
            + " The pier piles were damaged by winter storms, engineers told the council.";
    private static final String FERRY_C = "Ferry passengers at Kestrel Point face a longer trip once the terminal"
            + " closes. The harbour council said storms had left the pier unsafe for the ferry.";
    private static final String ORCHESTRA = "The city orchestra named a new conductor for its spring season of"
            + " symphonies. Musicians praised her work with young violinists and the choir.";
    private static final String WEATHER = "Today periods of rain. High 58F. Winds east at 10 to 20 mph. Tonight"
            + " thunderstorms likely, low 45F, chance of rain 90 percent.";

    private static RawDocument document(String id, String text) {
        return new RawDocument(id, null, SourceFormat.TEXT, text, Map.of());
    }

    private static Briefing brief(RawDocument... documents) {
        return Storybrief.builder().build().briefDocuments("folder", List.of(documents), new ArrayList<>());
    }

    @Test
    void anArticleOfAnotherStoryIsNamedAndTheStorysOwnAreNot() {
        Briefing briefing = brief(document("a", FERRY_A), document("orchestra", ORCHESTRA), document("b", FERRY_B),
                document("c", FERRY_C));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("close to none"))
                .containsExactly("note orchestra comes close to none of the other articles: another story, or a"
                        + " site's notice saved as a page?");
        assertThat(brief(document("a", FERRY_A), document("b", FERRY_B), document("c", FERRY_C)).warnings())
                .noneMatch(w -> w.contains("close to none"));
    }

    /**
     * The article named apart is listed among those read, marked so, and no count of the story's articles holds it:
     * the desk's card and the summary's "from N articles" agree with the note (QA tour 17, the desk card).
     */
    @Test
    void theArticleNamedApartIsMarkedAndNotCountedAsTheStorys() {
        Briefing briefing = brief(document("a", FERRY_A), document("orchestra", ORCHESTRA), document("b", FERRY_B),
                document("c", FERRY_C));
        assertThat(briefing.apart()).containsExactly("orchestra");
        assertThat(briefing.articles()).hasSize(4);
        assertThat(briefing.storyArticleCount()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> articles = (List<Map<String, Object>>) dev.storybrief.render.JsonRenderer
                .toMap(briefing, false).get("articles");
        assertThat(articles).filteredOn(m -> Boolean.TRUE.equals(m.get("apart"))).extracting(m -> m.get("id"))
                .containsExactly("orchestra");
        assertThat(brief(document("a", FERRY_A), document("b", FERRY_B), document("c", FERRY_C)).storyArticleCount())
                .isEqualTo(3);
    }

    /** What only the article named apart says is another story's, not a fact only one outlet of this one reports. */
    @Test
    void theArticleNamedApartReportsNothingOnlyOneOutletReports() {
        Briefing briefing = brief(document("a", FERRY_A), document("orchestra", ORCHESTRA), document("b", FERRY_B),
                document("c", FERRY_C));
        assertThat(briefing.warnings()).anyMatch(w -> w.startsWith("note orchestra comes close to none"));
        assertThat(briefing.unique()).extracting(Claim::source).doesNotContain("orchestra");
    }

    /**
     * The people of the article named apart are another story's: the briefing's entities count only the story's own
     * articles (QA tour 22 #14: "Anna Ferri (2)" among the People of an English story, from an Italian page set apart).
     */
    @Test
    void thePeopleOfTheArticleNamedApartAreNotTheStorys() {
        String orchestra = "The city orchestra named Maria Keller its new conductor for the spring season of"
                + " symphonies. Musicians said Maria Keller had worked wonders with young violinists and the choir.";
        Briefing briefing = brief(document("a", FERRY_A), document("orchestra", orchestra), document("b", FERRY_B),
                document("c", FERRY_C));
        assertThat(briefing.apart()).containsExactly("orchestra");
        assertThat(briefing.entities()).extracting(dev.storybrief.model.EntityItem::name)
                .contains("Kestrel Point").doesNotContain("Maria Keller");
    }

    /** The article the briefing names as apart cannot give the briefing its headline, whatever its title says. */
    @Test
    void theHeadlineNeverComesFromTheArticleNamedApart() {
        Briefing briefing = brief(titled("a", "Old ferry terminal to close", FERRY_A),
                titled("orchestra", "Kestrel Point harbour council ferry terminal pier storms", ORCHESTRA + " " + ORCHESTRA),
                titled("b", "Council votes on Kestrel Point", FERRY_B), titled("c", "Longer trips for passengers", FERRY_C));
        assertThat(briefing.warnings()).anyMatch(w -> w.startsWith("note orchestra comes close to none"));
        assertThat(briefing.headline()).isIn("Old ferry terminal to close", "Council votes on Kestrel Point",
                "Longer trips for passengers");
    }

    /**
     * A long article of another story, named apart, gives the summary no sentence, however much of the folder's text
     * it holds: the briefing cannot call it another story and summarise the story from it.
     */
    @Test
    void theArticleNamedApartGivesNoSummarySentence() {
        StringBuilder orchestra = new StringBuilder();
        String[] pieces = {"symphony", "concerto", "overture", "requiem", "sonata", "suite", "cantata", "serenade"};
        for (int i = 0; i < 60; i++) {
            orchestra.append("The city orchestra rehearsed the ").append(pieces[i % pieces.length])
                    .append(" with the choir and young violinists for the spring season. ");
        }
        Briefing briefing = brief(document("a", FERRY_A), document("orchestra", orchestra.toString()),
                document("b", FERRY_B), document("c", FERRY_C));
        assertThat(briefing.warnings()).anyMatch(w -> w.startsWith("note orchestra comes close to none"));
        assertThat(briefing.summary()).isNotEmpty().noneMatch(s -> s.source().equals("orchestra"));
    }

    private static final String FLOOD_A = "The Afon Tarr burst its banks in Llanfair Tarr on Thursday night, flooding"
            + " 420 homes, Natural Resources Wales said. The river peaked at 5.8 metres, and crews rescued 37 people by"
            + " boat. Council leader Gwen Morgan said two rest centres were open.";
    private static final String FLOOD_B = "About 420 homes were flooded in Llanfair Tarr after the Afon Tarr overtopped"
            + " its defences on Thursday. The river reached 5.8 metres, Natural Resources Wales said, and Gwen Morgan"
            + " urged people not to drive through flood water.";

    /**
     * A long read of the flood: its lead tells the event, then it follows one street's people for thousands of words
     * that no short report uses.
     */
    private static String longRead() {
        StringBuilder text = new StringBuilder("When the Afon Tarr burst its banks in Llanfair Tarr on Thursday night,"
                + " 420 homes filled with water within an hour. This is the story of one street, and of the people who"
                + " live on it.\n\n");
        String[] people = {"Morwenna", "Jago", "Tamsin", "Kerensa", "Piran", "Loveday"};
        String[] memories = {"the cafe by the slipway", "the chapel choir", "the lifeboat crew", "her grandmother's"
                + " allotment", "the summer regatta", "the school on the hill", "his first fishing boat"};
        for (int i = 0; i < 120; i++) {
            text.append(people[i % people.length]).append(" remembers ").append(memories[i % memories.length])
                    .append(", and says the neighbours still talk about ").append(memories[(i * 3 + 1) % memories.length])
                    .append(" every winter, ").append(i + 4).append(" years on. ");
            if (i % 6 == 5) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    /**
     * A long read belongs to the story its lead tells, though the rest of its words are far from a short report's:
     * `brief` does not call it apart, and the story grouper finds the reports' story by its lead and puts it there.
     */
    @Test
    void aLongReadBelongsToTheStoryItsLeadTells() {
        RawDocument[] folder = {document("a", FLOOD_A), document("long", longRead()), document("b", FLOOD_B)};
        assertThat(brief(folder).warnings()).noneMatch(w -> w.contains("close to none"));
        assertThat(new dev.storybrief.group.stories.StoryClusterer().addAll(List.of(folder)).stories())
                .singleElement().satisfies(story -> assertThat(story.allIds()).contains("long", "a", "b"));
    }

    private static final String STRIKE_A = "Dockworkers at the Harwick Gateway terminal walked out on Monday, and the"
            + " union leader Tomas Ferreira said 4,200 members had joined the strike. The port operator called the"
            + " walkout unlawful.";
    private static final String STRIKE_B = "The strike at Harwick Gateway entered its second day as the mediator"
            + " Lena Brandt met union officials. Tomas Ferreira said the 4,200 strikers would not return without a"
            + " pay rise.";
    private static final String STRIKE_C = "Ships queued outside Harwick Gateway on Wednesday. Lena Brandt said the"
            + " talks between the operator and the union had made little progress so far.";
    private static final String STRIKE_FR = "La grève des dockers du terminal Harwick Gateway se poursuit. Selon le"
            + " syndicaliste Tomas Ferreira, les 4 200 adhérents refusent de reprendre le travail. La médiatrice Lena"
            + " Brandt a rencontré les deux parties, mais aucun accord n'a été trouvé.";
    private static final String OPERA_FR = "L'opéra de la ville a présenté sa nouvelle saison lyrique. La directrice"
            + " Amélie Roussel a annoncé trois créations et une tournée des chœurs dans les écoles de la région.";

    /**
     * An article in another language shares no word with the others, only the names and numbers translation keeps:
     * the French report of the strike is not called apart; a French article of another story still is.
     */
    @Test
    void anArticleInAnotherLanguageIsJudgedByItsNamesAndNumbers() {
        Briefing briefing = brief(document("a", STRIKE_A), document("b", STRIKE_B), document("c", STRIKE_C),
                document("fr", STRIKE_FR));
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("close to none") || w.contains("another story"));
        Briefing withOpera = brief(document("a", STRIKE_A), document("b", STRIKE_B), document("c", STRIKE_C),
                document("fr", STRIKE_FR), document("opera", OPERA_FR));
        assertThat(withOpera.warnings()).filteredOn(w -> w.contains("close to none"))
                .singleElement().satisfies(w -> assertThat(w).startsWith("note opera comes close to none"));
    }

    private static final String FLOOD_ES = "Valverde, 12 de septiembre de 2026 - El río Tajuelo se desbordó el"
            + " viernes e inundó el centro de Valverde. Los bomberos evacuaron a 1.200 vecinos, y 12 barrios siguen sin"
            + " luz, según la alcaldesa.";

    /**
     * The digits of a date are no shared number: a Spanish flood dated 12 September 2026 shares with the English
     * strike of the same year only a year, a day of the month and one round count, which two stories of one year
     * commonly do.
     */
    @Test
    void theDigitsOfADateAreNoSharedNumberAcrossLanguages() {
        String strikeOn12 = "Harwick Gateway, 12 September 2026 - " + STRIKE_A.replace("4,200", "1,200");
        Briefing briefing = brief(document("a", strikeOn12), document("b", STRIKE_B), document("c", STRIKE_C),
                document("es", FLOOD_ES));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("close to none"))
                .singleElement().satisfies(w -> assertThat(w).startsWith("note es comes close to none"));
    }

    private static final String QUAKE_EN_A = "An earthquake struck the hill town of Tel Rimah on Sunday night, killing"
            + " 23 people, the health ministry said. About 4,600 residents spent the night in tents outside the town.";
    private static final String QUAKE_EN_B = "Rescuers in Tel Rimah searched collapsed homes on Monday after the quake"
            + " killed 23 people. Governor Nabil Haddad said 4,600 people had been moved to camps.";
    private static final String QUAKE_AR_A = "ضرب زلزال بلدة تل رماح ليلة الأحد وأودى بحياة 23 شخصا بحسب وزارة الصحة،"
            + " وبات نحو 4600 من السكان ليلتهم في خيام خارج البلدة.";
    private static final String QUAKE_AR_B = "واصلت فرق الإنقاذ البحث بين المنازل المنهارة في تل رماح، وقال المحافظ نبيل"
            + " حداد إن 4600 شخص نقلوا إلى المخيمات بعد الزلزال الذي قتل 23 شخصا.";

    /**
     * Reports of one event in two scripts share no word and cannot share a name ("Tel Rimah", "تل رماح"): what
     * translation keeps across scripts is its figures, so two shared figures tell one story, and the folder is not
     * said to mix two (QA tour 20, an Arabic and English flood).
     */
    @Test
    void reportsInTwoScriptsSharingTheirFiguresAreOneStory() {
        Briefing briefing = brief(document("en-a", QUAKE_EN_A), document("en-b", QUAKE_EN_B),
                document("ar-a", QUAKE_AR_A), document("ar-b", QUAKE_AR_B));
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("stories") || w.contains("close to none"));
    }

    private static RawDocument titled(String id, String title, String text) {
        return new RawDocument(id, null, SourceFormat.TEXT, text, Map.of(dev.storybrief.ingest.MetaKey.TITLE, title));
    }

    /**
     * Said once, counting the reports only: the weather widget is a page that is no article, with its own warning,
     * so "2 of the 3" would leave the reader looking for the third article's story.
     */
    @Test
    void aFolderOfUnrelatedPagesIsSaidToBeSeveralStoriesOnce() {
        Briefing briefing = brief(document("a", FERRY_A), document("orchestra", ORCHESTRA),
                document("weather", WEATHER));
        assertThat(briefing.warnings()).anyMatch(w -> w.startsWith("warning weather is not a news article"));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("close to none"))
                .containsExactly("note 2 of the 2 articles come close to none of the others: they look like several"
                        + " stories (storybrief stories groups them)");
    }

    /** A budget no sentence fits in gives an empty summary, and says why. */
    @Test
    void aBudgetNoSentenceFitsInIsSaid() {
        Briefing briefing = Storybrief.builder().words(4).build().briefDocuments("folder",
                List.of(document("a", FERRY_A), document("b", FERRY_B)), new ArrayList<>());
        assertThat(briefing.summary()).isEmpty();
        assertThat(briefing.warnings()).contains("note summary: no sentence fits within 4 words; give it 60 words or more");
        assertThat(brief(document("a", FERRY_A), document("b", FERRY_B)).warnings())
                .noneMatch(w -> w.startsWith("note summary: no sentence fits"));
    }

    private static final String CHOIR_A = "The city orchestra named Mara Lind its new conductor for the spring season."
            + " Musicians praised her work with young violinists, and the orchestra board said she would lead the youth"
            + " choir as well.";
    private static final String CHOIR_B = "Mara Lind will conduct the city orchestra from the spring, the orchestra board"
            + " said. The violinist and choir leader is known for her work with young musicians, members of the"
            + " orchestra said.";
    private static final String CHOIR_C = "The orchestra's spring season opens under its new conductor, Mara Lind, who"
            + " also takes over the youth choir. Young violinists she taught praised the board's choice, the orchestra"
            + " said.";

    /** Each article has a close partner, so no article is apart: the folder's two-way cut tells the two stories. */
    @Test
    void aFolderOfTwoStoriesOfSeveralArticlesIsSaid() {
        Briefing briefing = brief(document("ferry-a", FERRY_A), document("choir-a", CHOIR_A), document("ferry-b", FERRY_B),
                document("choir-b", CHOIR_B), document("ferry-c", FERRY_C), document("choir-c", CHOIR_C));
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("close to none"));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("stories")).containsExactly(
                "note the articles look like 2 stories, (ferry-a, ferry-b, ferry-c) and (choir-a, choir-b, choir-c):"
                        + " the briefing mixes them (" + Storybrief.COMMAND_LINE_ONE_STORY_ADVICE + ")");
    }

    private static final String BANK_A = "The central bank of Ostria raised its main interest rate to 4.5 percent on"
            + " Thursday, saying inflation had stayed above its target for a year. Governor Ilse Varga said borrowing"
            + " costs would stay high until prices calm.";
    private static final String BANK_B = "Ostria's central bank lifted the interest rate to 4.5 percent, its third rise"
            + " this year. Governor Ilse Varga told reporters that inflation, at 6 percent, was still far above target.";

    /**
     * Three stories of two articles each: the note names all three, as the listing ({@code storybrief stories})
     * groups them, never a two-way cut that pairs two stories sharing nothing; and it says how to brief one.
     */
    @Test
    void aFolderOfThreeStoriesIsSaidAsTheListingGroupsIt() {
        List<RawDocument> documents = List.of(document("ferry-a", FERRY_A), document("bank-a", BANK_A),
                document("choir-a", CHOIR_A), document("ferry-b", FERRY_B), document("bank-b", BANK_B),
                document("choir-b", CHOIR_B));
        List<String> listed = dev.storybrief.group.stories.ListedStories.of(Storybrief.builder().build()
                .findMetadata(documents), dev.storybrief.group.stories.ListedStories.DEFAULT_WINDOW_DAYS).stream()
                .map(story -> String.join(", ", story.allIds())).toList();
        assertThat(listed).containsExactlyInAnyOrder("ferry-a, ferry-b", "bank-a, bank-b", "choir-a, choir-b");
        Briefing briefing = brief(documents.toArray(RawDocument[]::new));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("look like"))
                .singleElement().asString()
                .startsWith("note the articles look like 3 stories, (")
                .contains("(ferry-a, ferry-b)").contains("(bank-a, bank-b)").contains("(choir-a, choir-b)")
                .endsWith("the briefing mixes them (brief each with storybrief stories --brief, or give only the files"
                        + " of one story)");
    }

    /** A web page says how to brief one story in its own words. */
    @Test
    void theAdviceOnAMixIsTheCallersOwn() {
        Briefing briefing = Storybrief.builder().oneStoryAdvice("pick the articles of one story").build()
                .briefDocuments("folder", List.of(document("ferry-a", FERRY_A), document("choir-a", CHOIR_A),
                        document("ferry-b", FERRY_B), document("choir-b", CHOIR_B), document("ferry-c", FERRY_C),
                        document("choir-c", CHOIR_C)), new ArrayList<>());
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("look like")).singleElement().asString()
                .endsWith("the briefing mixes them (pick the articles of one story)").doesNotContain("storybrief");
    }

    /** One story told from two angles (the vote, the passengers) shares its names and words: no note. */
    @Test
    void oneStoryToldFromTwoAnglesIsNotCalledTwo() {
        String passengersA = "Ferry passengers at Kestrel Point queued for the last crossings before the terminal"
                + " closes, and the harbour council promised a bus to the next pier while the storm-damaged piles wait.";
        String passengersB = "Commuters who take the Kestrel Point ferry said the harbour council gave them little"
                + " warning that the terminal closes, and asked what the storm-damaged pier means for the crossings.";
        Briefing briefing = brief(document("a", FERRY_A), document("b", FERRY_B), document("p", passengersA),
                document("q", passengersB));
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("two stories") || w.contains("another story"));
    }
}
