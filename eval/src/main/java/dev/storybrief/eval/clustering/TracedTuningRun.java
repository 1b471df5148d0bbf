package dev.storybrief.eval.clustering;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.util.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One grouping of a tuning part with the arrival trace on, as the error tools ({@link ArrivalErrors},
 * {@link SplitErrors}) read it: the stream grouped, the stories made and the trace's lines.
 *
 * @param stream the tuning part's shuffled stream, with its gold labels
 * @param stories the stories grouping made of it
 * @param trace the arrival trace's lines, one per article
 */
record TracedTuningRun(ArticleStream stream, List<StoryGroup> stories, List<String> trace) {

    /**
     * Reads {@code [--ecbplus] [--seed N]} and groups that set's tuning part; exits with a usage line naming
     * {@code tool} on any other argument.
     */
    static TracedTuningRun of(String tool, String[] args) throws IOException {
        long seed = StoryClusteringEvaluation.SEED;
        boolean ecbPlus = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--ecbplus" -> ecbPlus = true;
                default -> {
                    System.err.println("usage: " + tool + " [--ecbplus] [--seed N] (tuning part only)");
                    System.exit(2);
                }
            }
        }
        Path trace = Files.createTempFile("arrivals", ".tsv");
        // read by core when the grouping first runs, so it is set before the clusterer exists
        System.setProperty("storybrief.traceArrivals", trace.toString());
        Path shared = SharedFolder.require("eval-data").getParent();
        ArticleStream stream = ecbPlus
                ? EcbPlus.load(shared.resolve("eval-data/ecbplus/articles.jsonl")).part(DevSplit.TUNING).stream(seed)
                : StoryClusteringEvaluation.evaluationStream(shared, DevSplit.TUNING, seed);
        List<StoryGroup> stories = new StoryClusterer(StoryOptions.defaults()).addAll(stream.articles()).stories();
        List<String> lines = Files.readAllLines(trace);
        Files.deleteIfExists(trace);
        return new TracedTuningRun(stream, stories, lines);
    }
}
