package dev.storybrief.group.stories;

import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins stories told in different languages. Articles are compared through the term chain of their own language, so
 * a French and a Czech report of one event meet only on what translation keeps: the names and numbers of
 * {@link Anchors}. Two stories are joined when they share no language (within one language the words already had
 * their say), their time spans meet, they share at least {@link #MIN_SHARED} anchors, and the cosine of their
 * IDF-weighted anchor centroids is at least {@link #MIN_SIMILARITY}. The pairs are found among the stories as the
 * clusterer left them, so every join rests on a comparison across languages; two parts of one story in one language
 * that each match a part in another language end up joined through it. Candidate pairs come from an inverted index
 * of anchors, never all pairs.
 */
final class LanguageBridge {
    /**
     * Fewest shared anchors: two reports of one event name at least who and where, or who and how many; two events of
     * one kind commonly share one name (a country) and a year. Dates do not count ({@link Anchors#isDate}): stories
     * of one day share them, so dates alone never join.
     */
    static final int MIN_SHARED = 3;
    /**
     * Least cosine of the IDF-weighted anchor centroids: a fifth of the weight in common. Not fitted: on MultiLing
     * (French and Czech) no pair of different stories passed even at 0.05, and every value from 0.05 to 0.2 joins
     * about as many (see docs/BENCHMARKS.md); the time window and the shared names keep events apart.
     */
    static final double MIN_SIMILARITY = 0.2;
    private final StoryOptions options;
    private final IncrementalIdf idf;

    /**
     * A bridge over one clusterer's stories.
     *
     * @param idf the stream's IDF of anchors
     */
    LanguageBridge(StoryOptions options, IncrementalIdf idf) {
        this.options = options;
        this.idf = idf;
    }

    private record Pair(int left, int right, double similarity) {
    }

    /** Joins, among these live stories, those that tell one story in different languages. */
    void join(List<StoryCluster> stories) {
        List<Map<String, Double>> anchors = new ArrayList<>();
        List<Set<String>> languages = new ArrayList<>();
        for (StoryCluster story : stories) {
            anchors.add(story.anchors(options.vectorTerms(), idf).asMap());
            languages.add(new TreeSet<>(story.languages()));
        }
        if (languages.stream().flatMap(Set::stream).distinct().count() < 2) {
            return;
        }
        int[] root = new int[stories.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (Pair pair : candidatePairs(stories, anchors, languages)) {
            int left = find(root, pair.left());
            int right = find(root, pair.right());
            if (left == right) {
                continue;
            }
            int home = stories.get(left).size() >= stories.get(right).size() ? left : right;
            int other = home == left ? right : left;
            stories.get(home).absorb(stories.get(other));
            root[other] = home;
        }
    }

    /** Pairs in different languages, near in time, sharing enough anchors, most similar first. */
    private List<Pair> candidatePairs(List<StoryCluster> stories, List<Map<String, Double>> anchors,
                                      List<Set<String>> languages) {
        Map<String, List<Integer>> byAnchor = new HashMap<>();
        for (int i = 0; i < anchors.size(); i++) {
            for (String anchor : anchors.get(i).keySet()) {
                byAnchor.computeIfAbsent(anchor, a -> new ArrayList<>()).add(i);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            int left = i;
            Map<Integer, Integer> shared = new HashMap<>();
            for (String anchor : anchors.get(left).keySet()) {
                List<Integer> postings = byAnchor.get(anchor);
                // a shared date adds to the similarity but is no shared fact: two stories of one day share it
                if (postings.size() <= options.maxPostings() && !Anchors.isDate(anchor)) {
                    postings.stream().filter(j -> j > left).forEach(j -> shared.merge(j, 1, Integer::sum));
                }
            }
            shared.forEach((j, count) -> {
                if (count >= MIN_SHARED && disjoint(languages.get(left), languages.get(j))
                        && stories.get(left).overlaps(stories.get(j))) {
                    double similarity = TermVector.dot(anchors.get(left), anchors.get(j));
                    if (similarity >= MIN_SIMILARITY) {
                        pairs.add(new Pair(left, j, similarity));
                    }
                }
            });
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::left).thenComparingInt(Pair::right));
        return pairs;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            i = root[i];
        }
        return i;
    }
}
