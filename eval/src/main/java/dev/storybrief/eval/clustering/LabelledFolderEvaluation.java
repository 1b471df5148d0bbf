package dev.storybrief.eval.clustering;

import dev.storybrief.Storybrief;
import dev.storybrief.clean.FoundDocument;
import dev.storybrief.analyze.language.LanguageIdentifier;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.RawDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What {@code storybrief stories} does with a folder of articles whose file names say their story
 * ({@code STORY-x.txt}: "zh-rain-a.txt" and "zh-rain-b.txt" are one story), and how far apart the term chains put
 * same-story and different-story articles. Made for the made-up Chinese, Japanese and Korean articles in
 * {@code core/src/test/resources/dev/storybrief/cjk} (a tuning folder and a held-back one), usable on any folder so
 * named.
 *
 * <p>The cosine is of each article's whole text, sublinear term frequency times {@code ln(N / df)} over the folder's
 * {@code N} articles, with the term chain of the article's identified language: the weighting of the grouping's
 * vectors ({@code SparseVector}), without its incremental IDF and term cut, so that a pair's figure does not depend
 * on reading order. Only pairs of one language are counted.
 *
 * <pre>{@code
 * java -cp "eval/target/storybrief-eval.jar:eval/target/lib/*" dev.storybrief.eval.clustering.LabelledFolderEvaluation \
 *     core/src/test/resources/dev/storybrief/cjk/tuning
 * }</pre>
 */
public final class LabelledFolderEvaluation {
    private LabelledFolderEvaluation() {
    }

    /** The story of an article named {@code STORY-x}. */
    static String storyOf(String id) {
        int dash = id.lastIndexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }

    /** Prints the cosines by language, the stories found and their B-cubed against the file names. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: LabelledFolderEvaluation FOLDER (articles named STORY-x.txt)");
            System.exit(2);
        }
        Ingested read = new InputReader().read(List.of(Path.of(args[0])));
        read.problems().forEach(p -> System.err.println(p));
        // as storybrief stories reads them: grouped on the cleaned text under the found headline
        List<RawDocument> articles = Storybrief.builder().build().findMetadata(read.documents()).stream()
                .map(FoundDocument::forGrouping).toList();
        Map<String, String> truth = new LinkedHashMap<>();
        articles.forEach(a -> truth.put(a.id(), storyOf(a.id())));
        printCosines(articles, truth);
        List<StoryGroup> stories = new StoryClusterer(StoryOptions.defaults()).addAll(articles).stories();
        Map<String, String> predicted = StoryClusteringEvaluation.storyOfArticle(stories);
        stories.forEach(s -> System.out.println("story: " + String.join(" ", s.allIds().stream().sorted().toList())));
        BCubed.BCubedScore score = BCubed.score(predicted, truth);
        System.out.printf(Locale.ROOT, "%d articles, %d true stories, %d found, %d found exactly; B-cubed P %.3f R %.3f F1 %.3f%n",
                articles.size(), Set.copyOf(truth.values()).size(), stories.size(), exactly(predicted, truth),
                score.precision(), score.recall(), score.f1());
    }

    /**
     * How many true stories came out as one group of exactly their articles.
     *
     * @param predicted each article's found story
     * @param truth     each article's true story
     */
    static int exactly(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Set<String>> found = new HashMap<>();
        predicted.forEach((id, story) -> found.computeIfAbsent(story, k -> new java.util.HashSet<>()).add(id));
        Map<String, Set<String>> wanted = new HashMap<>();
        truth.forEach((id, story) -> wanted.computeIfAbsent(story, k -> new java.util.HashSet<>()).add(id));
        return (int) found.values().stream().filter(wanted::containsValue).count();
    }

    private static void printCosines(List<RawDocument> articles, Map<String, String> truth) {
        LanguageIdentifier identifier = new LanguageIdentifier();
        List<String> languages = new ArrayList<>();
        List<Map<String, Double>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (RawDocument a : articles) {
            String language = identifier.identify(a.text()).code();
            Map<String, Double> counts = new HashMap<>();
            TermChains.standard().forLanguage(language).terms(a.text()).forEach(t -> counts.merge(t, 1.0, Double::sum));
            counts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            languages.add(language);
            tf.add(counts);
        }
        int n = articles.size();
        List<Map<String, Double>> vectors = tf.stream().map(counts -> {
            Map<String, Double> v = new HashMap<>();
            counts.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * Math.log((double) n / df.get(t))));
            return v;
        }).toList();
        Map<String, List<Double>> same = new TreeMap<>();
        Map<String, List<Double>> different = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!languages.get(i).equals(languages.get(j))) {
                    continue;
                }
                boolean together = truth.get(articles.get(i).id()).equals(truth.get(articles.get(j).id()));
                (together ? same : different).computeIfAbsent(languages.get(i), k -> new ArrayList<>())
                        .add(cosine(vectors.get(i), vectors.get(j)));
            }
        }
        for (String language : new java.util.TreeSet<>(languages)) {
            System.out.printf(Locale.ROOT, "%s (%s): same-story pairs %s; different-story pairs %s%n", language,
                    TermChains.standard().forLanguage(language).description(), summary(same.get(language)),
                    summary(different.get(language)));
        }
    }

    private static String summary(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return "none";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%d, min %.2f median %.2f max %.2f", sorted.size(), sorted.get(0),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double norms = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum()
                * b.values().stream().mapToDouble(x -> x * x).sum());
        return norms == 0 ? 0 : dot / norms;
    }
}
