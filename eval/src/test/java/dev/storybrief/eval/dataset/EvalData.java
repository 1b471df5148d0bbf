package dev.storybrief.eval.dataset;

import dev.storybrief.SharedData;
import dev.storybrief.eval.rouge.RougeResources;
import dev.storybrief.model.Story;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The ROUGE data, the DUC 2004 data set and its clusters' stories, loaded and built once per test run and shared by the tests. */
public final class EvalData {
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
            StoryFactory factory = new StoryFactory();
            List<Story> stories = new ArrayList<>();
            for (EvalCluster cluster : duc2004().clusters()) {
                stories.add(factory.story(cluster));
            }
            ducStories = List.copyOf(stories);
        }
        return ducStories;
    }
}
