package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.render.BriefingSchema;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End-to-end: the real command on the bundled example, the real NATO cluster and bad inputs. */
class BriefCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Path example() {
        return SharedData.bundledExample();
    }

    static Path nato() {
        return SharedData.natoCluster();
    }

    private static String sourcesOf(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(f);
                all.append(f.toString().endsWith(".html") ? Jsoup.parse(text).text() : text).append('\n');
            }
        }
        return flat(all.toString());
    }

    private static java.util.List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static String flat(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "nato"})
    void jsonIsValidTraceableAndWithinBudget(String which) throws IOException {
        Path folder = which.equals("bundled") ? example() : nato();
        CliRun run = CliRun.of("brief", folder.toString(), "--format", "json", "--words", "90");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(BriefingSchema.violations(json)).as("schema violations").isEmpty();
        assertThat(json.get("summaryWords").asInt()).isLessThanOrEqualTo(90).isPositive();
        String sources = sourcesOf(folder);
        Set<String> ids = new java.util.HashSet<>();
        json.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        for (JsonNode s : json.get("summary")) {
            String text = s.get("sentence").asText();
            assertThat(sources.contains(flat(text))).as("summary sentence is verbatim from a source: %s", text).isTrue();
            // the one addition a line may carry is the spread of a disputed figure it states: "(14 to 23, reports differ)"
            String shown = s.get("text").asText().replaceAll(" \\([^()]*, reports differ\\)", "");
            assertThat(words(text)).as("trimmed only by deletions").containsSubsequence(words(shown));
            assertThat(ids).contains(s.get("source").asText());
            s.get("support").forEach(id -> assertThat(ids).contains(id.asText()));
            JsonNode source = null;
            for (JsonNode a : json.get("articles")) {
                if (a.get("id").asText().equals(s.get("source").asText())) {
                    source = a;
                }
            }
            String paragraph = source.get("paragraphs").get(s.get("paragraph").asInt()).asText();
            assertThat(paragraph.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(text);
        }
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** By default the bundled example's weekdays are trimmed from the summary; --verbatim keeps every sentence whole. */
    @Test
    void verbatimKeepsSummarySentencesWhole() throws IOException {
        JsonNode trimmed = JSON.readTree(CliRun.of("brief", example().toString(), "--format", "json").out());
        CliRun run = CliRun.of("brief", example().toString(), "--format", "json", "--verbatim");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode verbatim = JSON.readTree(run.out());
        assertThat(trimmed.get("summary")).anyMatch(s -> s.get("trimmed").asBoolean());
        assertThat(verbatim.get("summary")).isNotEmpty()
                .allMatch(s -> !s.get("trimmed").asBoolean() && s.get("text").equals(s.get("sentence")));
    }

    /**
     * The bundled example's injured are "14 people" in one report and "Twenty-three" in another: the lead states its
     * 14 with the spread, read in one form ("14 to 23"), not "14 to Twenty-three".
     */
    @Test
    void aDisputedFigureIsMarkedWithItsSpreadInOneForm() {
        CliRun run = CliRun.of("brief", example().toString());
        assertThat(run.status()).isZero();
        String summary = run.out().substring(0, run.out().indexOf("words, from"));
        assertThat(summary).contains("injuring 14 people (14 to 23, reports differ)").doesNotContain("to Twenty-three");
    }

    @Test
    void bundledExampleShowsOutletsChipsAndKeepsTheFollowUpOut() {
        CliRun run = CliRun.of("brief", example().toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Sources").contains("The Aldren Courier").contains("Bayside Gazette")
                .contains("Northern Wire").contains("[later follow-up]");
        assertThat(run.out()).containsPattern("\\[(The Aldren Courier|Coastline News Network|Northern Wire|Bayside Gazette), ");
        String summary = run.out().substring(0, run.out().indexOf("words, from"));
        assertThat(summary).doesNotContain("reopened");
        String timeline = run.out().substring(run.out().indexOf("Timeline\n"));
        assertThat(timeline.indexOf("Later developments")).isPositive();
        assertThat(timeline.substring(timeline.indexOf("Later developments"))).containsPattern("\n2026-09-0\\d ");
        assertThat(timeline).contains("2026-03-10");
        assertThat(run.out()).doesNotContain("Subscribe").doesNotContain("Related stories").doesNotContain("Accept all cookies");
        assertThat(run.err()).contains("radio-followup is from another period");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "html", "json"})
    void writesEveryFormatToAFile(String format) throws IOException {
        Path out = tmp.resolve("sub/brief." + format);
        CliRun run = CliRun.of("brief", example().toString(), "--format", format, "--out", out.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).contains("Millbrook");
    }

    @Test
    void explainListsRemovals() {
        CliRun run = CliRun.of("brief", example().toString(), "--explain");
        assertThat(run.out()).contains("Removed as boilerplate").contains("[paywall]").contains("[byline]");
    }

    @Test
    void emptyFolderFailsWithOneLine() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun run = CliRun.of("brief", empty.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().filter(l -> l.startsWith("storybrief: error:"))).hasSize(1);
        assertThat(run.err()).contains("no readable article").doesNotContain("\tat ");
    }

    /** A system account list: text, but no article prose. */
    private static final String ACCOUNTS = java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> "user" + i + ":x:" + (1000 + i) + ":" + (1000 + i) + ":Service Account Number " + i
                    + " of the Mail Relay Group:/home/user" + i + ":/usr/sbin/nologin")
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));

    /** A lone file that is no article (a list of accounts) is an error, not a briefing with an empty summary. */
    @Test
    void aFileWithoutProseFailsWithOneLine() throws IOException {
        Path accounts = Files.writeString(tmp.resolve("accounts"), ACCOUNTS);
        CliRun run = CliRun.of("brief", accounts.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("accounts: no sentence of article prose").doesNotContain("\tat ");
        assertThat(run.err().lines().filter(l -> l.startsWith("storybrief: error:"))).hasSize(1);
    }

    @Test
    void missingPathAndUnknownOptionAreUsageOrInputErrors() {
        CliRun missing = CliRun.of("brief", tmp.resolve("nope").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file or folder");
        // the inputs as given, not a Java list's "[...]" (QA tour 26 #20)
        String nope = tmp.resolve("nope").toString();
        assertThat(missing.err().strip()).isEqualTo("storybrief: error: no readable article in " + nope + " (skipped "
                + nope + ": no such file or folder)");
        CliRun stories = CliRun.of("stories", nope, tmp.resolve("gone").toString());
        assertThat(stories.err()).contains("error: no readable article in " + nope + ", " + tmp.resolve("gone") + " (");
        CliRun badFormat = CliRun.of("brief", example().toString(), "--format", "pdf");
        assertThat(badFormat.status()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown format \"pdf\"");
        CliRun badDate = CliRun.of("brief", example().toString(), "--date", "yesterday");
        assertThat(badDate.status()).isEqualTo(2);
        CliRun badWords = CliRun.of("brief", example().toString(), "--words", "0");
        assertThat(badWords.status()).isEqualTo(2);
        CliRun unknown = CliRun.of("brief", example().toString(), "--frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option");
    }

    @Test
    void badFilesAreSkippedAndGoodOnesStillBriefed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(example().resolve("courier.txt"), dir.resolve("courier.txt"));
        Files.copy(example().resolve("courier.txt"), dir.resolve("courier-copy.txt"));
        Files.copy(example().resolve("wire.txt"), dir.resolve("wire.txt"));
        Files.write(dir.resolve("photo.txt"), new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owners on the harbor said the closure would hurt them badly this spring."
                .getBytes(Charset.forName("ISO-8859-1")));
        Files.writeString(dir.resolve("empty-page.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        Files.writeString(dir.resolve("accounts.txt"), ACCOUNTS);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        CliRun run = CliRun.of("brief", dir.toString(), "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("photo.txt: binary file").contains("huge.txt: too large")
                .contains("duplicate of").contains("latin1.txt: not valid UTF-8").contains("empty-page.html: HTML page has no article text")
                .contains("accounts.txt: no sentence of article prose")
                .doesNotContain("\tat ");
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("articles")).extracting(a -> a.get("id").asText())
                .containsExactly("courier-copy", "latin1", "wire");
    }

    @Test
    void aSingleArticleIsBriefedWithANote() {
        CliRun run = CliRun.of("brief", example().resolve("wire.txt").toString(), "--words", "60");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("only one article");
        assertThat(run.out()).contains("Northern Wire");
    }

    @Test
    void jsonLinesWithSeveralClustersNeedsAChoice() throws IOException {
        Path duc = SharedData.evalData("duc2004/test.jsonl");
        CliRun ambiguous = CliRun.of("brief", duc.toString());
        assertThat(ambiguous.status()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("hold 50 stories").contains("--cluster");
        CliRun chosen = CliRun.of("brief", duc.toString(), "--cluster", "d30001t", "--format", "json", "--words", "100");
        assertThat(chosen.status()).as(chosen.err()).isZero();
        JsonNode json = JSON.readTree(chosen.out());
        assertThat(json.get("articles")).hasSize(10);
        assertThat(json.get("articles").get(0).get("outlet").asText()).isIn("APW", "NYT");
        assertThat(json.get("summaryWords").asInt()).isBetween(50, 100);
    }

    /** A skipped document inside a JSON Lines file is named by its id, not only by the file. */
    @Test
    void aSkippedJsonLinesDocumentIsNamed() throws IOException {
        String good = JSON.writeValueAsString(Files.readString(example().resolve("wire.txt")));
        String other = JSON.writeValueAsString(Files.readString(example().resolve("courier.txt")));
        Path jsonl = Files.writeString(tmp.resolve("cluster.jsonl"), "{\"id\":\"c1\",\"documents\":["
                + "{\"id\":\"wire\",\"text\":" + good + "},"
                + "{\"id\":\"courier\",\"text\":" + other + "},"
                + "{\"id\":\"video-stub\",\"text\":\"Troops leave the city\\n\\nPlay Video\"}]}\n");
        CliRun run = CliRun.of("brief", jsonl.toString(), "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("skipped .*cluster\\.jsonl \\(document video-stub\\): ");
        assertThat(JSON.readTree(run.out()).get("articles")).hasSize(2);
    }
}
