package dev.storybrief.eval.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * System averages with bootstrap confidence intervals exactly as ROUGE-1.5.5 computes them with
 * {@code -t 0} ({@code computeAverages} and {@code bootstrapResampling}):
 * <ol>
 *   <li>the topics' rounded R, P and F are ordered by Perl string order of {@code "<evalID>.<peerID>"};</li>
 *   <li>for seed s = 0 .. r-1: {@code srand(s)}, then N draws of {@code int(rand(N))} with replacement
 *       (N topics); the sample means of R, P and F use the same draws;</li>
 *   <li>each of the r means is sorted ascending; the printed average is the mean of the sorted means
 *       (not the plain mean of the topics);</li>
 *   <li>with delta = r (100 - c) / 200 the bounds are {@code sorted[int(delta)]} and
 *       {@code sorted[int(r - delta - 1)]}, each plus the scorer's interpolation term (zero for r=1000, c=95).</li>
 * </ol>
 * The random numbers are Perl's drand48 ({@link PerlDrand48}). Immutable and thread-safe.
 */
public final class BootstrapAverager {
    /** {@code -r 1000}. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** {@code -c 95}. */
    public static final double DEFAULT_CONFIDENCE = 95.0;

    private static final Comparator<String> PERL_STRING_ORDER = BootstrapAverager::compareCodePoints;

    private final int resamples;
    private final double confidence;
    private final long firstSeed;

    /** The scorer's defaults: 1000 resamples, 95% interval, seeds 0..999. */
    public BootstrapAverager() {
        this(DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, 0);
    }

    /** Any resample count and confidence level, seeds 0..resamples-1 like the scorer. */
    public BootstrapAverager(int resamples, double confidencePercent) {
        this(resamples, confidencePercent, 0);
    }

    /**
     * Any resample count, confidence level and first seed (resample i uses {@code srand(firstSeed + i)};
     * the scorer always starts at 0).
     *
     * @throws RougeOptionsException when resamples is below 1 or the level is outside [0, 100]
     */
    public BootstrapAverager(int resamples, double confidencePercent, long firstSeed) {
        if (resamples < 1) {
            throw new RougeOptionsException("resample count must be at least 1, got " + resamples);
        }
        if (!(confidencePercent >= 0 && confidencePercent <= 100)) {
            throw new RougeOptionsException("confidence must be between 0 and 100, got " + confidencePercent);
        }
        this.resamples = resamples;
        this.confidence = confidencePercent;
        this.firstSeed = firstSeed;
    }

    /**
     * Averages the topics of one system.
     *
     * @throws RougeException when the list is empty, mixes peers, or repeats a topic
     */
    public SystemAverage average(List<TopicScore> topics) {
        if (topics.isEmpty()) {
            throw new RougeException("no topics to average");
        }
        String peerId = topics.get(0).peerId();
        for (TopicScore topic : topics) {
            if (!topic.peerId().equals(peerId)) {
                throw new RougeException("topics of several peers (" + peerId + ", " + topic.peerId()
                        + "); use averageByPeer");
            }
        }
        List<TopicScore> ordered = inPerlOrder(topics);
        Map<RougeMetric, MetricAverage> metrics = new EnumMap<>(RougeMetric.class);
        for (RougeMetric metric : RougeMetric.values()) {
            List<double[]> figures = new ArrayList<>(ordered.size());
            for (TopicScore topic : ordered) {
                RougeFigure figure = topic.result().figure(metric);
                figures.add(new double[] {figure.recall(), figure.precision(), figure.f()});
            }
            metrics.put(metric, averageFigures(figures));
        }
        return new SystemAverage(peerId, ordered.size(), confidenceLabel(), metrics);
    }

    /** Averages one system's results keyed by evaluation (topic) ID. */
    public SystemAverage average(String peerId, Map<String, RougeResult> resultsByEvalId) {
        List<TopicScore> topics = new ArrayList<>(resultsByEvalId.size());
        resultsByEvalId.forEach((evalId, result) -> topics.add(new TopicScore(evalId, peerId, result)));
        return average(topics);
    }

    /** Groups topics by peer and averages each group; peers come in Perl's sorted order. */
    public Map<String, SystemAverage> averageByPeer(List<TopicScore> topics) {
        Map<String, List<TopicScore>> byPeer = new TreeMap<>(PERL_STRING_ORDER);
        for (TopicScore topic : topics) {
            byPeer.computeIfAbsent(topic.peerId(), k -> new ArrayList<>()).add(topic);
        }
        Map<String, SystemAverage> averages = new LinkedHashMap<>();
        byPeer.forEach((peer, peerTopics) -> averages.put(peer, average(peerTopics)));
        return averages;
    }

    /**
     * The bootstrap of one metric over per-topic {R, P, F} triples, taken in the given order (the scorer's
     * order is that of {@link #average}). Values should already be rounded like the printed figures.
     */
    public MetricAverage averageFigures(List<double[]> topicRpf) {
        int n = topicRpf.size();
        double[][] means = new double[3][resamples];
        PerlDrand48 random = new PerlDrand48(firstSeed);
        for (int s = 0; s < resamples; s++) {
            random.srand(firstSeed + s);
            double r = 0;
            double p = 0;
            double f = 0;
            for (int k = 0; k < n; k++) {
                double[] drawn = topicRpf.get(random.nextIndex(n));
                r += drawn[0];
                p += drawn[1];
                f += drawn[2];
            }
            if (n > 0) {
                r /= n;
                p /= n;
                f /= n;
            }
            means[0][s] = r;
            means[1][s] = p;
            means[2][s] = f;
        }
        return new MetricAverage(summarize(means[0]), summarize(means[1]), summarize(means[2]));
    }

    private BootstrapFigure summarize(double[] sampleMeans) {
        double[] sorted = sampleMeans.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double mean : sorted) {
            sum += mean;
        }
        double delta = resamples * ((100 - confidence) / 2.0) / 100.0;
        int upperA = (int) (resamples - delta - 1);
        int lowerA = (int) delta;
        double ratio = resamples - delta - 1 - upperA;
        double low = interpolate(sorted, lowerA, ratio);
        double high = interpolate(sorted, upperA, ratio);
        return new BootstrapFigure(PerlRounding.round5(sum / sorted.length), PerlRounding.round5(low),
                PerlRounding.round5(high));
    }

    /** {@code a[i] + (a[i+1] - a[i]) * ratio} with Perl's array semantics (negative index from the end, undef = 0). */
    private static double interpolate(double[] sorted, int index, double ratio) {
        double at = perlElement(sorted, index);
        return at + (perlElement(sorted, index + 1) - at) * ratio;
    }

    private static double perlElement(double[] values, int index) {
        int i = index < 0 ? index + values.length : index;
        return i >= 0 && i < values.length ? values[i] : 0.0;
    }

    private String confidenceLabel() {
        return confidence == Math.rint(confidence) ? Long.toString((long) confidence) : Double.toString(confidence);
    }

    private static List<TopicScore> inPerlOrder(List<TopicScore> topics) {
        Set<String> seen = new HashSet<>();
        for (TopicScore topic : topics) {
            if (!seen.add(topic.testId())) {
                throw new RougeException("topic " + topic.testId() + " appears twice");
            }
        }
        List<TopicScore> ordered = new ArrayList<>(topics);
        ordered.sort(Comparator.comparing(TopicScore::testId, PERL_STRING_ORDER));
        return ordered;
    }

    /** Perl's {@code cmp} on character strings: code point order (the same as UTF-8 byte order). */
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
