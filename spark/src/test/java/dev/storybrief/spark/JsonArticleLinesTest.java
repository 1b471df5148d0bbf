package dev.storybrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The job reads `storybrief watch --spool` lines unchanged: the desk's extra fields are ignored, a torn line skipped. */
class JsonArticleLinesTest {

    @Test
    void aSpoolLineIsOneArticle() {
        String line = "{\"id\":\"a17\",\"title\":\"Bridge reopens\",\"date\":\"2026-09-01T12:00:00Z\",\"outlet\":\"Valley Radio\","
                + "\"url\":\"https://radio.example/bridge.html\",\"fetched\":\"2026-09-01T12:05:00.000Z\",\"seq\":17,"
                + "\"text\":\"The bridge reopened on Tuesday.\"}";
        List<ArticleRecord> read = JsonArticleLines.parse(line, "spool/articles-2026-09-01T12-00Z.jsonl");
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("a17");
            assertThat(a.title()).isEqualTo("Bridge reopens");
            assertThat(a.date()).isEqualTo("2026-09-01T12:00:00Z");
            assertThat(a.outlet()).isEqualTo("Valley Radio");
            assertThat(a.text()).isEqualTo("The bridge reopened on Tuesday.");
        });
        assertThat(JsonArticleLines.parse(line.substring(0, 60), "torn")).isEmpty();
    }
}
