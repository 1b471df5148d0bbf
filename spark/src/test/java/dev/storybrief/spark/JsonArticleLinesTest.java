package dev.storybrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job reads `storybrief watch --spool` lines unchanged: the desk's extra fields are ignored, a torn line skipped. */
class JsonArticleLinesTest {

    @Test
    void aSpoolLineIsOneArticle() {
        String line = "{\"id\":\"a17\",\"title\":\"Bridge reopens\",\"date\":\"2026-09-01T12:00:00Z\",\"outlet\":\"Valley Radio\","
                + "\"url\":\"https://radio.example/bridge.html\",\"fetched\":\"2026-09-01T12:05:00.000Z\",\"seq\":17,"
                + "\"text\":\"The bridge reopened on Tuesday.\"}";
        List<SkippedInput.Reason> skipped = new ArrayList<>();
        List<ArticleRecord> read = JsonArticleLines.parse(line, "spool/articles-2026-09-01T12-00Z.jsonl", skipped::add);
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("a17");
            assertThat(a.title()).isEqualTo("Bridge reopens");
            assertThat(a.date()).isEqualTo("2026-09-01T12:00:00Z");
            assertThat(a.outlet()).isEqualTo("Valley Radio");
            assertThat(a.text()).isEqualTo("The bridge reopened on Tuesday.");
        });
        assertThat(skipped).isEmpty();
        assertThat(JsonArticleLines.parse(line.substring(0, 60), "torn", skipped::add)).isEmpty();
        assertThat(skipped).containsExactly(SkippedInput.Reason.INVALID_JSON);
    }

    @Test
    void linesWithoutAnArticleAreCountedButABlankLineIsNot() {
        List<SkippedInput.Reason> skipped = new ArrayList<>();
        assertThat(JsonArticleLines.parse("   ", "x", skipped::add)).isEmpty();
        assertThat(JsonArticleLines.parse("[1, 2]", "x", skipped::add)).isEmpty();
        assertThat(JsonArticleLines.parse("{\"id\":\"a\",\"title\":\"Only a title\"}", "x", skipped::add)).isEmpty();
        // a cluster line: its document without text is counted, the other read
        assertThat(JsonArticleLines.parse("{\"id\":\"c\",\"documents\":[{\"text\":\"The dam held.\"},{\"text\":\" \"}]}",
                "x", skipped::add)).extracting(ArticleRecord::id).containsExactly("c-1");
        assertThat(skipped).containsExactly(SkippedInput.Reason.NO_TEXT, SkippedInput.Reason.NO_TEXT,
                SkippedInput.Reason.NO_TEXT);
    }
}
