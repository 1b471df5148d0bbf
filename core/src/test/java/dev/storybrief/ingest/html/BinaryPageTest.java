package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bytes that are no text (an image or archive saved as .html) are no article, said as every reader says it. */
class BinaryPageTest {

    @Test
    void binaryBytesAreNoArticle() {
        byte[] noise = new byte[6000];
        new Random(7).nextBytes(noise);
        ExtractedPage p = new HtmlArticleExtractor().extract(noise, null);
        assertThat(p.hasArticle()).isFalse();
        assertThat(p.reason()).isEqualTo("binary file, not text");
        assertThat(p.paragraphs()).isEmpty();
    }
}
