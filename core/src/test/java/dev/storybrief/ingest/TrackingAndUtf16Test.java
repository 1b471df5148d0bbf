package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article's address loses the parameters that only track how a reader came to it, and a text saved as UTF-16
 * without its byte-order mark is refused with a line that says what to do. Made-up inputs.
 */
class TrackingAndUtf16Test {

    @Test
    void aPageFromTheReadersOwnMachineNamesNoOutlet() {
        assertThat(PageAddress.outletHost("https://www.kelbycourier.co.uk/news/1")).isEqualTo("kelbycourier.co.uk");
        assertThat(PageAddress.outletHost("http://127.0.0.1:8000/mercury-print.html")).isNull();
        assertThat(PageAddress.outletHost("http://localhost:8000/a.html")).isNull();
        assertThat(PageAddress.outletHost("http://[::1]:8000/a.html")).isNull();
        // the page's address is still its address
        assertThat(PageAddress.host("http://127.0.0.1:8000/mercury-print.html")).isEqualTo("127.0.0.1");
        String printed = "<html><head><title>Flood defences hold</title></head><body><article><h1>Flood defences hold"
                + "</h1><p>" + "The new flood wall in Tarnby held through the night as the river rose to its highest"
                + " level in ten years, the council said on Wednesday morning. ".repeat(3) + "</p></article></body></html>";
        assertThat(new dev.storybrief.ingest.html.HtmlArticleExtractor().extract(printed, "http://127.0.0.1:8000/p.html")
                .outlet()).isNotEqualTo("127.0.0.1");
    }

    @Test
    void trackingParametersAreDroppedAndOthersKept() {
        assertThat(PageAddress.withoutTracking("https://tolm.example/quay?utm_source=rss&utm_medium=feed"))
                .isEqualTo("https://tolm.example/quay");
        assertThat(PageAddress.withoutTracking("https://tolm.example/story?id=42&utm_campaign=x&fbclid=abc#top"))
                .isEqualTo("https://tolm.example/story?id=42#top");
        assertThat(PageAddress.withoutTracking("https://tolm.example/story?page=2")).isEqualTo(
                "https://tolm.example/story?page=2");
        assertThat(PageAddress.withoutTracking(null)).isNull();
    }

    @Test
    void utf16WithoutAByteOrderMarkSaysSoAndABinaryFileStaysBinary(@TempDir Path dir) throws IOException {
        String text = "The ferry ran aground off the island on Tuesday, and all passengers were rescued.";
        Path le = dir.resolve("le.txt");
        Files.write(le, text.getBytes(StandardCharsets.UTF_16LE));
        Path be = dir.resolve("be.txt");
        Files.write(be, text.getBytes(StandardCharsets.UTF_16BE));
        Path binary = dir.resolve("bin.txt");
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : i * 31); // NULs on both even and odd places
        }
        Files.write(binary, bytes);

        Ingested in = new InputReader().read(List.of(le, be, binary));

        assertThat(in.documents()).isEmpty();
        assertThat(in.problems()).extracting(InputProblem::message).containsExactly(
                DecodedText.UTF16_WITHOUT_BOM, DecodedText.UTF16_WITHOUT_BOM, DecodedText.BINARY);
    }
}
