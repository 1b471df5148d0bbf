package dev.storybrief.eval.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storybrief.eval.annotate.AnnotatedDocument;
import dev.storybrief.eval.annotate.AnnotationsJsonl;
import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalDataset;
import dev.storybrief.eval.extraction.BenchmarkData;
import dev.storybrief.eval.extraction.BenchmarkResult;
import dev.storybrief.eval.extraction.ExtractionBenchmark;
import dev.storybrief.eval.extraction.MetricSummary;
import dev.storybrief.eval.extraction.SnippetBenchmark;
import dev.storybrief.eval.extraction.SnippetData;
import dev.storybrief.eval.quotes.PolnearDataset;
import dev.storybrief.eval.quotes.PolnearDocument;
import dev.storybrief.eval.quotes.QuoteEvaluation;
import dev.storybrief.eval.rouge.RougeResources;
import dev.storybrief.eval.rouge.RougeTokenization;
import dev.storybrief.eval.run.EvalReport;
import dev.storybrief.eval.run.EvalRunner;
import dev.storybrief.eval.run.EvalSettings;
import dev.storybrief.eval.run.PeerSummaries;
import dev.storybrief.eval.run.Progress;
import dev.storybrief.eval.run.ResultsJson;
import dev.storybrief.eval.run.ResultsTable;
import dev.storybrief.eval.temporal.TempEvalDataset;
import dev.storybrief.eval.temporal.TempEvalDocument;
import dev.storybrief.eval.temporal.TempEvalEvaluation;
import dev.storybrief.eval.timeline.TimelineDataset;
import dev.storybrief.eval.timeline.TimelineEvaluation;
import dev.storybrief.eval.timeline.TimelineResults;
import dev.storybrief.eval.timeline.TimelineRun;
import dev.storybrief.eval.timeline.TimelineSystem;
import dev.storybrief.eval.timeline.TimelineSystems;
import dev.storybrief.eval.timeline.TimelineTopic;
import dev.storybrief.eval.timeline.UndatedArticlesEvaluation;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storybrief eval}: scores summarizers against human references with ROUGE (or, on the article
 * extraction benchmark, the extractor against its ground truth) and prints one Markdown table.
 * Registered in the command line's {@code plugin-commands.txt}, which also holds its one-line description.
 */
@Command(name = "eval", mixinStandardHelpOptions = true)
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "<dir-or-file>",
            description = "A folder of ../shared/eval-data (duc2004, multinews-sample100, multiling2011/<lang>, article-extraction, trafilatura-eval, "
                    + "timeline17, tempeval3, polnear) or a .jsonl file.")
    Path dataset;

    @Option(names = "--systems", split = ",", paramLabel = "NAME",
            description = "Systems to run (default: all): lead, random, centroid, lexrank, lexrank-t0.1, textrank, mmr, storybrief, storybrief-ranked, storybrief-verbatim, storybrief-ranked-verbatim (the same without sentence trimming), oracle; on timeline data: random-dates, date-mentions, storybrief (the timeline command).")
    List<String> systems;

    @Option(names = "--peers", paramLabel = "FILE", description = "Score summaries made elsewhere: JSON lines {id, system, summary}.")
    Path peers;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N clusters.")
    Integer limit;

    @ArgGroup(exclusive = true)
    Budget budget = new Budget();

    static final class Budget {
        @Option(names = "--words", paramLabel = "N", description = "Budget in words (DUC 2004: 100, Multi-News: 230).")
        Integer words;

        @Option(names = "--bytes", paramLabel = "N", description = "Budget in bytes (DUC 2004: 665).")
        Integer bytes;
    }

    @Option(names = "--out", paramLabel = "FILE", description = "Write averages and per-cluster scores as JSON.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel clusters (default: one per core).")
    Integer threads;

    @Option(names = "--annotations", paramLabel = "FILE",
            description = "On tempeval3 or polnear: score this `storybrief annotate` JSON Lines output instead of "
                    + "running storybrief's annotator chain in process.")
    Path annotations;

    @Option(names = "--tokenize", defaultValue = "ascii", paramLabel = "ascii|unicode",
            description = "ROUGE tokens: ascii (ROUGE-1.5.5's runs of ASCII letters and digits, default) or unicode "
                    + "(letters and digits of any script, lower-cased, never stemmed; a deviation for other languages).")
    String tokenize;

    @Option(names = "--undated", paramLabel = "tuning|gate|all",
            description = "On timeline data: instead of timelines, measure how brief dates undated articles (every "
                    + "other article of each topic loses its date). tuning: haiti, MJ, EgyptianProtest; gate: Finan, "
                    + "bpoil (measure only as a check); --out writes one line per undated article.")
    String undated;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the random baseline (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(dataset)) {
            throw new IllegalArgumentException("--dataset " + dataset + ": no such file or folder");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (SnippetData.isSnippetData(dataset)) {
            stdout.print(SnippetBenchmark.markdown(SnippetBenchmark.run(SnippetData.load(dataset), new HtmlArticleExtractor(), 2)));
        } else if (Files.isRegularFile(dataset.resolve("ground-truth.json"))) {
            stdout.print(extraction());
        } else if (TimelineDataset.isTimelineData(dataset) && undated != null) {
            stdout.print(undatedArticles());
        } else if (TimelineDataset.isTimelineData(dataset)) {
            stdout.print(timelines());
        } else if (TempEvalDataset.isTempEvalData(dataset)) {
            stdout.print(tempEval());
        } else if (PolnearDataset.isPolnearData(dataset)) {
            stdout.print(quotes());
        } else {
            stdout.print(summarization());
        }
        stdout.flush();
        return 0;
    }

    private String summarization() throws IOException {
        EvalDataset data = EvalDataset.load(dataset);
        List<EvalCluster> clusters = data.clusters();
        if (limit != null) {
            clusters = clusters.subList(0, Math.min(limit, clusters.size()));
        }
        if (budget.words != null && budget.words < 1 || budget.bytes != null && budget.bytes < 1) {
            throw new IllegalArgumentException("the budget must be positive");
        }
        EvalSettings settings = EvalSettings.standard(datasetName(data), budget.words, budget.bytes, seed)
                .withTokenization(tokenization());
        Progress progress = Progress.toStderr();
        EvalRunner runner = threads == null ? new EvalRunner(settings, progress)
                : new EvalRunner(settings, dev.storybrief.eval.rouge.RougeResources.fromSharedDefault(), threads, progress);
        List<String> chosen = systems == null ? EvalRunner.knownSystems() : systems;
        Map<String, Map<String, String>> peerSummaries = peers == null ? Map.of() : PeerSummaries.load(peers);
        EvalReport report = runner.run(clusters, chosen, peerSummaries);
        if (out != null) {
            ResultsJson.write(report, out);
            spec.commandLine().getErr().println("storybrief: wrote " + out);
        }
        return ResultsTable.markdown(report);
    }

    /** Timeline summarisation (Timeline17): every timeline system under the tilse/news-tls protocol. */
    private String timelines() throws IOException {
        List<TimelineTopic> topics = TimelineDataset.load(dataset);
        if (limit != null) {
            topics = topics.subList(0, Math.min(limit, topics.size()));
        }
        List<String> chosen = systems == null ? TimelineSystems.names() : systems;
        List<TimelineSystem> run = chosen.stream().map(name -> TimelineSystems.byName(name, seed)).toList();
        List<TimelineRun> runs = new TimelineEvaluation(RougeResources.fromSharedDefault(), Progress.toStderr())
                .run(topics, run);
        String name = dataset.toAbsolutePath().normalize().getFileName().toString();
        if (out != null) {
            TimelineResults.write(name, runs, out);
            spec.commandLine().getErr().println("storybrief: wrote " + out);
        }
        return TimelineResults.markdown(name, topics, runs);
    }

    /** Publication dates of articles whose date was taken away (Timeline17), as {@code brief} infers them. */
    private String undatedArticles() throws IOException {
        List<TimelineTopic> topics = UndatedArticlesEvaluation.part(TimelineDataset.load(dataset), undated);
        if (limit != null) {
            topics = topics.subList(0, Math.min(limit, topics.size()));
        }
        PrintWriter err = spec.commandLine().getErr();
        List<UndatedArticlesEvaluation.Outcome> outcomes = new UndatedArticlesEvaluation().run(topics, topic -> {
            err.println("storybrief: dated " + topic);
            err.flush();
        });
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, UndatedArticlesEvaluation.lines(outcomes));
            err.println("storybrief: wrote " + out);
        }
        return UndatedArticlesEvaluation.markdown(undated, outcomes);
    }

    /** TIMEX3 extraction and normalisation on TempEval-3 (TBAQ-cleaned). */
    private String tempEval() throws IOException {
        List<TempEvalDocument> documents = TempEvalDataset.load(dataset);
        List<TempEvalEvaluation.Row> rows = TempEvalEvaluation.score(documents,
                systemAnnotations(() -> TempEvalEvaluation.pipelineAnnotations(documents)));
        writeJson(TempEvalEvaluation.toMap(systemLabel(), rows));
        return TempEvalEvaluation.markdown(systemLabel(), rows);
    }

    /** Quote detection and speaker attribution on PolNeAR. */
    private String quotes() throws IOException {
        List<PolnearDocument> documents = PolnearDataset.load(dataset);
        List<QuoteEvaluation.Row> rows = QuoteEvaluation.score(documents,
                systemAnnotations(() -> QuoteEvaluation.pipelineAnnotations(documents)));
        writeJson(QuoteEvaluation.toMap(systemLabel(), rows));
        return QuoteEvaluation.markdown(systemLabel(), rows);
    }

    /** {@code --annotations} when given, else what storybrief's annotator chain makes of the documents. */
    private Map<String, AnnotatedDocument> systemAnnotations(Supplier<Map<String, AnnotatedDocument>> pipeline) {
        return annotations != null ? AnnotationsJsonl.read(annotations) : pipeline.get();
    }

    private String systemLabel() {
        return annotations != null ? annotations.getFileName().toString() : "storybrief annotate (in process)";
    }

    private void writeJson(Map<String, Object> results) throws IOException {
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
            spec.commandLine().getErr().println("storybrief: wrote " + out);
        }
    }

    private RougeTokenization tokenization() {
        return switch (tokenize.toLowerCase(Locale.ROOT)) {
            case "ascii" -> RougeTokenization.ASCII;
            case "unicode" -> RougeTokenization.UNICODE;
            default -> throw new IllegalArgumentException("--tokenize must be ascii or unicode, got \"" + tokenize + "\"");
        };
    }

    /** The data set's folder name when a file inside it was given ("duc2004/test.jsonl" is duc2004). */
    private String datasetName(EvalDataset data) {
        Path absolute = dataset.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute) && absolute.getParent() != null && absolute.getParent().getFileName() != null) {
            return absolute.getParent().getFileName() + "/" + absolute.getFileName();
        }
        return data.name();
    }

    private String extraction() {
        BenchmarkData data = BenchmarkData.load(dataset);
        BenchmarkResult ours = ExtractionBenchmark.run(data, ExtractionBenchmark.storybrief(new HtmlArticleExtractor()), 2);
        Map<String, MetricSummary> rows = new LinkedHashMap<>();
        rows.put("storybrief", ours.summary());
        rows.putAll(ExtractionBenchmark.scorePeers(data));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "article extraction, %d pages (metric of the benchmark: 4-gram shingle precision/recall)%n%n",
                data.pages().size()));
        table.append("| system | precision | recall | F1 | accuracy |\n|---|---|---|---|---|\n");
        List<Map.Entry<String, MetricSummary>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort((a, b) -> Double.compare(b.getValue().f1(), a.getValue().f1()));
        for (Map.Entry<String, MetricSummary> e : sorted) {
            MetricSummary m = e.getValue();
            table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", e.getKey(), m.precision(),
                    m.recall(), m.f1(), m.accuracy()));
        }
        table.append(String.format(Locale.ROOT, "%nstorybrief: %.0f pages/s on one thread (wall), %.0f pages per CPU "
                + "second, slowest page %.1f ms%n", ours.pagesPerSecond(), ours.pagesPerCpuSecond(), ours.slowestMillis()));
        return table.toString();
    }
}
