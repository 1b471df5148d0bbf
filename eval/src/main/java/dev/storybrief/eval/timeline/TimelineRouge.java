package dev.storybrief.eval.timeline;

import dev.storybrief.eval.metric.PrecisionRecall;
import dev.storybrief.eval.rouge.RougeFigure;
import dev.storybrief.eval.rouge.RougeOptions;
import dev.storybrief.eval.rouge.RougeResources;
import dev.storybrief.eval.rouge.RougeResult;
import dev.storybrief.eval.rouge.RougeScorer;
import dev.storybrief.eval.rouge.RougeTokenizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ROUGE variants for timelines of Martschat &amp; Markert (EACL 2017, "Improving ROUGE for timeline
 * summarization"), as tilse's {@code TimelineRougeEvaluator} computes them, against one or more reference timelines
 * (a tilse {@code GroundTruth}).
 *
 * <p>Counts come from this project's ROUGE-1.5.5 (tilse runs the Perl scorer with {@code -m -s -f A -t 2}: Porter
 * stemming, SMART stop words removed, counts pooled over references, raw counts); each sentence is one unit. With N
 * reference timelines, every reference timeline is a reference for every date (empty where it has no such date), so a
 * peer's count is N times its n-grams, as in tilse. Precision and recall are ratios of the summed counts, not rounded.
 * <ul>
 *   <li>{@link #concat}: all sentences of each timeline concatenated, scored as one summary.</li>
 *   <li>{@link #agreement}: only sentences of the same date are compared.</li>
 *   <li>{@link #alignManyToOne} ("align+ m:1", tilse's {@code align_date_content_costs_many_to_one}, the
 *       alignment-based ROUGE that news-tls reports as AR-1/AR-2): each predicted date is aligned to the reference
 *       date of least cost for precision, each reference date to the predicted date of least cost for recall; the cost
 *       of a pair is {@code (1 - 1/(|days apart| + 1)) * (1 - approximate ROUGE-1 F1 of their sentences)} (ties go to
 *       the earliest date); the hits of an aligned pair count {@code 1/(|days apart| + 1)} times.</li>
 * </ul>
 * Thread-safe.
 */
public final class TimelineRouge {
    private final RougeScorer scorer;

    /** Scores with ROUGE-1.5.5's stop word list and stemmer from {@code resources}. */
    public TimelineRouge(RougeResources resources) {
        this.scorer = new RougeScorer(RougeOptions.builder().stem(true).removeStopwords(true).build(), resources);
    }

    /** ROUGE-1 and ROUGE-2 precision and recall of one variant. */
    public record Scores(PrecisionRecall rouge1, PrecisionRecall rouge2) {
    }

    /** The 'concat' variant. */
    public Scores concat(Timeline predicted, List<Timeline> references) {
        RougeResult result = score(predicted.allSentences(), references.stream().map(Timeline::allSentences).toList());
        Counts counts = new Counts();
        counts.addPrecision(result, 1);
        counts.addRecall(result, 1);
        return counts.scores();
    }

    /** The 'agreement' variant: sentences compared date by date, over the dates of either side. */
    public Scores agreement(Timeline predicted, List<Timeline> references) {
        Counts counts = new Counts();
        TreeSet<LocalDate> referenceDates = referenceDates(references);
        TreeSet<LocalDate> all = new TreeSet<>(referenceDates);
        all.addAll(predicted.dates());
        for (LocalDate date : all) {
            RougeResult result = score(predicted.sentences(date), at(references, date));
            if (predicted.dates().contains(date)) {
                counts.addPrecision(result, 1);
            }
            if (referenceDates.contains(date)) {
                counts.addRecall(result, 1);
            }
        }
        return counts.scores();
    }

    /** The 'align+ m:1' variant (news-tls's AR-1 and AR-2). */
    public Scores alignManyToOne(Timeline predicted, List<Timeline> references) {
        List<LocalDate> predDates = new ArrayList<>(predicted.dates());
        List<LocalDate> refDates = new ArrayList<>(referenceDates(references));
        double[][] cost = new double[predDates.size()][refDates.size()];
        for (int i = 0; i < predDates.size(); i++) {
            for (int j = 0; j < refDates.size(); j++) {
                double dateFactor = 1 - weight(predDates.get(i), refDates.get(j));
                double contentFactor = 1 - ContentOverlap.rouge1(predicted.sentences(predDates.get(i)),
                        at(references, refDates.get(j)));
                cost[i][j] = dateFactor * contentFactor;
            }
        }
        Map<Long, RougeResult> pairs = new HashMap<>();
        Counts counts = new Counts();
        for (int i = 0; i < predDates.size(); i++) {
            int j = argminInRow(cost, i);
            if (j < 0) {
                counts.addPrecision(score(predicted.sentences(predDates.get(i)), emptyReferences(references.size())), 1);
            } else {
                counts.addPrecision(pair(pairs, predicted, references, predDates, refDates, i, j),
                        weight(predDates.get(i), refDates.get(j)));
            }
        }
        for (int j = 0; j < refDates.size(); j++) {
            int i = argminInColumn(cost, j);
            if (i < 0) {
                counts.addRecall(score(List.of(), at(references, refDates.get(j))), 1);
            } else {
                counts.addRecall(pair(pairs, predicted, references, predDates, refDates, i, j),
                        weight(predDates.get(i), refDates.get(j)));
            }
        }
        return counts.scores();
    }

    private RougeResult pair(Map<Long, RougeResult> cache, Timeline predicted, List<Timeline> references,
                             List<LocalDate> predDates, List<LocalDate> refDates, int i, int j) {
        return cache.computeIfAbsent(((long) i << 32) | j,
                k -> score(predicted.sentences(predDates.get(i)), at(references, refDates.get(j))));
    }

    /** {@code 1 / (|days apart| + 1)}: 1 on the same day, 1/2 a day apart. */
    static double weight(LocalDate a, LocalDate b) {
        return 1.0 / (Math.abs(ChronoUnit.DAYS.between(a, b)) + 1);
    }

    private static int argminInRow(double[][] cost, int row) {
        int best = -1;
        for (int j = 0; j < cost[row].length; j++) {
            if (best < 0 || cost[row][j] < cost[row][best]) {
                best = j;
            }
        }
        return best;
    }

    private static int argminInColumn(double[][] cost, int column) {
        int best = -1;
        for (int i = 0; i < cost.length; i++) {
            if (best < 0 || cost[i][column] < cost[best][column]) {
                best = i;
            }
        }
        return best;
    }

    private static TreeSet<LocalDate> referenceDates(List<Timeline> references) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        references.forEach(r -> dates.addAll(r.dates()));
        return dates;
    }

    /** Every reference timeline's sentences on a date (an empty list where it has none). */
    private static List<List<String>> at(List<Timeline> references, LocalDate date) {
        return references.stream().map(r -> r.sentences(date)).toList();
    }

    private static List<List<String>> emptyReferences(int n) {
        List<List<String>> empty = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            empty.add(List.of());
        }
        return empty;
    }

    private RougeResult score(List<String> predicted, List<List<String>> references) {
        return scorer.score(units(predicted), references.stream().map(TimelineRouge::units).toList());
    }

    private static List<String> units(List<String> sentences) {
        List<String> units = new ArrayList<>();
        sentences.forEach(s -> units.addAll(RougeTokenizer.splitUnits(s)));
        return units;
    }

    /** Weighted hit, peer and model counts of ROUGE-1 and ROUGE-2, summed over compared pairs. */
    private static final class Counts {
        private final double[] precisionHits = new double[2];
        private final double[] peer = new double[2];
        private final double[] recallHits = new double[2];
        private final double[] model = new double[2];

        void addPrecision(RougeResult result, double weight) {
            add(result.rouge1(), 0, weight, true);
            add(result.rouge2(), 1, weight, true);
        }

        void addRecall(RougeResult result, double weight) {
            add(result.rouge1(), 0, weight, false);
            add(result.rouge2(), 1, weight, false);
        }

        private void add(RougeFigure figure, int n, double weight, boolean precision) {
            if (precision) {
                precisionHits[n] += weight * figure.hitCount();
                peer[n] += figure.peerCount();
            } else {
                recallHits[n] += weight * figure.hitCount();
                model[n] += figure.modelCount();
            }
        }

        Scores scores() {
            return new Scores(PrecisionRecall.of(precisionHits[0], peer[0], recallHits[0], model[0]),
                    PrecisionRecall.of(precisionHits[1], peer[1], recallHits[1], model[1]));
        }
    }
}
