package dev.storybrief.eval.temporal;

import dev.storybrief.eval.annotate.AnnotatedDocument;
import dev.storybrief.eval.annotate.PipelineAnnotations;
import dev.storybrief.eval.annotate.TimexAnnotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Scores TIMEX3 extraction and normalisation on TempEval-3's TBAQ-cleaned documents, split into tuning parts
 * (TimeBank, and the AQUAINT documents whose id hashes even: tune rules on them) and a held-back part (the other
 * AQUAINT documents: report, never look at their errors), beside HeidelTime's published figures on the TempEval-3
 * platinum test set.
 *
 * <p>Why AQUAINT is halved: until 2026-12-04 all of AQUAINT was held back, and its figures showed that rules tuned on
 * TimeBank's 1989 financial prose over-fire on newswire (the platinum test set is newswire too). Its tuning half now
 * shows those errors; its held-back half stays unseen.
 */
public final class TempEvalEvaluation {
    /** HeidelTime on the TempEval-3 test set (UzZaman et al. 2013): relaxed span F1. */
    public static final double HEIDELTIME_RELAXED_F1 = 0.903;
    /** HeidelTime on the TempEval-3 test set: value F1. */
    public static final double HEIDELTIME_VALUE_F1 = 0.776;

    private TempEvalEvaluation() {
    }

    /**
     * One row of the table.
     *
     * @param split     which documents
     * @param documents how many
     * @param scores    their figures
     */
    public record Row(String split, int documents, TimexScores scores) {
    }

    /** The system's timexes for every document, from storybrief's annotator chain (what {@code storybrief annotate} prints for it). */
    public static Map<String, AnnotatedDocument> pipelineAnnotations(List<TempEvalDocument> documents) {
        PipelineAnnotations annotator = new PipelineAnnotations();
        Map<String, AnnotatedDocument> byId = new LinkedHashMap<>();
        for (TempEvalDocument doc : documents) {
            byId.put(doc.id(), annotator.of(doc.id(), doc.text(), doc.dct()));
        }
        return byId;
    }

    /** Rows for the tuning split, the held-back split and all documents. */
    public static List<Row> score(List<TempEvalDocument> documents, Map<String, AnnotatedDocument> system) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("TimeBank (tuning)", documents, d -> d.corpus().equals("timebank"), system));
        rows.add(row("AQUAINT tuning half", documents, d -> d.corpus().equals("aquaint") && isTuning(d), system));
        rows.add(row("AQUAINT held-back half", documents, d -> d.corpus().equals("aquaint") && !isTuning(d), system));
        rows.add(row("AQUAINT (both halves)", documents, d -> d.corpus().equals("aquaint"), system));
        rows.add(row("all", documents, d -> true, system));
        rows.removeIf(r -> r.documents() == 0);
        return rows;
    }

    /** Whether rules may be tuned on this document's errors: all of TimeBank, the AQUAINT ids whose CRC32 is even. */
    public static boolean isTuning(TempEvalDocument doc) {
        if (doc.corpus().equals("timebank")) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(doc.id().getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    private static Row row(String split, List<TempEvalDocument> documents, Predicate<TempEvalDocument> keep,
                           Map<String, AnnotatedDocument> system) {
        Map<String, List<TimexAnnotation>> gold = new LinkedHashMap<>();
        Map<String, List<TimexAnnotation>> found = new LinkedHashMap<>();
        for (TempEvalDocument doc : documents) {
            if (keep.test(doc)) {
                gold.put(doc.id(), doc.gold());
                AnnotatedDocument annotated = system.get(doc.id());
                found.put(doc.id(), annotated == null ? List.of() : annotated.timexes());
            }
        }
        return new Row(split, gold.size(), TimexScorer.score(gold, found));
    }

    /** The Markdown table, HeidelTime's published row last. */
    public static String markdown(String system, List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "TempEval-3 TIMEX3 (TBAQ-cleaned), system: %s; TempEval-3 scorer definitions on character offsets%n%n",
                system));
        out.append("| split | docs | gold | found | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 "
                + "| value acc | value F1 | type acc | type F1 |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            TimexScores s = r.scores();
            out.append(String.format(Locale.ROOT,
                    "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    r.split(), r.documents(), s.gold(), s.system(), s.strict().precision(), s.strict().recall(),
                    s.strict().f1(), s.relaxed().precision(), s.relaxed().recall(), s.relaxed().f1(), s.valueAccuracy(),
                    s.valueF1(), s.typeAccuracy(), s.typeF1()));
        }
        out.append(String.format(Locale.ROOT, "| HeidelTime, TempEval-3 test (published) | 20 | | | | | | | | %.3f | | %.3f | | |%n",
                HEIDELTIME_RELAXED_F1, HEIDELTIME_VALUE_F1));
        return out.toString();
    }

    /** The rows as ordered maps for the results file. */
    public static Map<String, Object> toMap(String system, List<Row> rows) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", "tempeval3");
        root.put("system", system);
        Map<String, Object> splits = new LinkedHashMap<>();
        for (Row r : rows) {
            TimexScores s = r.scores();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", r.documents());
            m.put("gold", s.gold());
            m.put("system", s.system());
            m.put("strict", s.strict().asMap());
            m.put("relaxed", s.relaxed().asMap());
            m.put("valueAccuracy", s.valueAccuracy());
            m.put("valueF1", s.valueF1());
            m.put("typeAccuracy", s.typeAccuracy());
            m.put("typeF1", s.typeF1());
            splits.put(r.split(), m);
        }
        root.put("splits", splits);
        root.put("published", Map.of("HeidelTime", Map.of("relaxedF1", HEIDELTIME_RELAXED_F1,
                "valueF1", HEIDELTIME_VALUE_F1, "data", "TempEval-3 platinum test set")));
        return root;
    }
}
