package dev.storybrief.eval.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storybrief.eval.metric.PrecisionRecall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline evaluation's Markdown table and JSON file: {@code {"dataset", "protocol", "systems": {"<name>":
 * {"dates": {"P","R","F"}, "concat": {"ROUGE-1": {...}, "ROUGE-2": {...}}, "aligned": {...}, "secondsPerTimeline",
 * "timelines": {"<set/id>": {... the same per timeline, "returnedDates"}}}}}}.
 */
public final class TimelineResults {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** What the table and the file say the figures are. */
    public static final String PROTOCOL = "tilse/news-tls: dates = gold, sentences per date = round(gold mean), "
            + "gold date range; ROUGE-1.5.5 -m -s counts; align+ m:1 (AR); averages over timelines";

    private TimelineResults() {
    }

    /** One row per system: date F1, concatenated ROUGE-1/2 F1, AR-1/2 F1, seconds per timeline. */
    public static String markdown(String dataset, List<TimelineTopic> topics, List<TimelineRun> runs) {
        int timelines = topics.stream().mapToInt(t -> t.timelines().size()).sum();
        int articles = topics.stream().mapToInt(t -> t.collection().articles().size()).sum();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s, %d timelines in %d topics (%d articles); F1 averaged over timelines (%s)%n%n", dataset, timelines,
                topics.size(), articles, PROTOCOL));
        out.append("| system | date F1 | concat R-1 F | concat R-2 F | AR-1 F | AR-2 F | reading s | s/timeline |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (TimelineRun run : runs) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f | %.2f |%n",
                    run.system(), run.dates().f1(), run.concat1().f1(), run.concat2().f1(), run.aligned1().f1(),
                    run.aligned2().f1(), run.preparationSeconds(), run.secondsPerTimeline()));
        }
        return out.toString();
    }

    /** Writes the results file, creating folders as needed. */
    public static void write(String dataset, List<TimelineRun> runs, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), toMap(dataset, runs));
    }

    /** The results as ordered maps. */
    public static Map<String, Object> toMap(String dataset, List<TimelineRun> runs) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", dataset);
        root.put("protocol", PROTOCOL);
        Map<String, Object> systems = new LinkedHashMap<>();
        for (TimelineRun run : runs) {
            Map<String, Object> system = figures(run.dates(), run.concat1(), run.concat2(), run.aligned1(), run.aligned2());
            system.put("preparationSeconds", run.preparationSeconds());
            system.put("secondsPerTimeline", run.secondsPerTimeline());
            Map<String, Object> timelines = new LinkedHashMap<>();
            for (TimelineScore s : run.timelines()) {
                Map<String, Object> one = figures(s.dates(), s.concat().rouge1(), s.concat().rouge2(),
                        s.aligned().rouge1(), s.aligned().rouge2());
                one.put("returnedDates", s.returnedDates());
                timelines.put(s.timeline(), one);
            }
            system.put("timelines", timelines);
            systems.put(run.system(), system);
        }
        root.put("systems", systems);
        return root;
    }

    private static Map<String, Object> figures(PrecisionRecall dates, PrecisionRecall c1, PrecisionRecall c2,
                                               PrecisionRecall a1, PrecisionRecall a2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dates", dates.asMap());
        m.put("concat", rouge(c1, c2));
        m.put("aligned", rouge(a1, a2));
        return m;
    }

    private static Map<String, Object> rouge(PrecisionRecall rouge1, PrecisionRecall rouge2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ROUGE-1", rouge1.asMap());
        m.put("ROUGE-2", rouge2.asMap());
        return m;
    }
}
