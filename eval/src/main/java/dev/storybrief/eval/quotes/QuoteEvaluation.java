package dev.storybrief.eval.quotes;

import dev.storybrief.eval.annotate.AnnotatedDocument;
import dev.storybrief.eval.annotate.PipelineAnnotations;
import dev.storybrief.eval.annotate.QuoteAnnotation;
import dev.storybrief.eval.metric.PrecisionRecall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores quote detection and speaker attribution on PolNeAR, one row per split: {@code train} is where quote rules may
 * be tuned, {@code dev} is held back (PolNeAR's split is by time, dev being a later month).
 */
public final class QuoteEvaluation {
    private QuoteEvaluation() {
    }

    /**
     * One row of the table.
     *
     * @param split    the split's name, with its role
     * @param articles how many articles
     * @param scores   their figures
     */
    public record Row(String split, int articles, QuoteScores scores) {
    }

    /** The system's quotes for every article, from storybrief's annotator chain (what {@code storybrief annotate} prints for it). */
    public static Map<String, AnnotatedDocument> pipelineAnnotations(List<PolnearDocument> documents) {
        PipelineAnnotations annotator = new PipelineAnnotations();
        Map<String, AnnotatedDocument> byId = new LinkedHashMap<>();
        for (PolnearDocument doc : documents) {
            byId.put(doc.id(), annotator.of(doc.id(), doc.text(), null));
        }
        return byId;
    }

    /** One row per split, the tuning split (train) first. */
    public static List<Row> score(List<PolnearDocument> documents, Map<String, AnnotatedDocument> system) {
        Set<String> splits = new TreeSet<>(Comparator.comparing((String s) -> !s.equals("train")).thenComparing(s -> s));
        documents.forEach(d -> splits.add(d.split()));
        List<Row> rows = new ArrayList<>();
        for (String split : splits) {
            Map<String, List<GoldAttribution>> gold = new LinkedHashMap<>();
            Map<String, List<QuoteAnnotation>> found = new LinkedHashMap<>();
            for (PolnearDocument doc : documents) {
                if (doc.split().equals(split)) {
                    gold.put(doc.id(), doc.attributions());
                    AnnotatedDocument annotated = system.get(doc.id());
                    found.put(doc.id(), annotated == null ? List.of() : annotated.quotes());
                }
            }
            rows.add(new Row(label(split), gold.size(), QuoteScorer.score(gold, found)));
        }
        return rows;
    }

    private static String label(String split) {
        return switch (split) {
            case "train" -> "train (tuning)";
            case "dev" -> "dev (held back)";
            default -> split;
        };
    }

    /** The Markdown table. */
    public static String markdown(String system, List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "PolNeAR quotes, system: %s; detection by span overlap (P over predicted quotes, R over direct quotations"
                        + " / all attributions), characters, speaker accuracy on found quotations, attribution P/R/F1%n%n",
                system));
        out.append("| split | articles | quotes found | direct gold | P | R direct | F1 direct | R all | char P | char R "
                + "| char F1 | speaker acc | attr P | attr R | attr F1 |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            QuoteScores s = r.scores();
            PrecisionRecall direct = s.direct();
            PrecisionRecall chars = s.characters();
            PrecisionRecall attribution = s.attribution();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f "
                            + "| %.3f | %.3f | %.3f | %.3f |%n", r.split(), r.articles(), s.predicted(), s.goldDirect(),
                    direct.precision(), direct.recall(), direct.f1(), s.all().recall(), chars.precision(),
                    chars.recall(), chars.f1(), s.speakerAccuracy(), attribution.precision(), attribution.recall(),
                    attribution.f1()));
        }
        return out.toString();
    }

    /** The rows as ordered maps for the results file. */
    public static Map<String, Object> toMap(String system, List<Row> rows) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", "polnear");
        root.put("system", system);
        Map<String, Object> splits = new LinkedHashMap<>();
        for (Row r : rows) {
            QuoteScores s = r.scores();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articles", r.articles());
            m.put("counts", s);
            m.put("direct", s.direct().asMap());
            m.put("all", s.all().asMap());
            m.put("characters", s.characters().asMap());
            m.put("speakerAccuracy", s.speakerAccuracy());
            m.put("attribution", s.attribution().asMap());
            splits.put(r.split(), m);
        }
        root.put("splits", splits);
        return root;
    }
}
