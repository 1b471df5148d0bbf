package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pages saved from a browser's reader view: the view's own elements give the article's address (so its outlet and the
 * date its path carries), headline and byline; the view's furniture is no text. Every page is made up.
 */
class ReaderViewsTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String BODY = "<p>A controlled blast at the Brannock quarry shook houses across the north of"
            + " Denvale on Friday afternoon, cracking windows on at least six streets.</p>"
            + "<p>The quarry's operator, Halden Aggregates, said the charge had been larger than planned and that it had"
            + " stopped all blasting until an inquiry was finished.</p>"
            + "<p>The town council said engineers would inspect the damaged homes next week and that the operator would"
            + " pay for repairs.</p>";

    /** Firefox's about:reader as "Save Page As" writes it: no head but a title, the view's header over the text. */
    private static String firefoxReader(String href, String credits) {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<link rel=\"stylesheet\" href=\"chrome://global/skin/aboutReader.css\" type=\"text/css\">"
                + "<title>Quarry blast rattles homes in Denvale</title></head><body class=\"light sans-serif loaded\">"
                + "<div class=\"container\"><div class=\"header reader-header reader-show-element\">"
                + "<a class=\"domain reader-domain\" href=\"" + href + "\">" + href.replaceAll("^https://(www\\.)?|/.*$", "")
                + "</a><div class=\"domain-border\"></div><h1 class=\"reader-title\">Quarry blast rattles homes in"
                + " Denvale</h1><div class=\"credits reader-credits\">" + credits + "</div><div class=\"meta-data\">"
                + "<div class=\"reader-estimated-time\">2 minutes</div></div></div><hr><div class=\"content\">"
                + "<div class=\"moz-reader-content reader-show-element\"><div id=\"readability-page-1\" class=\"page\">"
                + BODY + "</div></div></div><div><div class=\"reader-message\"></div></div></div></body></html>";
    }

    @Test
    void firefoxsReaderViewGivesTheOriginalsOutletDateAndByline() {
        ExtractedPage page = extractor.extract(firefoxReader(
                "https://www.denvaleherald.example/2026/11/28/quarry-blast-rattles-homes", "Tomas Ekberg"), null);
        assertThat(page.outlet()).isEqualTo("denvaleherald.example");
        assertThat(page.published()).startsWith("2026-11-28");
        assertThat(page.author()).isEqualTo("Tomas Ekberg");
        assertThat(page.title()).isEqualTo("Quarry blast rattles homes in Denvale");
        assertThat(String.join("\n", page.paragraphs())).contains("cracking windows").doesNotContain("2 minutes")
                .doesNotContain("denvaleherald.example");
    }

    /** A byline that names the outlet the host spells gives the outlet's name, and no author of it. */
    @Test
    void aBylineNamingTheOutletNamesIt() {
        ExtractedPage named = extractor.extract(firefoxReader(
                "https://www.denvaleherald.example/news/quarry-blast", "By Tomas Ekberg, Denvale Herald"), null);
        assertThat(named.outlet()).isEqualTo("Denvale Herald");
        assertThat(named.author()).isEqualTo("Tomas Ekberg");
        ExtractedPage desk = extractor.extract(firefoxReader(
                "https://bayradio.example/news/quarry-blast", "Bay Radio newsroom"), null);
        assertThat(desk.outlet()).isEqualTo("Bay Radio");
        assertThat(desk.author()).isNull();
    }

    /** Edge's Immersive Reader and Chrome's distilled page carry the original in their address's "url" parameter. */
    @Test
    void aReaderModesAddressGivesTheOriginal() {
        assertThat(dev.storybrief.ingest.PageAddress.readerOriginal("read://https_www.denvaleherald.example/?url=https%3A%2F%2F"
                + "www.denvaleherald.example%2F2026%2F11%2F28%2Fquarry-blast")).contains(
                "https://www.denvaleherald.example/2026/11/28/quarry-blast");
        assertThat(dev.storybrief.ingest.PageAddress.readerOriginal("chrome-distiller://3f2a_9b/?time=1764920000&url="
                + "https://www.denvaleherald.example/news/quarry-blast")).contains(
                "https://www.denvaleherald.example/news/quarry-blast");
        assertThat(dev.storybrief.ingest.PageAddress.readerOriginal("https://www.denvaleherald.example/search?url=x")).isEmpty();
        String page = "<html><head><title>Quarry blast rattles homes in Denvale</title></head><body><main>"
                + "<h1>Quarry blast rattles homes in Denvale</h1>" + BODY + "</main></body></html>";
        ExtractedPage read = extractor.extract(page, "read://https_www.denvaleherald.example/?url=https%3A%2F%2F"
                + "www.denvaleherald.example%2F2026%2F11%2F28%2Fquarry-blast");
        assertThat(read.outlet()).isEqualTo("denvaleherald.example");
        assertThat(read.published()).startsWith("2026-11-28");
    }
}
