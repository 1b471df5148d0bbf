package dev.storybrief.eval.clustering;

import dev.storybrief.Storybrief;
import dev.storybrief.group.StoryCohesion;
import dev.storybrief.group.stories.NameComponents;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.util.SharedFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the briefing's judge of a folder that holds two events of one kind ({@link NameComponents} on the people and
 * places of each article): how often it fires on a folder of one event (wrong: DUC 2004 and Multi-News clusters, ECB+
 * events, of four articles or more), and how often on an ECB+ topic, which holds two events of one kind (right), and
 * whether it then parts them exactly.
 *
 * <pre>{@code
 * java -cp "eval/target/storybrief-eval.jar:eval/target/lib/*" dev.storybrief.eval.clustering.NamedEventsEvaluation \
 *     [--part tuning|held_back]
 * }</pre>
 */
public final class NamedEventsEvaluation {
    private static final int MIN_ARTICLES = 4;
    private static final Storybrief STORYBRIEF = Storybrief.builder().build();

    private NamedEventsEvaluation() {
    }

    /** The groups the judge finds in a folder, as article ids; empty when it finds one event. */
    static List<List<String>> events(List<RawDocument> folder) {
        List<AnalyzedArticle> articles = STORYBRIEF.story("folder", folder, new ArrayList<>()).articles();
        return NameComponents.events(articles.stream().map(a -> NameComponents.peopleAndPlaces(a.entities())).toList())
                .stream().map(event -> event.stream().map(i -> articles.get(i).id()).toList()).toList();
    }

    /** Bars on the words' cut tried for {@link NameComponents#partedByWords}. */
    private static final double[] WORD_BARS = {0.35, 0.40, 0.45, 0.50};

    /**
     * Per bar of {@link #WORD_BARS}, whether the briefing's second judge ({@link NameComponents#partedByWords}, tried
     * when the names find one event) parts the folder, and whether its two groups are each one true event.
     */
    static boolean[][] partedByWords(List<RawDocument> folder, Map<String, String> truth) {
        Story story = STORYBRIEF.story("folder", folder, new ArrayList<>());
        List<AnalyzedArticle> articles = story.articles();
        boolean[][] found = new boolean[2][WORD_BARS.length];
        if (articles.stream().map(AnalyzedArticle::language).distinct().count() > 1
                || !NameComponents.events(articles.stream().map(a -> NameComponents.peopleAndPlaces(a.entities()))
                .toList()).isEmpty()) {
            return found;
        }
        double[][] cosines = StoryCohesion.cosines(story);
        List<java.util.Set<String>> people = articles.stream().map(a -> NameComponents.people(a.entities())).toList();
        for (int bar = 0; bar < WORD_BARS.length; bar++) {
            var cut = NameComponents.partedByWords(cosines, people, WORD_BARS[bar]);
            found[0][bar] = cut.isPresent();
            found[1][bar] = cut.isPresent() && java.util.stream.Stream.of(cut.get().first(), cut.get().second())
                    .allMatch(side -> side.stream().map(i -> truth.get(articles.get(i).id())).distinct().count() == 1);
        }
        return found;
    }

    /** The second judge's fires over folders, per bar: folders parted, and of those parted into true events. */
    private static void partedByWords(String name, Map<String, List<RawDocument>> folders, Map<String, String> truth) {
        int[] parted = new int[WORD_BARS.length];
        int[] exact = new int[WORD_BARS.length];
        int checked = 0;
        for (List<RawDocument> folder : folders.values()) {
            if (folder.size() >= MIN_ARTICLES) {
                checked++;
                boolean[][] found = partedByWords(folder, truth);
                for (int bar = 0; bar < WORD_BARS.length; bar++) {
                    parted[bar] += found[0][bar] ? 1 : 0;
                    exact[bar] += found[1][bar] ? 1 : 0;
                }
            }
        }
        for (int bar = 0; bar < WORD_BARS.length; bar++) {
            System.out.printf(Locale.ROOT, "  %s, parted by words and people below %.2f: %d of %d (each part one event %d)%s%n",
                    name, WORD_BARS[bar], parted[bar], checked, exact[bar],
                    WORD_BARS[bar] == NameComponents.PARTED_BY_WORDS ? "   <- NameComponents.PARTED_BY_WORDS" : "");
        }
    }

    private static Map<String, List<RawDocument>> groupBy(List<RawDocument> docs, Map<String, String> label) {
        Map<String, List<RawDocument>> groups = new TreeMap<>();
        docs.forEach(doc -> groups.computeIfAbsent(label.get(doc.id()), k -> new ArrayList<>()).add(doc));
        return groups;
    }

    /** Folders of one event that the judge calls several, out of those of {@link #MIN_ARTICLES} articles or more. */
    private static void singles(String name, Map<String, List<RawDocument>> folders) {
        int checked = 0;
        int wrong = 0;
        for (var folder : folders.entrySet()) {
            if (folder.getValue().size() >= MIN_ARTICLES) {
                checked++;
                List<List<String>> events = events(folder.getValue());
                if (!events.isEmpty()) {
                    wrong++;
                    System.out.printf(Locale.ROOT, "    %s called %d events%n", folder.getKey(), events.size());
                }
            }
        }
        System.out.printf(Locale.ROOT, "  %s, one event each: called several %d of %d%n", name, wrong, checked);
    }

    /** Public so that the command line reads as the Javadoc says. */
    public static void main(String[] args) {
        DevSplit part = args.length == 2 && args[0].equals("--part")
                ? DevSplit.valueOf(args[1].toUpperCase(Locale.ROOT)) : DevSplit.TUNING;
        Path shared = SharedFolder.require("eval-data").getParent();
        EcbPlus ecb = EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(part);
        int caught = 0;
        int exact = 0;
        Map<String, List<RawDocument>> topics = groupBy(ecb.articles(), ecb.topics());
        for (var topic : topics.entrySet()) {
            List<List<String>> events = events(topic.getValue());
            caught += events.isEmpty() ? 0 : 1;
            exact += !events.isEmpty() && events.stream().allMatch(event -> event.stream()
                    .map(ecb.events()::get).distinct().count() == 1) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%s part%n  ECB+ topics (two events of one kind): called several %d of %d, every group one"
                + " event %d%n", part, caught, topics.size(), exact);
        singles("ECB+ events", groupBy(ecb.articles(), ecb.events()));
        ArticleStream stream = StoryClusteringEvaluation.evaluationStream(shared, part, StoryClusteringEvaluation.SEED);
        singles("DUC 2004 + Multi-News clusters", groupBy(stream.articles(), stream.truth()));
        partedByWords("ECB+ topics (two events: right)", topics, ecb.events());
        partedByWords("ECB+ events (one: wrong)", groupBy(ecb.articles(), ecb.events()), ecb.events());
        partedByWords("DUC 2004 + Multi-News clusters (one: wrong)", groupBy(stream.articles(), stream.truth()),
                stream.truth());
    }
}
