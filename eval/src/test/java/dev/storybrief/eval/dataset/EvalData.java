package dev.storybrief.eval.dataset;

import dev.storybrief.SharedData;
import dev.storybrief.eval.rouge.RougeResources;
import dev.storybrief.model.Story;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ROUGE data, the DUC 2004 data set and the stories of evaluation clusters, loaded and built once per test JVM
 * and shared by the tests: reading and analysing a cluster is most of what a test that scores it costs, and several
 * test classes score the same DUC 2004 and Multi-News clusters.
 */
public final class EvalData {
    /** Stories by their cluster (id, documents and references compared): the same cluster read twice is one entry. */
    private static final Map<EvalCluster, Story> STORIES = new ConcurrentHashMap<>();
    private static final StoryFactory FACTORY = new StoryFactory();
    private static List<Story> ducStories;
    private static EvalDataset duc;
    private static RougeResources rouge;

    private EvalData() {
    }

    /** The ROUGE scorer's data files (stopwords, WordNet exceptions) from {@code eval-data/rouge-vectors}, loaded once. */
    public static synchronized RougeResources rouge() {
        if (rouge == null) {
            rouge = RougeResources.load(SharedData.evalData("rouge-vectors/rouge-data"));
        }
        return rouge;
    }

    /** DUC 2004 task 2: {@code duc2004/test.jsonl}. */
    public static Path duc2004File() {
        return SharedData.evalData("duc2004/test.jsonl");
    }

    /** The DUC 2004 data set, loaded once. */
    public static synchronized EvalDataset duc2004() {
        if (duc == null) {
            duc = EvalDataset.load(duc2004File());
        }
        return duc;
    }

    /** The stories of all 50 DUC 2004 clusters, in file order, built once. */
    public static synchronized List<Story> ducStories() {
        if (ducStories == null) {
            List<Story> stories = new ArrayList<>();
            for (EvalCluster cluster : duc2004().clusters()) {
                stories.add(story(cluster));
            }
            ducStories = List.copyOf(stories);
        }
        return ducStories;
    }

    /**
     * The story {@link StoryFactory#story(EvalCluster)} builds of {@code cluster}, built once per JVM (pass
     * {@code EvalData::story} to {@link dev.storybrief.eval.run.EvalRunner}). Stories are read, never changed, by
     * summarizers and finders, so sharing one between tests changes no figure.
     */
    public static Story story(EvalCluster cluster) {
        Story known = STORIES.get(cluster);
        if (known != null) {
            return known;
        }
        // built outside the map's lock: the runner's threads build different clusters at the same time
        Story built = FACTORY.story(cluster);
        Story raced = STORIES.putIfAbsent(cluster, built);
        return raced != null ? raced : built;
    }
}
