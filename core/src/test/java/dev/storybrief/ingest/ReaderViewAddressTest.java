package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page saved from a browser's reader view is the article at its original address: that address is the document's
 * URL (and so the briefing's), and the file it was saved to stays its path. A page that is no reader view keeps the
 * address it was read from. Every page is made up.
 */
class ReaderViewAddressTest {
    private static final String ORIGINAL = "https://www.denvaleherald.example/2026/11/28/quarry-blast-rattles-homes";
    private static final String BODY = "<p>A controlled blast at the Brannock quarry shook houses across the north of"
            + " Denvale on Friday afternoon, cracking windows on at least six streets.</p>"
            + "<p>The quarry's operator, Halden Aggregates, said the charge had been larger than planned and that it had"
            + " stopped all blasting until an inquiry was finished.</p>"
            + "<p>The town council said engineers would inspect the damaged homes next week and that the operator would"
            + " pay for repairs.</p>";

    @TempDir
    Path dir;

    private static String firefoxReader() {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                + "<link rel=\"stylesheet\" href=\"chrome://global/skin/aboutReader.css\" type=\"text/css\">"
                + "<title>Quarry blast rattles homes in Denvale</title></head><body><div class=\"container\">"
                + "<div class=\"header reader-header\"><a class=\"domain reader-domain\" href=\"" + ORIGINAL + "\">"
                + "denvaleherald.example</a><h1 class=\"reader-title\">Quarry blast rattles homes in Denvale</h1>"
                + "<div class=\"credits reader-credits\">Tomas Ekberg</div></div><hr><div class=\"content\">"
                + "<div class=\"moz-reader-content\"><div id=\"readability-page-1\" class=\"page\">" + BODY
                + "</div></div></div></div></body></html>";
    }

    private static String plainPage() {
        return "<html><head><title>Quarry blast rattles homes in Denvale</title></head><body><main>"
                + "<h1>Quarry blast rattles homes in Denvale</h1>" + BODY + "</main></body></html>";
    }

    @Test
    void aSavedFirefoxReaderViewIsTheArticleAtItsOriginalAddress() throws Exception {
        Path file = Files.writeString(dir.resolve("quarry.html"), firefoxReader(), StandardCharsets.UTF_8);
        Ingested read = new InputReader().read(List.of(file));
        assertThat(read.documents()).singleElement().satisfies(doc -> {
            assertThat(doc.meta(MetaKey.URL)).isEqualTo(ORIGINAL);
            assertThat(doc.path()).isEqualTo(file);
            Article article = new ArticleCleaner().clean(doc);
            assertThat(article.url()).isEqualTo(ORIGINAL);
            assertThat(article.path()).isEqualTo(file);
        });
    }

    @Test
    void aReaderModesOwnAddressGivesWayToTheOriginalAndAPlainPageKeepsItsAddress() {
        HtmlReader reader = new HtmlReader();
        String edge = "read://https_www.denvaleherald.example/?url=" + java.net.URLEncoder.encode(ORIGINAL,
                StandardCharsets.UTF_8);
        byte[] page = plainPage().getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("a", null, edge, page).documents()).singleElement()
                .satisfies(doc -> assertThat(doc.meta(MetaKey.URL)).isEqualTo(ORIGINAL));
        String plain = "https://www.denvaleherald.example/news/quarry-blast";
        assertThat(reader.read("b", null, plain, page).documents()).singleElement()
                .satisfies(doc -> assertThat(doc.meta(MetaKey.URL)).isEqualTo(plain));
        assertThat(reader.read("c", null, null, page).documents()).singleElement()
                .satisfies(doc -> assertThat(doc.meta(MetaKey.URL)).isNull());
    }
}
