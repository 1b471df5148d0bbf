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
 * Articles saved by Newscatcher ({@code published_date}, {@code clean_url}), Event Registry ({@code dateTime},
 * {@code source: {"title"}}) or a tool writing {@code created_at} and {@code source_name} keep their date and outlet:
 * QA tour 27 #8, such a line was "unknown outlet #3 (date unknown)".
 */
class MoreArticleFieldNamesTest {
    @TempDir
    Path dir;

    @Test
    void otherToolsDateAndOutletFieldsAreRead() throws IOException {
        Path p = dir.resolve("saved.jsonl");
        Files.writeString(p, String.join("\n",
                "{\"id\":\"n1\",\"title\":\"Bridge shut\",\"content\":\"Valdera's bridge was closed on Tuesday.\","
                        + "\"created_at\":\"2026-12-02\",\"source_name\":\"Coastal Wire\"}",
                "{\"id\":\"n2\",\"title\":\"Bridge shut\",\"summary\":\"x\",\"body\":\"Engineers found cracks in two piers.\","
                        + "\"dateTime\":\"2026-12-01T10:00:00Z\",\"source\":{\"uri\":\"valdera-post.example\",\"title\":\"Valdera Post\"}}",
                "{\"id\":\"n3\",\"title\":\"Bridge shut\",\"body\":\"The mayor said the closure lasts three weeks.\","
                        + "\"published_date\":\"2026-12-01 09:00:00\",\"clean_url\":\"cronicadelsur.example\"}"),
                StandardCharsets.UTF_8);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.problems()).isEmpty();
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.PUBLISHED))
                .containsExactly("2026-12-02", "2026-12-01T10:00:00Z", "2026-12-01 09:00:00");
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.OUTLET))
                .containsExactly("Coastal Wire", "Valdera Post", "cronicadelsur.example");
    }
}
