package dev.storybrief.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.TestSeed;
import dev.storybrief.group.stories.BlockedStoryGrouper;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The job on local[2]: same stories as core's blocked grouping, every input format, the real sample, bad input. */
@ExtendWith(TestSeed.class)
class StoryPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StoryOptions OPTIONS = StoryOptions.defaults();
    private static SparkSession spark;
    private static JavaSparkContext context;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
        context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    private static List<JsonNode> parse(List<String> lines) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) {
            try {
                nodes.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }
        return nodes;
    }

    /** Each story as the set of ids of all its articles, copies included. */
    private static Set<Set<String>> partition(List<JsonNode> stories) {
        Set<Set<String>> partition = new HashSet<>();
        for (JsonNode story : stories) {
            Set<String> ids = new HashSet<>();
            story.get("duplicates").forEach(copies -> copies.forEach(id -> ids.add(id.asText())));
            partition.add(ids);
        }
        return partition;
    }

    @Test
    void findsWhatCoreFindsAndBriefsEveryStory() {
        List<ArticleRecord> articles = TestArticles.stream();
        List<JsonNode> stories = parse(new StoryPipeline(OPTIONS, 60, 1, 3)
                .storyLines(context.parallelize(articles, 3)).collect());
        List<StoryGroup> core = new BlockedStoryGrouper(OPTIONS).group(articles.stream().map(ArticleRecord::document).toList());
        Set<Set<String>> expected = new HashSet<>();
        core.forEach(s -> expected.add(new HashSet<>(s.allIds())));

        assertThat(stories).hasSize(16);
        assertThat(partition(stories)).isEqualTo(expected);
        for (JsonNode story : stories) {
            assertThat(story.get("size").asInt()).isEqualTo(4);
            assertThat(story.get("articlesRead").asInt()).isEqualTo(5);
            assertThat(story.get("copies").asInt()).isEqualTo(1);
            int copiedAt = -1;
            for (int i = 0; i < story.get("duplicates").size(); i++) {
                copiedAt = story.get("duplicates").get(i).size() == 2 ? i : copiedAt;
            }
            JsonNode copied = story.get("duplicates").get(copiedAt);
            assertThat(copied.get(1).asText()).isEqualTo(copied.get(0).asText() + "-copy");
            assertThat(story.get("outlets").get(copiedAt).toString()).contains("Reprint Daily");
            JsonNode briefing = story.get("briefing");
            assertThat(briefing.get("schema").asText()).isEqualTo("storybrief/briefing/v1");
            assertThat(briefing.get("summaryWords").asInt()).isPositive().isLessThanOrEqualTo(60);
            // every article read is briefed, as brief reads them: a reprint is named as one, beside the report it copies
            Set<String> briefed = new HashSet<>();
            Set<String> reports = new HashSet<>();
            briefing.get("articles").forEach(a -> {
                briefed.add(a.get("id").asText());
                if (a.get("reprintOf") == null || a.get("reprintOf").isNull()) {
                    reports.add(a.get("id").asText());
                }
            });
            Set<String> read = new HashSet<>();
            story.get("duplicates").forEach(copies -> copies.forEach(id -> read.add(id.asText())));
            Set<String> listed = new HashSet<>();
            story.get("articles").forEach(a -> listed.add(a.asText()));
            assertThat(briefed).isEqualTo(read);
            assertThat(reports).as("a copy is briefed once, as its original").isEqualTo(listed);
        }
        // the first period's stories cross a block edge: they were grouped in two blocks and linked
        long crossing = stories.stream().filter(s -> LocalDate.parse(s.get("firstDate").asText()).isBefore(TestArticles.EDGE)
                && !LocalDate.parse(s.get("lastDate").asText()).isBefore(TestArticles.EDGE)).count();
        assertThat(crossing).isEqualTo(8);
    }

    /** A story written without its briefing (below --min-articles) is headed as its briefing heads it: one rule. */
    @Test
    void aStoryWrittenWithoutItsBriefingIsHeadedAsItsBriefingWouldHeadIt() {
        List<ArticleRecord> articles = TestArticles.stream().subList(0, 20);
        Map<Set<String>, String> briefed = headlines(parse(new StoryPipeline(OPTIONS, 60, 1, 2)
                .storyLines(context.parallelize(articles, 2)).collect()));
        List<JsonNode> unbriefed = parse(new StoryPipeline(OPTIONS, 60, 99, 2)
                .storyLines(context.parallelize(articles, 2)).collect());
        assertThat(unbriefed).allSatisfy(story -> assertThat(story.has("briefing")).isFalse());
        assertThat(headlines(unbriefed)).isEqualTo(briefed);
    }

    private static Map<Set<String>, String> headlines(List<JsonNode> stories) {
        Map<Set<String>, String> headlines = new java.util.HashMap<>();
        for (JsonNode story : stories) {
            Set<String> ids = new HashSet<>();
            story.get("articles").forEach(a -> ids.add(a.asText()));
            headlines.put(ids, story.get("headline").asText());
        }
        return headlines;
    }

    @Test
    void theLinesComeInTheSameOrderWhateverTheInputOrderAndPartitions() {
        List<ArticleRecord> articles = new ArrayList<>(TestArticles.stream());
        StoryPipeline pipeline = new StoryPipeline(OPTIONS, 60, 1, 3);
        List<String> first = pipeline.storyLines(context.parallelize(articles, 3)).collect();
        java.util.Collections.shuffle(articles, new java.util.Random(TestSeed.value()));
        List<String> shuffled = pipeline.storyLines(context.parallelize(articles, 5)).collect();
        // the order a cluster's tasks finish in, or a lost executor's retried tasks, must not change the output
        assertThat(shuffled).hasSize(16).containsExactlyElementsOf(first);
        List<String> ids = parse(first).stream().map(s -> s.get("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    /**
     * Five outlets run one report, two with another figure in the same words: the job collapses them into one article
     * and its copies, as {@code stories} does, and briefs every copy, as {@code brief} reads them, so the changed
     * figure is a claim and the briefing flags the disagreement; the same bytes for any partitions and input order.
     */
    @Test
    void aCopyThatChangedAFigureIsBriefedAndTheSameWhateverThePartitions() {
        String rest = "\n\nThe competition authority is expected to review the deal between the two lenders.\n\n"
                + "The deal will cut jobs at the Norland head office over three years, the banks said.\n\n"
                + "Shares in Norland rose sharply in early trading after the announcement.";
        String[][] copies = {{"a", "Redfield Tribune", "2"}, {"b", "Valley Record", "2"}, {"c", "Orvale Voice", "2"},
                {"d", "Coast Courier", "3"}, {"e", "Harwick Post", "3"}};
        List<ArticleRecord> articles = new ArrayList<>();
        for (String[] c : copies) {
            articles.add(new ArticleRecord(null, c[0], "Greywater agrees takeover of Norland", "2026-11-04", c[1],
                    "Greywater Bank has agreed to buy Norland Savings for " + c[2] + " billion pounds, the two banks"
                            + " said on Tuesday." + rest, "mem", false).withKey(articles.size()));
        }
        List<String> lines = new StoryPipeline(OPTIONS, 60, 1, 1).storyLines(context.parallelize(articles, 1)).collect();
        List<JsonNode> stories = parse(lines);
        assertThat(stories).singleElement().satisfies(story -> {
            assertThat(story.get("duplicates")).as("one article and its four copies").hasSize(1);
            assertThat(story.get("briefing").get("disagreements").toString()).contains("2 billion pounds")
                    .contains("3 billion pounds");
        });
        List<ArticleRecord> shuffled = new ArrayList<>(articles);
        java.util.Collections.shuffle(shuffled, new java.util.Random(TestSeed.value()));
        assertThat(new StoryPipeline(OPTIONS, 60, 1, 4).storyLines(context.parallelize(shuffled, 3)).collect())
                .containsExactlyElementsOf(lines);
    }

    @Test
    void readsJsonLinesParquetAndWarcAlike() throws IOException {
        List<ArticleRecord> articles = TestArticles.stream().subList(0, 24);
        Path jsonl = tmp.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>();
        for (ArticleRecord a : articles) {
            Map<String, String> m = new HashMap<>();
            m.put("id", a.id());
            m.put("date", a.date());
            m.put("outlet", a.outlet());
            m.put("text", a.text());
            lines.add(JSON.writeValueAsString(m));
        }
        lines.add("{not json");
        Files.write(jsonl, lines);
        Path parquet = tmp.resolve("articles.parquet");
        writeParquet(articles, parquet);
        Path warc = tmp.resolve("articles.warc.gz");
        TestWarc.write(articles, warc, org.netpreserve.jwarc.WarcCompression.GZIP);

        Set<Set<String>> fromJson = run(ArticleSources.Format.JSONL, jsonl);
        assertThat(fromJson).isNotEmpty();
        assertThat(fromJson.stream().mapToInt(Set::size).sum()).isEqualTo(24);
        assertThat(run(ArticleSources.Format.PARQUET, parquet)).isEqualTo(fromJson);
        Set<Set<String>> fromWarc = new HashSet<>();
        for (Set<String> story : run(ArticleSources.Format.WARC, warc)) {
            Set<String> ids = new HashSet<>();
            story.forEach(url -> ids.add(url.substring(url.lastIndexOf('/') + 1)));
            fromWarc.add(ids);
        }
        assertThat(fromWarc).as("pages extracted by core's HTML extractor, ids from URLs").isEqualTo(fromJson);
    }

    private Set<Set<String>> run(ArticleSources.Format format, Path input) {
        SkippedInput skipped = new SkippedInput(spark.sparkContext());
        JavaRDD<ArticleRecord> read = ArticleSources.read(spark, format, List.of(input.toString()), skipped);
        Set<Set<String>> stories = partition(parse(new StoryPipeline(OPTIONS, 40, 2, 2).storyLines(read).collect()));
        // each input holds one piece that is no article: the torn JSON line, or the WARC's image and its 404 page
        assertThat(skipped.describe(format.unit())).isEqualTo(switch (format) {
            case JSONL -> "skipped 1 JSON line (1 invalid JSON)";
            case PARQUET -> "";
            case WARC -> "skipped 2 WARC records (2 not a 200 HTML response)";
        });
        return stories;
    }

    private static void writeParquet(List<ArticleRecord> articles, Path path) {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("date", DataTypes.StringType)
                .add("outlet", DataTypes.StringType).add("text", DataTypes.StringType);
        List<Row> rows = articles.stream().map(a -> RowFactory.create(a.id(), a.date(), a.outlet(), a.text())).toList();
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(path.toString());
    }

    @Test
    void theJobWritesOneLinePerStoryForTheRealSample() throws IOException {
        Path sample = SharedData.evalData("multinews-sample100/val.jsonl");
        Path output = tmp.resolve("out");
        PipelineReport report = StoryJob.run(spark, JobOptions.parse("--input", sample.toString(),
                "--output", output.toString(), "--words", "80", "--partitions", "2"));
        System.out.println("real sample: " + report.describe());
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        List<JsonNode> stories = parse(lines);
        assertThat(report.articles()).isEqualTo(28);
        assertThat(stories).hasSize((int) report.stories());
        assertThat(report.briefings()).isEqualTo(report.stories() - report.notBriefed());
        // 11 clusters, ids "<cluster>-d<n>": most articles share a story with their own cluster's majority
        int majority = 0;
        for (JsonNode story : stories) {
            Map<String, Integer> clusters = new HashMap<>();
            story.get("duplicates").forEach(c -> c.forEach(id -> clusters.merge(
                    id.asText().substring(0, id.asText().lastIndexOf('-')), 1, Integer::sum)));
            majority += clusters.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        assertThat(majority / 28.0).isGreaterThanOrEqualTo(0.8);
        assertThat(stories.size()).isBetween(11, 20);
    }

    @Test
    void anExistingOutputIsRefusedAndUsageMistakesGetOneLine() throws IOException {
        Path jsonl = tmp.resolve("one.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"text\":\"A short article about the bridge over the river.\"}\n");
        Files.createDirectories(tmp.resolve("exists"));
        assertThatThrownBy(() -> StoryJob.run(spark, JobOptions.parse("--input", jsonl.toString(), "--output",
                tmp.resolve("exists").toString()))).hasMessageContaining("already exists");
        assertThatThrownBy(() -> StoryJob.run(spark, JobOptions.parse("--input", jsonl + "," + tmp.resolve("gone.jsonl"),
                "--output", tmp.resolve("new").toString())))
                .hasMessage("--input " + tmp.resolve("gone.jsonl") + ": no such file or folder");
        assertThatThrownBy(() -> StoryJob.run(spark, JobOptions.parse("--input", tmp.resolve("*.warc.gz").toString(),
                "--output", tmp.resolve("new").toString()))).hasMessageEndingWith(": matches no file");
        assertThat(Files.exists(tmp.resolve("new"))).as("nothing written for a refused run").isFalse();
        assertThat(StoryJob.run("--input", jsonl.toString())).isEqualTo(2);
        assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--output", "y", "--words", "many"))
                .hasMessage("--words expects a number, got \"many\"");
        assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--output", "y", "--input-format", "csv"))
                .hasMessageContaining("unknown input format \"csv\"");
        assertThat(JobOptions.parse("--input", "a.warc.gz", "--output", "y").format()).isEqualTo(ArticleSources.Format.WARC);
        assertThat(JobOptions.parse("--input", "s3a://bucket/news.parquet", "--output", "y").format())
                .isEqualTo(ArticleSources.Format.PARQUET);
    }

    @Test
    void aMistakenPathFromTheCommandLineIsOneLineAndExitTwoBeforeSparkStarts() throws IOException {
        Path jsonl = tmp.resolve("one.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"text\":\"A short article about the bridge over the river.\"}\n");
        Files.createDirectories(tmp.resolve("exists"));
        // both are refused before a session is made (a session made here would be the tests' shared one)
        assertThat(stderrOf(() -> assertThat(StoryJob.run("--input", jsonl.toString(), "--output",
                tmp.resolve("exists").toString())).isEqualTo(2)))
                .isEqualTo("storybrief-spark: error: --output " + tmp.resolve("exists")
                        + " already exists (the job never overwrites: remove it or name a new folder)\n");
        assertThat(stderrOf(() -> assertThat(StoryJob.run("--input", tmp.resolve("missing.jsonl").toString(),
                "--output", tmp.resolve("out").toString())).isEqualTo(2)))
                .isEqualTo("storybrief-spark: error: --input " + tmp.resolve("missing.jsonl") + ": no such file or folder\n");
    }

    private static String stderrOf(Runnable run) {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(saved);
        }
        return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aCrawlCutShortGivesTheStoriesOfItsGoodRecordsAndCountsTheBrokenOne() throws IOException {
        List<ArticleRecord> pages = TestArticles.stream().subList(0, 8);
        Path whole = tmp.resolve("whole.warc");
        TestWarc.write(pages, whole, org.netpreserve.jwarc.WarcCompression.NONE, false);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = tmp.resolve("crawl.warc");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 300));

        PipelineReport report = StoryJob.run(spark, JobOptions.parse("--input", cut.toString(),
                "--output", tmp.resolve("stories").toString(), "--words", "40", "--partitions", "2"));

        assertThat(report.articles()).isEqualTo(7);
        assertThat(report.skipped()).isEqualTo("skipped 1 WARC record (1 cut short or unreadable)");
        assertThat(report.describe()).endsWith("; skipped 1 WARC record (1 cut short or unreadable)");
        Set<String> written = new HashSet<>();
        try (Stream<Path> parts = Files.list(tmp.resolve("stories"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                parse(Files.readAllLines(part)).forEach(story -> story.get("duplicates")
                        .forEach(copies -> copies.forEach(id -> written.add(id.asText()))));
            }
        }
        assertThat(written).hasSize(7).doesNotContain("https://news.example/" + pages.get(7).id());
    }
}
