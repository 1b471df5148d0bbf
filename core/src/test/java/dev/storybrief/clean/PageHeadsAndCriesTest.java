package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The head of a copied page (the outlet's name, the headline, the date bar with its time), a share row left as plain
 * words, and a live blog's cries. Every name and text is made up.
 */
class PageHeadsAndCriesTest {
    private static final String HEADLINE = "Council closes the old pier after cracks are found in its supports";
    private static final String LEAD = "The harbour council voted on Monday to close the old pier after engineers found"
            + " cracks in two of its supports, the council said.";
    private static final String REST = "Repairs will take about six months and cost 2.4 million euros, officials said.";

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("p", Path.of("p.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    /** Names no list of title words knows: their place above the headline and the date bar says what they are. */
    @ParameterizedTest
    @ValueSource(strings = {"Harrowgate Spotlight", "Brenmoor Matchday Now", "The Quayside Wire Room", "Vestra Teraz"})
    void aShortLineOfCapitalisedWordsAboveTheHeadlineAndTheDateBarIsTheMasthead(String name) {
        Article a = clean(name + "\n" + HEADLINE + "\n12 March 2026, 08:20\n" + LEAD + "\n" + REST);
        assertThat(a.outlet()).isEqualTo(name);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.removed()).extracting(Removal::rule).contains("masthead").doesNotContain("section-label");
    }

    @Test
    void aLineThatIsNoNameOrHasNoPageHeadUnderItIsNoMastheadByPlace() {
        Article story = clean("Harrowgate Spotlight\n" + HEADLINE + "\n" + LEAD + "\n" + REST);
        assertThat(story.outlet()).as("no date bar or byline under the headline").isNull();
        Article lower = clean("Harbour news\n" + HEADLINE + "\n12 March 2026\n" + LEAD + "\n" + REST);
        assertThat(lower.outlet()).as("not every word capitalised").isNull();
        Article longer = clean("Harrowgate Spotlight On The Coast\n" + HEADLINE + "\n12 March 2026\n" + LEAD);
        assertThat(longer.outlet()).as("five words: a headline's length").isNull();
        Article label = clean("EXCLUSIVE INTERVIEW\n" + HEADLINE + "\n12 March 2026\n" + LEAD + "\n" + REST);
        assertThat(label.outlet()).as("a label in capitals").isNull();
    }

    /** A kicker above the headline names the site's section or region, in the masthead's place: no outlet. */
    @ParameterizedTest
    @ValueSource(strings = {"Middle East", "World News", "US Politics", "Latin America", "Asia Pacific", "Wirtschaft"})
    void aSectionOrRegionKickerAboveTheHeadlineAndTheDateBarIsNoMasthead(String kicker) {
        Article a = clean(kicker + "\n" + HEADLINE + "\n12 March 2026, 08:20\n" + LEAD + "\n" + REST);
        assertThat(a.outlet()).isNull();
        assertThat(a.title()).isEqualTo(HEADLINE);
    }

    /**
     * A topic kicker no list knows ("Royal Family", "Cost of Living") stands where a masthead does, but labels the
     * story with its own common words, which the headline and the story write in small letters: no outlet.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Royal Family|Prince Aldo steps back from royal duties|The prince will leave his royal duties in May, the"
                    + " palace said on Monday, and his family will move to the coast.",
            "Cost of Living|Bread and rent push the cost of living up again|Prices rose 0.4 per cent in March as"
                    + " living costs climbed for a sixth month, the statistics office said on Monday.",
            "Local Politics|Harbour council splits over the pier vote|The vote exposed a rift in local politics, as"
                    + " two members of the ruling group voted against the plan on Monday.",
            "Climate Crisis|Coastal towns plan for higher seas|Towns along the coast said on Monday the climate"
                    + " crisis forces them to raise their sea walls within ten years.",
            "Housing Market|House prices fall for a third month|The housing market cooled in March as mortgage rates"
                    + " rose and fewer buyers made offers, the lenders' group said on Monday."})
    void aTopicKickerWrittenInTheStorysOwnWordsIsNoMasthead(String kicker, String headline, String lead) {
        Article a = clean(kicker + "\n" + headline + "\n12 March 2026, 08:20\n" + lead + "\n" + REST);
        assertThat(a.outlet()).isNull();
        assertThat(a.title()).isEqualTo(headline);
    }

    /** A name one of whose words the story writes in small letters keeps its place: the other word is a name. */
    @Test
    void aMastheadSharingOneWordWithTheStoryIsStillTheMasthead() {
        Article a = clean("Harrowgate Harbour\n" + HEADLINE + "\n12 March 2026, 08:20\n" + LEAD + "\n" + REST);
        assertThat(a.outlet()).isEqualTo("Harrowgate Harbour");
    }

    /**
     * The words papers and broadcasters take for their names in Dutch, Polish, French, Italian and English: the name
     * alone says what the line is, with no date bar under the headline.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Oostwolde Dagblad", "Kurier Brzeski", "Głos Doliny", "Omroep Zuidmark", "Lorvan Info",
            "Il Faro Oggi", "The Evening Courant", "The Metro Desk"})
    void aNameBuiltWithAPapersTitleWordIsTheMastheadWithoutADateBar(String name) {
        Article a = clean(name + "\n" + HEADLINE + "\n" + LEAD + "\n" + REST);
        assertThat(a.outlet()).isEqualTo(name);
        assertThat(a.title()).isEqualTo(HEADLINE);
    }

    private static final String AR_HEADLINE = "إغلاق الجسر القديم بعد اكتشاف تشققات في دعائمه";
    private static final String AR_LEAD = "قرر مجلس الميناء يوم الاثنين إغلاق الجسر القديم بعد أن اكتشف المهندسون"
            + " تشققات في اثنتين من دعائمه، بحسب ما أعلن المجلس.";

    /**
     * An Arabic name opens with its title word (newspaper, agency, channel, radio), as a Romance one does, and has no
     * capitals: the title word says the line is the masthead, and the headline under it stays the headline (QA tour
     * 20). A line that opens with another word is the headline.
     */
    @ParameterizedTest
    @ValueSource(strings = {"صحيفة المرفأ", "وكالة أنباء الشمال", "جريدة الوادي", "قناة الساحل", "إذاعة المدينة"})
    void anArabicNameOpeningWithAPapersTitleWordIsTheMasthead(String name) {
        Article a = clean(name + "\n" + AR_HEADLINE + "\n" + AR_LEAD);
        assertThat(a.outlet()).isEqualTo(name);
        assertThat(a.title()).isEqualTo(AR_HEADLINE);
        Article headline = clean(AR_HEADLINE + "\n" + AR_LEAD);
        assertThat(headline.outlet()).isNull();
        assertThat(headline.title()).isEqualTo(AR_HEADLINE);
    }

    @Test
    void anAgencysShortNameInCapitalsStaysAsItIsWritten() {
        Article a = clean(HEADLINE + "\nKELMOUTH (NPX) - " + LEAD + "\n" + REST);
        assertThat(a.outlet()).isEqualTo("NPX");
        Article spelled = clean(HEADLINE + "\nKELMOUTH (NORTH SEA WIRE) - " + LEAD + "\n" + REST);
        assertThat(spelled.outlet()).as("a name of words is written as names are").isEqualTo("North Sea Wire");
    }

    /** A date line with its time after the word for "at" of its language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12 marzo 2026, ore 18:30",
            "12 marzo 2026, alle ore 18:30",
            "12 mars 2026 à 18h30",
            "12. März 2026 um 18:30 Uhr",
            "12 de marzo de 2026 a las 18:30",
            "12 de março de 2026 às 18h30",
            "12 maart 2026 om 18.30 uur"})
    void aDateLinesTimeAfterItsWordForAtIsRead(String dateLine) {
        Article a = clean(HEADLINE + "\n" + dateLine + "\n" + LEAD + "\n" + REST);
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(a.paragraphs()).noneMatch(p -> p.contains("2026"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Facebook Twitter Email", "Partager : Facebook X WhatsApp", "Share: LinkedIn Reddit Email"})
    void aShareRowOfPlainWordsGoes(String row) {
        Article a = clean(HEADLINE + "\n" + LEAD + "\n" + REST + "\n" + row);
        assertThat(a.paragraphs()).containsExactly(LEAD, REST);
        assertThat(a.removed()).extracting(Removal::rule).containsExactly("share-bar");
    }

    @Test
    void aLiveBlogsOneWordCryIsNoSentenceOfTheStory() {
        Article a = clean("Cup final live: Brenmoor v Kelby\n12 March 2026\n"
                + "19:45 - Kick-off at Harbour Park. The ground is full.\n"
                + "20:02 - GOAL! Brenmoor lead. Ana Costa heads in a corner.\n"
                + "20:40 - Penalty!! Kelby level from the spot through Tom Reyes.\n"
                + "21:50 - Full time: Brenmoor 1-1 Kelby.");
        assertThat(String.join("\n", a.paragraphs())).doesNotContain("GOAL!").doesNotContain("Penalty")
                .contains("Brenmoor lead. Ana Costa heads in a corner.", "Kelby level from the spot");
        assertThat(a.removed()).filteredOn(r -> r.rule().equals("live-blog-furniture")).extracting(Removal::text)
                .containsExactly("GOAL!", "Penalty!!");
    }

    /**
     * A German live blog: an entry that opens with a „quotation“ loses its stamp as the others do, and the blog's
     * hello ("Guten Morgen!") and words about itself ("Wir berichten heute live ...") are no sentences of the story
     * (QA tour 20).
     */
    @Test
    void stampsWrittenWithTheLanguagesWordForHourOrItsHourMarkGoToo() {
        Article a = clean("Frana a Valdoria, la diretta\n4 dicembre 2026\n"
                + "ore 08.00 – Buongiorno, seguiamo in diretta la situazione dopo la frana di ieri sera.\n"
                + "ore 16.40 – Il sindaco ha firmato l'ordinanza di evacuazione per altre 40 famiglie.\n"
                + "ore 12.15 – Arrivano a Valdoria i geologi della Provincia con i droni.\n"
                + "ore 09.30 – La strada provinciale resta chiusa al traffico fino a nuovo avviso.");
        assertThat(String.join("\n", a.paragraphs())).doesNotContain("ore 16.40").contains("Il sindaco ha firmato")
                .doesNotContain("seguiamo in diretta");
        Article b = clean("Desabamento em Vila Serrana: acompanhe\n30 de novembro de 2026\n"
                + "14h10 - Bombeiros confirmam a nona vítima do desabamento.\n"
                + "11h45 - O prefeito decretou luto oficial de três dias na cidade.\n"
                + "09h20 - A Defesa Civil interditou mais dois prédios vizinhos.");
        assertThat(String.join("\n", b.paragraphs())).doesNotContain("14h10").contains("Bombeiros confirmam a nona vítima");
    }

    @Test
    void aGermanLiveBlogsQuotedEntryLosesItsStampAndItsHelloGoes() {
        Article a = clean("Werft in Karsund: der Streik im Liveblog\n12. März 2026\n"
                + "08:30 - Guten Morgen! Wir berichten heute live vom Streik auf der Werft in Karsund.\n"
                + "09:10 - Rund 800 Beschäftigte haben sich vor dem Werkstor versammelt.\n"
                + "10:05 - „Wir bleiben, bis der Vorstand mit uns redet“, sagt Betriebsrat Jonas Brandt.\n"
                + "11:40 - Der Vorstand lädt für Donnerstag zu Gesprächen ein.");
        String text = String.join("\n", a.paragraphs());
        assertThat(text).doesNotContain("10:05").contains("„Wir bleiben, bis der Vorstand mit uns redet“")
                .doesNotContain("Guten Morgen").doesNotContain("Wir berichten heute live")
                .contains("Rund 800 Beschäftigte", "Der Vorstand lädt");
    }
}
