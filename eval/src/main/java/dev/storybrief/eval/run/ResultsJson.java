package dev.storybrief.eval.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storybrief.eval.rouge.BootstrapFigure;
import dev.storybrief.eval.rouge.MetricAverage;
import dev.storybrief.eval.rouge.RougeFigure;
import dev.storybrief.eval.rouge.RougeMetric;
import dev.storybrief.eval.rouge.TopicScore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results file: {@code {"systems": {"<name>": {"ROUGE-1": {"R","P","F"}, ..., "ci": {...},
 * "clusters": {"<id>": {"ROUGE-1": {"R","P","F"}, ...}}}}}} plus the settings it was measured with.
 */
public final class ResultsJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {
    }

    /** Writes the report to {@code file}, creating folders as needed. */
    public static void write(EvalReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), toMap(report));
    }

    /** The report as ordered maps. */
    public static Map<String, Object> toMap(EvalReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        EvalSettings s = report.settings();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("dataset", s.dataset());
        settings.put("budget", s.budgetLabel());
        settings.put("rougeFlags", s.rougeFlags());
        settings.put("measure", String.valueOf(s.measure()));
        settings.put("tokenize", s.tokenization().name().toLowerCase(java.util.Locale.ROOT));
        settings.put("seed", s.seed());
        root.put("settings", settings);
        root.put("clusters", report.clusters());
        root.put("preparationSeconds", report.preparationSeconds());
        Map<String, Object> systems = new LinkedHashMap<>();
        for (SystemRun run : report.runs()) {
            systems.put(run.system(), system(run));
        }
        root.put("systems", systems);
        return root;
    }

    private static Map<String, Object> system(SystemRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> ci = new LinkedHashMap<>();
        for (RougeMetric metric : RougeMetric.values()) {
            MetricAverage avg = run.average().metric(metric);
            m.put(metric.label(), rpf(avg.recall().avg(), avg.precision().avg(), avg.f().avg()));
            ci.put(metric.label(), Map.of("R", bounds(avg.recall()), "P", bounds(avg.precision()), "F", bounds(avg.f())));
        }
        m.put("ci95", ci);
        m.put("clustersPerSecond", Double.isNaN(run.clustersPerSecond()) ? null : run.clustersPerSecond());
        m.put("peakHeapMB", run.peakHeapBytes() < 0 ? null : run.peakHeapBytes() / (1024.0 * 1024.0));
        Map<String, Object> clusters = new LinkedHashMap<>();
        for (TopicScore topic : run.topics()) {
            Map<String, Object> scores = new LinkedHashMap<>();
            for (RougeMetric metric : RougeMetric.values()) {
                RougeFigure f = topic.result().figure(metric);
                scores.put(metric.label(), rpf(f.recall(), f.precision(), f.f()));
            }
            clusters.put(topic.evalId(), scores);
        }
        m.put("clusters", clusters);
        return m;
    }

    private static Map<String, Object> rpf(double r, double p, double f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("R", r);
        m.put("P", p);
        m.put("F", f);
        return m;
    }

    private static Map<String, Object> bounds(BootstrapFigure f) {
        return Map.of("low", f.ciLow(), "high", f.ciHigh());
    }
}
