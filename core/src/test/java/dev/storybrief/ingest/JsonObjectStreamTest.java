package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON objects written one after another over several lines each (jq's default output, a script writing
 * {@code json.dumps(record, indent=2)} per record), saved as {@code .jsonl} or {@code .json}: each object is an
 * article, as each line of JSON Lines is. They were nine "invalid JSON" lines and nothing read.
 */
class JsonObjectStreamTest {
    private static String pretty(String id, String outlet, String text) {
        return "{\n  \"id\": \"" + id + "\",\n  \"title\": \"Ferry fire off Orrin Bay\",\n  \"date\": \"2026-12-05\",\n"
                + "  \"outlet\": \"" + outlet + "\",\n  \"text\": \"" + text + "\"\n}";
    }

    private static final String FIRST = pretty("post-1", "Harbour Post", "All 212 passengers were evacuated from the"
            + " ferry Marla Quest after a fire broke out in its engine room off Orrin Bay on Saturday.");
    private static final String SECOND = pretty("wire-2", "Northern Wire", "A fire broke out on the ferry Marla Quest"
            + " off Orrin Bay on Saturday and all 212 passengers were evacuated, the coastguard said.");

    @Test
    void prettyPrintedObjectsOneAfterAnotherAreEachAnArticle(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("jq-out.jsonl"), FIRST + "\n" + SECOND + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("dumped.json"), "\uFEFF" + FIRST.replace("post-1", "post-3") + "\n\n"
                + SECOND.replace("wire-2", "wire-4"), StandardCharsets.UTF_8);

        Ingested read = new InputReader().read(List.of(dir));

        assertThat(read.problems()).isEmpty();
        assertThat(read.documents()).extracting(RawDocument::id).containsExactly("post-3", "wire-4", "post-1", "wire-2");
        assertThat(read.documents()).extracting(d -> d.meta(MetaKey.OUTLET))
                .containsExactly("Harbour Post", "Northern Wire", "Harbour Post", "Northern Wire");
        assertThat(read.documents().get(3).text()).startsWith("A fire broke out").doesNotContain("\"id\"");
    }

    @Test
    void onePrettyObjectInAJsonLinesFileIsOneArticleAndABrokenStreamIsReadLineByLine(@TempDir Path dir)
            throws Exception {
        Path one = dir.resolve("one.jsonl");
        Files.writeString(one, FIRST.replace("  \"id\": \"post-1\",\n", "") + "\n", StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.jsonl");
        String line = "{\"id\":\"line-2\",\"outlet\":\"Bay Radio\",\"text\":\"A fire on the ferry Marla Quest led to"
                + " the evacuation of 212 passengers off Orrin Bay on Saturday.\"}";
        Files.writeString(broken, "{\"id\": \"cut\",\n" + line + "\n", StandardCharsets.UTF_8);

        Ingested first = new InputReader().read(List.of(one));
        Ingested second = new InputReader().read(List.of(broken));

        assertThat(first.problems()).isEmpty();
        assertThat(first.documents()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("one");
            assertThat(d.meta(MetaKey.OUTLET)).isEqualTo("Harbour Post");
        });
        // not all whole objects: the good line is still read, the bad one reported
        assertThat(second.documents()).extracting(RawDocument::id).containsExactly("line-2");
        assertThat(second.problems()).extracting(InputProblem::line).singleElement().asString().contains("line 1");
    }
}
