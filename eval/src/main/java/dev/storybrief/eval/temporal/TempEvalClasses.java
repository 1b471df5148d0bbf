package dev.storybrief.eval.temporal;

import dev.storybrief.eval.annotate.AnnotatedDocument;
import dev.storybrief.eval.annotate.TimexAnnotation;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Tallies the timexes of the <em>tuning</em> documents ({@link TempEvalEvaluation#isTuning}) by {@link ExpressionClass}:
 * how many the system valued right, valued wrong, found where the gold has none (spurious) and missed, and what each
 * class adds to value F1. Value F1 is {@code 2 * right / (system + gold)}, so a class whose system timexes are right
 * less often than half the pooled F1 costs more precision than it brings; {@code without} is the F1 with the class's
 * system timexes left out, {@code fixed} the F1 with its wrong values right. Held-back documents are never read.
 *
 * <p>With a class name after the corpus, the same table is printed for that class's timexes, one row for each
 * lower-cased wording, to show which forms of the class cost or gain.
 *
 * <pre>java -cp "eval/target/storybrief-eval.jar:eval/target/lib/*" dev.storybrief.eval.temporal.TempEvalClasses \
 *     ../shared/eval-data/tempeval3 [aquaint|timebank|all [CLASS]]</pre>
 */
public final class TempEvalClasses {

    private TempEvalClasses() {
    }

    /** One class's counts. */
    static final class Tally {
        int right;
        int wrong;
        int spurious;
        int missed;

        int system() {
            return right + wrong + spurious;
        }

        int gold() {
            return right + wrong + missed;
        }

        void add(Tally other) {
            right += other.right;
            wrong += other.wrong;
            spurious += other.spurious;
            missed += other.missed;
        }
    }

    /**
     * Prints the table.
     *
     * @param args the TempEval-3 folder, optionally a corpus name to restrict to
     */
    public static void main(String[] args) {
        List<TempEvalDocument> documents = TempEvalDataset.load(Path.of(args[0])).stream()
                .filter(TempEvalEvaluation::isTuning)
                .filter(d -> args.length < 2 || args[1].equals("all") || d.corpus().equals(args[1]))
                .toList();
        Map<String, AnnotatedDocument> system = TempEvalEvaluation.pipelineAnnotations(documents);
        Map<ExpressionClass, Tally> tallies = new EnumMap<>(ExpressionClass.class);
        for (TempEvalDocument doc : documents) {
            tally(doc.gold(), system.get(doc.id()).timexes(), tallies);
        }
        System.out.print(table(tallies, ExpressionClass::name));
        if (args.length > 2) {
            ExpressionClass chosen = ExpressionClass.valueOf(args[2].toUpperCase(Locale.ROOT));
            Map<String, Tally> byWording = new TreeMap<>();
            for (TempEvalDocument doc : documents) {
                tally(doc.gold(), system.get(doc.id()).timexes(), byWording, t -> ExpressionClass.of(t) == chosen
                        ? t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : null);
            }
            Tally pooled = new Tally();
            tallies.values().forEach(pooled::add);
            System.out.print(rows(byWording, w -> w, pooled));
        }
    }

    /** Adds one document's timexes to the tallies: pairs by the system's words, missed ones by the gold's. */
    static void tally(List<TimexAnnotation> gold, List<TimexAnnotation> found, Map<ExpressionClass, Tally> tallies) {
        tally(gold, found, tallies, ExpressionClass::of);
    }

    /** Same, with any key of a timex's text; a timex whose key is null is left out. */
    static <K> void tally(List<TimexAnnotation> gold, List<TimexAnnotation> found, Map<K, Tally> tallies,
                          Function<String, K> key) {
        List<TimexAlignment.Pair> pairs = TimexAlignment.pairs(gold, found);
        Set<TimexAnnotation> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TimexAlignment.Pair p : pairs) {
            paired.add(p.gold());
            paired.add(p.system());
            Tally t = tallyOf(tallies, key, p.system());
            if (Objects.equals(p.gold().value(), p.system().value())) {
                t.right++;
            } else {
                t.wrong++;
            }
        }
        found.stream().filter(s -> !paired.contains(s)).forEach(s -> tallyOf(tallies, key, s).spurious++);
        gold.stream().filter(g -> !paired.contains(g)).forEach(g -> tallyOf(tallies, key, g).missed++);
    }

    private static <K> Tally tallyOf(Map<K, Tally> tallies, Function<String, K> key, TimexAnnotation timex) {
        K k = key.apply(timex.span().text());
        return k == null ? new Tally() : tallies.computeIfAbsent(k, c -> new Tally());
    }

    /** The table: one row a class, then the pooled row. */
    static <K> String table(Map<K, Tally> tallies, Function<K, String> name) {
        Tally all = new Tally();
        tallies.values().forEach(all::add);
        return rows(tallies, name, all) + String.format(Locale.ROOT, "%-18s %6d %6d %6d %6d  value F1 %.4f%n", "all",
                all.right, all.wrong, all.spurious, all.missed, valueF1(all));
    }

    /** One row a key; {@code without} and {@code fixed} are changes of the pooled value F1 of {@code all}. */
    static <K> String rows(Map<K, Tally> tallies, Function<K, String> name, Tally all) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s %6s %6s %6s %6s %8s %8s%n",
                "class", "right", "wrong", "spur", "missed", "without", "fixed"));
        tallies.forEach((c, t) -> out.append(String.format(Locale.ROOT, "%-18s %6d %6d %6d %6d %+8.4f %+8.4f%n",
                name.apply(c), t.right, t.wrong, t.spurious, t.missed,
                valueF1(all.right - t.right, all.system() - t.system(), all.gold()) - valueF1(all),
                valueF1(all.right + t.wrong, all.system(), all.gold()) - valueF1(all))));
        return out.toString();
    }

    static double valueF1(Tally t) {
        return valueF1(t.right, t.system(), t.gold());
    }

    /** {@code 2 * right / (system + gold)}: the harmonic mean of value precision and value recall. */
    static double valueF1(int right, int system, int gold) {
        return system + gold == 0 ? 0 : 2.0 * right / (system + gold);
    }
}
