package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import dev.storybrief.wording.CookieNotices;
import dev.storybrief.wording.InterfaceLabels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages copied from a browser in languages whose words the cleaner's lists may not know, told by how such a page is
 * built: a skip link and the site's name over a menu copied one item a line, a cookie notice with its buttons on the
 * same line, the byline and the date bar under the headline, how long ago the page was posted, and the page's tail of
 * labels and other stories' headlines under the story's last sentence; and Markdown copies with YAML front matter.
 * Every text is made up.
 */
class CopiedPageShapesTest {
    private static final String HEADLINE = "Riu Estany desborda i talla la carretera del port";
    private static final String LEAD = "El riu Estany es va desbordar dimarts a la nit i va tallar la carretera del port,"
            + " segons els bombers.";
    private static final String SECOND = "Unes 300 persones van passar la nit en un pavelló municipal.";
    private static final String LAST = "«L'aigua va pujar en pocs minuts», va explicar la veïna Marta Soler.";

    private static final String MORE = "Els bombers van rescatar dos conductors atrapats als seus cotxes.";
    private static final String LATER = "L'ajuntament va obrir un segon pavelló dimecres al matí.";

    private static Article clean(String name, String text) {
        return new ArticleCleaner().clean(new RawDocument("c", Path.of(name), SourceFormat.TEXT, text, Map.of()));
    }

    /**
     * A skip link no list knows, the site's name and a menu of one word a line go by their shape; the headline is the
     * title.
     */
    @Test
    void aSkipLinkAndAMenuInAnyLanguageGoAndTheHeadlineIsTheTitle() {
        Article a = clean("c.txt", "Vés al contingut\nDiari Estanyol\nPortada\nComarques\nEsports\nOpinió\nEntra\n"
                + HEADLINE + "\n" + LEAD + "\n" + SECOND + "\n" + LAST);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, LAST);
    }

    /** A headline over a byline, a source and a date stays: its lines are no menu. */
    @Test
    void aHeadlineOverItsBylineIsNoHeader() {
        Article a = clean("c.txt", "Flood cuts port road\nJo Marsh\nReuters\nTuesday\n" + LEAD + "\n" + SECOND);
        assertThat(a.title()).isEqualTo("Flood cuts port road");
    }

    /** The skip link in Italian, Polish, Portuguese and Dutch is a label of the interface. */
    @ParameterizedTest
    @ValueSource(strings = {"Vai al contenuto", "Przejdź do treści", "Pular para o conteúdo", "Naar hoofdinhoud",
        "Ir al contenido"})
    void theSkipLinkInOtherLanguagesIsALabel(String line) {
        assertThat(InterfaceLabels.isLabel(line)).isTrue();
    }

    /** A cookie notice with its buttons on one line goes in a language no list knows; a story's sentence stays. */
    @Test
    void aCookieNoticeWithItsButtonsGoesByItsShape() {
        String notice = "Aquest web fa servir cookies pròpies i de tercers. Accepta-ho tot | Configura";
        String story = "La llei obliga els webs a demanar permís abans de desar cookies, va dir el regulador.";
        Article a = clean("c.txt", HEADLINE + "\n" + notice + "\n" + LEAD + "\n" + story + "\n" + LAST);
        assertThat(a.paragraphs()).containsExactly(LEAD, story, LAST);
        assertThat(a.removed()).extracting(Removal::rule).contains("consent-dialog");
    }

    /** The site's notice that it uses cookies, in Italian, Portuguese, Dutch and Spanish. */
    @ParameterizedTest
    @ValueSource(strings = {"Questo sito utilizza cookie tecnici e di profilazione.",
        "Este site usa cookies para melhorar sua experiência.", "Wij gebruiken cookies om onze site te verbeteren.",
        "Este sitio utiliza cookies propias."})
    void cookieNoticesInOtherLanguages(String line) {
        assertThat(CookieNotices.isNotice(line)).isTrue();
    }

    /** How long ago, in CLDR's words for each language, with or without a time, goes; a headline with it stays. */
    @ParameterizedTest
    @ValueSource(strings = {"2 ore fa", "wczoraj, 18:20", "Vandaag, 10:15", "há 2 horas",
        "hace 5 minutos", "vor 2 Stunden", "2 uur geleden", "ieri"})
    void relativeTimesInEveryLanguage(String line) {
        assertThat(RelativeTimes.isLine(line)).isTrue();
    }

    /** In a date bar, the stamp's word may stand before how long ago: "Atualizado há 3 horas". */
    @Test
    void aDateBarsLastFieldMayNameTheChange() {
        assertThat(RelativeTimes.isAgoField("Atualizado há 3 horas")).isTrue();
        assertThat(RelativeTimes.isLine("PeterH 20 minutes ago")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Storm hit yesterday", "Il sindaco ha parlato ieri", "Oggi"})
    void aHeadlineThatSaysWhenIsNoRelativeTime(String line) {
        assertThat(RelativeTimes.isLine(line)).isFalse();
    }

    /**
     * The date bar's "updated N hours ago" does not hide its date, and a name between the headline and the date bar
     * is the byline.
     */
    @Test
    void theDateBarIsReadPastHowLongAgoAndTheNameAboveItIsTheByline() {
        Article a = clean("c.txt", HEADLINE + "\nRedacció Estany\n01/12/2026 19h40 - Actualitzat fa 2 hores\n"
                + LEAD + "\n" + SECOND + "\n" + LAST);
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, LAST);
    }

    /**
     * Under the story's last sentence, a label and other stories' headlines, an advert's label and the buttons go;
     * a list the story introduces with a colon stays.
     */
    @Test
    void thePageTailUnderTheStoryGoes() {
        Article a = clean("c.txt", HEADLINE + "\n" + LEAD + "\n" + SECOND + "\n" + MORE + "\n" + LATER + "\n" + LAST
                + "\nLlegeix també\n"
                + "Nou pont sobre el riu Estany\nEl port reobre dijous\nPublicitat\nComparteix\n© 2026 Diari Estanyol");
        assertThat(a.paragraphs()).containsExactly(LEAD, SECOND, MORE, LATER, LAST);
        Article list = clean("c.txt", HEADLINE + "\n" + LEAD + "\n" + SECOND + "\n" + LAST + "\n"
                + "Els carrers tallats són aquests:\nCarrer Major\nPlaça del Port\nRambla Nova");
        assertThat(list.paragraphs()).contains("Carrer Major", "Plaça del Port", "Rambla Nova");
    }

    /** YAML front matter gives the title, date, author and publisher, and leaves the text. */
    @Test
    void frontMatterIsMetadataNotText() {
        Article a = clean("c.md", "---\ntitle: \"Harbour wall gives way in storm\"\ndate: 2026-11-20T07:30:00Z\n"
                + "author: Lena Brook\npublisher: Kelsey Bay Courier\ntags: [storm, harbour]\n---\n\n"
                + "The old harbour wall at Kelsey Bay gave way on Thursday night, the council said.\n\n"
                + "Nobody was hurt, the coastguard said.");
        assertThat(a.title()).isEqualTo("Harbour wall gives way in storm");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(a.author()).isEqualTo("Lena Brook");
        assertThat(a.outlet()).isEqualTo("Kelsey Bay Courier");
        assertThat(a.paragraphs()).containsExactly(
                "The old harbour wall at Kelsey Bay gave way on Thursday night, the council said.",
                "Nobody was hurt, the coastguard said.");
    }

    /** A Markdown file fetched over HTTP has no path: its address says it is Markdown, and its markup goes. */
    @Test
    void aMarkdownFileFetchedByItsAddressLosesItsMarkup() {
        Article a = new ArticleCleaner().clean(new RawDocument("m", null, SourceFormat.TEXT,
                "The harbour wall at Kelsey Bay gave way on Thursday night, [the council](https://example.org/c) said.",
                Map.of(MetaKey.URL, "https://example.org/news/wall.md")));
        assertThat(a.paragraphs()).containsExactly("The harbour wall at Kelsey Bay gave way on Thursday night, the"
                + " council said.");
    }

    /** A text that opens with a rule and prose has no front matter. */
    @Test
    void aRuleOverProseIsNoFrontMatter() {
        assertThat(FrontMatter.of(java.util.List.of("---", "The wall gave way: nobody saw it.", "---"))).isEmpty();
        assertThat(FrontMatter.of(java.util.List.of("---", "title: A", "---")).orElseThrow().fields())
                .containsEntry(MetaKey.TITLE, "A");
    }
}
