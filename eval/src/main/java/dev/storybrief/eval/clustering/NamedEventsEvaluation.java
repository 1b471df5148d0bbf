package dev.storybrief.eval.clustering;

import dev.storybrief.Storybrief;
import dev.storybrief.group.stories.NameComponents;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.AnalyzedArticle;
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
                    System.out.printf("    %s called %d events%n", folder.getKey(), events.size());
                }
            }
        }
        System.out.printf("  %s, one event each: called several %d of %d%n", name, wrong, checked);
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
        System.out.printf("%s part%n  ECB+ topics (two events of one kind): called several %d of %d, every group one"
                + " event %d%n", part, caught, topics.size(), exact);
        singles("ECB+ events", groupBy(ecb.articles(), ecb.events()));
        ArticleStream stream = StoryClusteringEvaluation.evaluationStream(shared, part, StoryClusteringEvaluation.SEED);
        singles("DUC 2004 + Multi-News clusters", groupBy(stream.articles(), stream.truth()));
    }
}
