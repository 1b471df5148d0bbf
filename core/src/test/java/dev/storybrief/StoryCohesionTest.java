package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
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

    private static RawDocument titled(String id, String title, String text) {
        return new RawDocument(id, null, SourceFormat.TEXT, text, Map.of(dev.storybrief.ingest.MetaKey.TITLE, title));
    }

    @Test
    void aFolderOfUnrelatedPagesIsSaidToBeSeveralStoriesOnce() {
        Briefing briefing = brief(document("a", FERRY_A), document("orchestra", ORCHESTRA),
                document("weather", WEATHER));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("close to none"))
                .containsExactly("note 3 of the 3 articles come close to none of the others: they look like several"
                        + " stories (storybrief stories groups them)");
    }

    /** A budget no sentence fits in gives an empty summary, and says why. */
    @Test
    void aBudgetNoSentenceFitsInIsSaid() {
        Briefing briefing = Storybrief.builder().words(4).build().briefDocuments("folder",
                List.of(document("a", FERRY_A), document("b", FERRY_B)), new ArrayList<>());
        assertThat(briefing.summary()).isEmpty();
        assertThat(briefing.warnings()).contains("note summary: no sentence fits within 4 words; give more (--words 60)");
        assertThat(brief(document("a", FERRY_A), document("b", FERRY_B)).warnings())
                .noneMatch(w -> w.startsWith("note summary"));
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
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("two stories")).containsExactly(
                "note the articles look like two stories, (ferry-a, ferry-b, ferry-c) and (choir-a, choir-b, choir-c):"
                        + " the briefing mixes them (storybrief stories lists them apart)");
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
