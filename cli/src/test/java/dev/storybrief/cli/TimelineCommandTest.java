package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storybrief timeline}: a dated collection in, dates with sentences out, within the limits asked for. */
class TimelineCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path collection() throws Exception {
        List<String> lines = new ArrayList<>();
        String[][] docs = {
                {"2026-03-10", "The harbour council voted on Monday to close the old ferry terminal at Kestrel Point.\n"
                        + "Engineers said on Monday the pier had been unsafe since the winter storms."},
                {"2026-03-11", "The ferry terminal at Kestrel Point closed on Tuesday after the council vote on Monday.\n"
                        + "Residents of the point queued for buses on Tuesday morning."},
                {"2026-03-12", "A week after the vote, the council said on Monday it would repair the pier.\n"
                        + "Bus services to Kestrel Point were doubled on Wednesday, the council said."},
                {"2026-03-20", "The repair of the Kestrel Point pier began on Friday, ten days after the vote."},
                {null, "An undated note about the harbour council and its ferry terminal vote."}};
        for (int i = 0; i < docs.length; i++) {
            Map<String, String> doc = new java.util.LinkedHashMap<>();
            doc.put("id", "d" + i);
            if (docs[i][0] != null) {
                doc.put("date", docs[i][0]);
            }
            if (i == 1) {
                doc.put("outlet", "Harbour Gazette");
            }
            doc.put("text", docs[i][1]);
            lines.add(JSON.writeValueAsString(doc));
        }
        Path file = dir.resolve("collection.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void writesTheDocumentedJsonWithinTheLimits() throws Exception {
        CliRun run = CliRun.of("timeline", collection().toString(), "--dates", "2", "--sentences", "1",
                "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("collection.jsonl (item d4): no publication date");
        JsonNode timeline = JSON.readTree(run.out()).get("timeline");
        assertThat(timeline).hasSize(2);
        assertThat(timeline.get(0).get("date").asText()).as("the day most articles name").isEqualTo("2026-03-09");
        Set<String> texts = new HashSet<>();
        for (JsonNode day : timeline) {
            assertThat(day.get("sentences")).hasSize(1);
            JsonNode s = day.get("sentences").get(0);
            assertThat(s.get("source").asText()).matches("d[0-3]");
            assertThat(texts.add(s.get("text").asText())).as("no sentence twice").isTrue();
        }
    }

    /**
     * QA26 #18: "skipped 2 article(s) without a publication date" named neither. A wire copy whose dateline gives only
     * the day ("TARNBY, Dec. 2 (Northern Wire) -") is dated from the story as brief dates it, so its sentences are
     * on the timeline; an article still undated is named; a column beside the reports gives no row.
     */
    @Test
    void datesAWireCopyFromItsStoryAndNamesWhatItSkips() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("flood"));
        Files.writeString(folder.resolve("a-herald.txt"), "Flood cuts off Tarnby valley villages\nThe Valley Herald\n"
                + "2 December 2026\n\nTARNBY - Floodwater cut off four villages in the Tarnby valley on Tuesday after"
                + " the river Tarn burst its banks, emergency officials said.\n\nAbout 600 residents were moved to the"
                + " school hall in Tarnby overnight, the council said.\n");
        Files.writeString(folder.resolve("b-wire.txt"), "Tarn flood: villages cut off, 600 moved\n\nTARNBY, Dec. 2"
                + " (Northern Wire) - Floodwater from the river Tarn cut off four villages in the valley on Tuesday,"
                + " and about 600 residents spent the night in the school hall, the council said.\n\nThe river"
                + " peaked on Tuesday evening, the environment agency said.\n");
        Files.writeString(folder.resolve("c-note.txt"), "A note on the valley\n\nThe valley has seen floods before"
                + " and residents know the drill.\n");
        Files.writeString(folder.resolve("d-opinion.txt"), "Opinion: The Tarn valley is not ready\nThe Valley Herald\n"
                + "3 December 2026\n\nIt will take years unless the county invests in the flood banks now.\n\n"
                + "The council kept the money it was given for the banks in 2024.\n");
        CliRun run = CliRun.of("timeline", folder.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("skipped " + folder.resolve("c-note.txt") + ": no publication date")
                .doesNotContain("b-wire");
        assertThat(run.out()).contains("[Northern Wire, 2026-12-02]").doesNotContain("years unless")
                .doesNotContain("2024");
    }

    @Test
    void keepsToTheDateRangeAndWritesText() throws Exception {
        CliRun run = CliRun.of("timeline", collection().toString(), "--from", "2026-03-10", "--to", "2026-03-31");
        assertThat(run.status()).as(run.err()).isZero();
        List<String> dates = run.out().lines().filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2}")).toList();
        assertThat(dates).isNotEmpty().isSorted().allSatisfy(d -> assertThat(d).isBetween("2026-03-10", "2026-03-31"));
        assertThat(run.out()).contains("  - ").contains("[");
        assertThat(run.out()).as("a sentence names its outlet and its article's date")
                .containsPattern("\\[(Harbour Gazette|unknown outlet: d[023]), 2026-03-\\d\\d]\n");
    }

    @Test
    void jsonSentencesNameTheirOutletWhenKnown() throws Exception {
        CliRun run = CliRun.of("timeline", collection().toString(), "--format", "json", "--dates", "10", "--sentences", "5");
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> sentences = new ArrayList<>();
        JSON.readTree(run.out()).get("timeline").forEach(day -> day.get("sentences").forEach(sentences::add));
        assertThat(sentences).anySatisfy(s -> {
            assertThat(s.get("source").asText()).isEqualTo("d1");
            assertThat(s.get("outlet").asText()).isEqualTo("Harbour Gazette");
            assertThat(s.get("published").asText()).isEqualTo("2026-03-11");
        });
        assertThat(sentences).filteredOn(s -> !s.get("source").asText().equals("d1")).allSatisfy(s -> {
            assertThat(s.has("outlet")).isFalse();
            assertThat(s.get("published").asText()).startsWith("2026-03-");
        });
    }

    @Test
    void badOptionsGiveOneLine() throws Exception {
        CliRun run = CliRun.of("timeline", collection().toString(), "--from", "March");
        assertThat(run.status()).isNotZero();
        assertThat(run.err().strip()).contains("--from March").hasLineCount(1);
    }

    /**
     * A timeline with no date to show says why in one line and fails (qa22 #14: a Hindi folder printed nothing and
     * exited 0): the articles' language is one whose dates are not read, or no day falls within --from/--to.
     */
    @Test
    void anEmptyTimelineSaysWhyAndFails() throws Exception {
        Path hindi = dir.resolve("hi.jsonl");
        Files.write(hindi, List.of(
                "{\"id\":\"h1\",\"date\":\"2026-12-02\",\"text\":\"रामपुर जिले में बाढ़ से 3,000 परिवार प्रभावित हुए हैं, प्रशासन ने"
                        + " बताया। कोसी नदी का जलस्तर सोमवार को खतरे के निशान से 2 मीटर ऊपर था।\"}",
                "{\"id\":\"h2\",\"date\":\"2026-12-03\",\"text\":\"करीब 1,200 परिवारों को मंगलवार को राहत शिविरों में पहुंचाया गया"
                        + " है। जिलाधिकारी सुनील वर्मा ने कहा कि हर परिवार तक मदद पहुंचेगी।\"}"));
        CliRun run = CliRun.of("timeline", hindi.toString());
        assertThat(run.status()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("not read for their language (hi)").doesNotContain("\tat ");

        CliRun late = CliRun.of("timeline", collection().toString(), "--from", "2027-01-01");
        assertThat(late.status()).isNotZero();
        assertThat(late.err()).contains("falls within --from/--to");
    }
}
