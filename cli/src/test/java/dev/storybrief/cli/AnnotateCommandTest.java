package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storybrief annotate}: one JSON line per document, offsets into the text the line says. */
class AnnotateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aJsonLinesDocumentIsAnnotatedAsGiven() throws Exception {
        String text = "NATO ended its mission on Monday.\n\nThe alliance flew more than 26,000 sorties, officials said. "
                + "“We have done what we promised to do,” said Anders Fogh Rasmussen on Friday.";
        Path file = dir.resolve("docs.jsonl");
        Files.writeString(file, JSON.writeValueAsString(java.util.Map.of("id", "d1", "date", "2011-10-31", "text", text))
                + "\n{\"id\": \"broken\"\n");
        CliRun run = CliRun.of("annotate", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("line 2: invalid JSON").hasLineCount(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode doc = JSON.readTree(lines.get(0));
        assertThat(doc.get("id").asText()).isEqualTo("d1");
        assertThat(doc.has("text")).as("a JSON Lines document's text is the input's").isFalse();
        assertThat(doc.get("sentences")).hasSize(3);
        assertEverySpanMatches(doc, text);
        JsonNode monday = doc.get("timexes").get(0);
        assertThat(monday.get("text").asText()).isEqualTo("Monday");
        assertThat(monday.get("value").asText()).isEqualTo("2011-10-31");
        assertThat(monday.get("type").asText()).isEqualTo("DATE");
        JsonNode quote = doc.get("quotes").get(0);
        assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt()))
                .isEqualTo("We have done what we promised to do");
        assertThat(quote.get("speaker").get("text").asText()).isEqualTo("Anders Fogh Rasmussen");
        assertThat(quote.get("cue").get("text").asText()).isEqualTo("said");
        assertThat(doc.get("quantities").get(0).get("qualifier").asText()).isEqualTo("AT_LEAST");
    }

    @Test
    void filesAreCleanedAndTheirLineCarriesTheCleanedText() throws Exception {
        CliRun run = CliRun.of("annotate", SharedData.bundledExample().toString(), "--date", "2026-03-11");
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5);
        for (String line : lines) {
            JsonNode doc = JSON.readTree(line);
            assertThat(doc.get("date").asText()).isEqualTo("2026-03-11");
            assertEverySpanMatches(doc, doc.get("text").asText());
        }
    }

    @Test
    void nothingReadableIsAOneLineError() {
        CliRun run = CliRun.of("annotate", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("storybrief: error:").doesNotContain("Exception");
    }

    private static void assertEverySpanMatches(JsonNode doc, String text) {
        List<JsonNode> spans = new ArrayList<>();
        doc.get("entities").forEach(spans::add);
        doc.get("timexes").forEach(spans::add);
        doc.get("quantities").forEach(spans::add);
        doc.get("quotes").forEach(q -> {
            if (!q.get("speaker").isNull()) {
                spans.add(q.get("speaker"));
            }
        });
        assertThat(spans).isNotEmpty().allSatisfy(s -> assertThat(text.substring(s.get("start").asInt(),
                s.get("end").asInt())).isEqualTo(s.get("text").asText()));
    }
}
