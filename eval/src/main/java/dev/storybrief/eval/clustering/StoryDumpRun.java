package dev.storybrief.eval.clustering;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.util.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A diagnostic: groups one tuning stream with {@code -Dstorybrief.dumpStories=FILE} set (the stories before the
 * two-event split, see core's StoryDump) and writes the truth beside it as {@code FILE.truth} (id, tab, label).
 *
 * <pre>{@code java ... StoryDumpRun duc|ecbplus|mixed SEED FILE}</pre>
 */
public final class StoryDumpRun {
    private StoryDumpRun() {
    }

    /** Runs it. */
    public static void main(String[] args) throws IOException {
        Path shared = SharedFolder.require("eval-data").getParent();
        long seed = Long.parseLong(args[1]);
        ArticleStream stream = switch (args[0]) {
            case "ecbplus" -> EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(DevSplit.TUNING)
                    .stream(seed);
            case "mixed" -> StoryClusteringEvaluation.mixedStream(shared, DevSplit.TUNING, seed);
            default -> StoryClusteringEvaluation.evaluationStream(shared, DevSplit.TUNING, seed);
        };
        System.setProperty("storybrief.dumpStories", args[2]);
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        stream.articles().forEach(clusterer::add);
        clusterer.stories();
        Files.writeString(Path.of(args[2] + ".truth"), stream.truth().entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n")) + "\n");
    }
}
