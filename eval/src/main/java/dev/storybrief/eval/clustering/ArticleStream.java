package dev.storybrief.eval.clustering;

import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalDataset;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Evaluation clusters taken apart into one shuffled stream of single articles, with the cluster each came from kept
 * aside as the truth. The cluster label is removed from the articles, so a clusterer sees what it would see in a
 * feed.
 *
 * @param articles the articles, shuffled
 * @param truth    article id to the id of its true cluster
 * @param dataset  article id to the name of the data set it came from
 * @param seed     the shuffle seed
 */
public record ArticleStream(List<RawDocument> articles, Map<String, String> truth, Map<String, String> dataset,
                            long seed) {

    public ArticleStream {
        articles = List.copyOf(articles);
        truth = Map.copyOf(truth);
        dataset = Map.copyOf(dataset);
    }

    /**
     * All articles of the named data sets, shuffled with {@code seed}. An article that a data set puts in two
     * clusters (DUC 2004 does so for 11 articles) is in the stream twice, as two copies; the second gets the id
     * {@code <id>@<cluster>}, so each copy has one true cluster. Copies always end up in one story, so no clusterer
     * can score perfectly on such data.
     */
    public static ArticleStream shuffled(Map<String, EvalDataset> datasets, long seed) {
        return shuffled(datasets, DevSplit.ALL, seed);
    }

    /** The articles of one part of each data set's clusters, shuffled with {@code seed}; see the other overload. */
    public static ArticleStream shuffled(Map<String, EvalDataset> datasets, DevSplit split, long seed) {
        List<RawDocument> articles = new ArrayList<>();
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, String> dataset = new LinkedHashMap<>();
        for (Map.Entry<String, EvalDataset> set : datasets.entrySet()) {
            List<EvalCluster> clusters = set.getValue().clusters();
            for (int position = 0; position < clusters.size(); position++) {
                if (!split.holds(position)) {
                    continue;
                }
                EvalCluster cluster = clusters.get(position);
                for (RawDocument doc : cluster.documents()) {
                    String id = truth.containsKey(doc.id()) ? doc.id() + "@" + cluster.id() : doc.id();
                    truth.put(id, set.getKey() + "/" + cluster.id());
                    dataset.put(id, set.getKey());
                    articles.add(asSingleArticle(doc, id));
                }
            }
        }
        Collections.shuffle(articles, new Random(seed));
        return new ArticleStream(articles, truth, dataset, seed);
    }

    /** The articles of the named true clusters only, in this stream's order (sub-streams of one run). */
    public ArticleStream ofClusters(java.util.Set<String> labels) {
        List<RawDocument> kept = articles.stream().filter(d -> labels.contains(truth.get(d.id()))).toList();
        Map<String, String> keptTruth = new LinkedHashMap<>();
        Map<String, String> keptDataset = new LinkedHashMap<>();
        kept.forEach(d -> {
            keptTruth.put(d.id(), truth.get(d.id()));
            keptDataset.put(d.id(), dataset.get(d.id()));
        });
        return new ArticleStream(kept, keptTruth, keptDataset, seed);
    }

    /**
     * The id of the text an article of the stream copies: for the second copy of a text that its data set puts in two
     * clusters ({@code <id>@<cluster>}, see {@link #shuffled}) the first copy's id, else the id itself.
     */
    public String textOf(String id) {
        int at = id.lastIndexOf('@');
        if (at <= 0) {
            return id;
        }
        String first = id.substring(0, at);
        String label = truth.get(id);
        // only a copy made by shuffled(): its first copy is in the stream and its suffix is its own cluster's id
        return truth.containsKey(first) && label != null && label.endsWith("/" + id.substring(at + 1)) ? first : id;
    }

    /** The true cluster labels of the articles from one data set only. */
    public Map<String, String> truthOf(String datasetName) {
        Map<String, String> subset = new LinkedHashMap<>();
        truth.forEach((id, label) -> {
            if (dataset.get(id).equals(datasetName)) {
                subset.put(id, label);
            }
        });
        return subset;
    }

    private static RawDocument asSingleArticle(RawDocument doc, String id) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.putAll(doc.meta());
        meta.remove(MetaKey.CLUSTER);
        return new RawDocument(id, doc.path(), doc.format(), doc.text(), meta);
    }
}
