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
