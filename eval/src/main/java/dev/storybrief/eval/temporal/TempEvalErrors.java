package dev.storybrief.eval.temporal;

import dev.storybrief.eval.annotate.AnnotatedDocument;
import dev.storybrief.eval.annotate.TimexAnnotation;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lists the timex errors of the <em>tuning</em> documents only ({@link TempEvalEvaluation#isTuning}), with the
 * scorer's one-to-one pairing ({@link TimexAlignment}): each unpaired system timex ({@code FP}), each unpaired gold
 * timex ({@code FN}), each pair with another value ({@code VALUE}) or, value right, another extent ({@code SPAN}),
 * one tab-separated line each with a little context. Held-back documents are never printed, so their errors cannot guide a rule.
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
        List<TimexAlignment.Pair> pairs = TimexAlignment.pairs(doc.gold(), found);
        Set<TimexAnnotation> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        pairs.forEach(p -> {
            paired.add(p.gold());
            paired.add(p.system());
        });
        found.stream().filter(s -> !paired.contains(s)).forEach(s -> line("FP", doc, s, null));
        doc.gold().stream().filter(g -> !paired.contains(g)).forEach(g -> line("FN", doc, g, null));
        for (TimexAlignment.Pair p : pairs) {
            if (!Objects.equals(p.gold().value(), p.system().value())) {
                line("VALUE", doc, p.gold(), p.system());
            } else if (!p.sameExtent()) {
                line("SPAN", doc, p.gold(), p.system());
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
