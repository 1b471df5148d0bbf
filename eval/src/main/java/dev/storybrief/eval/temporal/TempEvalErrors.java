package dev.storybrief.eval.temporal;

import dev.storybrief.eval.annotate.AnnotatedDocument;
import dev.storybrief.eval.annotate.TimexAnnotation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lists the timex errors of the <em>tuning</em> documents only ({@link TempEvalEvaluation#isTuning}): each system
 * timex no gold timex overlaps ({@code FP}), each gold timex no system timex overlaps ({@code FN}), each overlapping
 * pair with another extent ({@code SPAN}) or another value ({@code VALUE}), one tab-separated line each with a
 * little context. Held-back documents are never printed, so their errors cannot guide a rule.
 *
 * <pre>java -cp "eval/target/storybrief-eval.jar:eval/target/lib/*" dev.storybrief.eval.temporal.TempEvalErrors \
 *     ../shared/eval-data/tempeval3 [aquaint|timebank]</pre>
 */
public final class TempEvalErrors {
    private static final int CONTEXT = 40;

    private TempEvalErrors() {
    }

    /**
     * Prints the errors.
     *
     * @param args the TempEval-3 folder, optionally a corpus name to restrict to
     */
    public static void main(String[] args) {
        List<TempEvalDocument> documents = TempEvalDataset.load(Path.of(args[0])).stream()
                .filter(TempEvalEvaluation::isTuning)
                .filter(d -> args.length < 2 || d.corpus().equals(args[1]))
                .toList();
        Map<String, AnnotatedDocument> system = TempEvalEvaluation.pipelineAnnotations(documents);
        for (TempEvalDocument doc : documents) {
            print(doc, system.get(doc.id()).timexes());
        }
    }

    private static void print(TempEvalDocument doc, List<TimexAnnotation> found) {
        for (TimexAnnotation s : found) {
            if (doc.gold().stream().noneMatch(g -> g.span().overlaps(s.span()))) {
                line("FP", doc, s, null);
            }
        }
        for (TimexAnnotation g : doc.gold()) {
            TimexAnnotation partner = g.span().mostOverlapping(found, TimexAnnotation::span);
            if (partner == null) {
                line("FN", doc, g, null);
            } else if (!Objects.equals(g.value(), partner.value())) {
                line("VALUE", doc, g, partner);
            } else if (g.span().start() != partner.span().start() || g.span().end() != partner.span().end()) {
                line("SPAN", doc, g, partner);
            }
        }
    }

    private static void line(String kind, TempEvalDocument doc, TimexAnnotation t, TimexAnnotation system) {
        String text = doc.text();
        int from = Math.max(0, t.span().start() - CONTEXT);
        int to = Math.min(text.length(), t.span().end() + CONTEXT);
        String context = (text.substring(from, t.span().start()) + "[" + t.span().text() + "]"
                + text.substring(t.span().end(), to)).replaceAll("\\s+", " ");
        String other = system == null ? "" : system.span().text() + " " + system.type() + " " + system.value();
        System.out.println(String.join("\t", kind, doc.id(), doc.dct().toString(), t.span().text(), t.type(),
                String.valueOf(t.value()), other, context));
    }
}
