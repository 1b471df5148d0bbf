package dev.storybrief.eval.dataset;

import dev.storybrief.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared evaluation data beside the repository ({@code ../shared/eval-data}); tests that need it fail,
 * never skip, when it is missing. Stories of the DUC 2004 clusters are built once per test run and shared.
 */
public final class EvalData {
    private static List<Story> ducStories;
    private static EvalDataset duc;

    private EvalData() {
    }

    /** The shared folder: system property {@code storybrief.shared}, else the first {@code shared/} sibling up. */
    public static Path shared() {
        String property = System.getProperty("storybrief.shared");
        if (property != null && Files.isDirectory(Path.of(property, "eval-data"))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("eval-data"))) {
                return candidate;
            }
        }
        throw new AssertionError("../shared/eval-data is missing beside the repository; the evaluation tests need it"
                + " (looked from " + Path.of("").toAbsolutePath() + " and storybrief.shared=" + property + ")");
    }

    /** A path under {@code shared/eval-data}, which must exist. */
    public static Path evalData(String relative) {
        Path p = shared().resolve("eval-data").resolve(relative);
        if (!Files.exists(p)) {
            throw new AssertionError("missing evaluation data " + p);
        }
        return p;
    }

    /** DUC 2004 task 2: {@code duc2004/test.jsonl}. */
    public static Path duc2004File() {
        return evalData("duc2004/test.jsonl");
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
