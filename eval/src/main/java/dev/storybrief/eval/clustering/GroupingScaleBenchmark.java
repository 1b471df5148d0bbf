package dev.storybrief.eval.clustering;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How the cost of story grouping grows with the stream: one {@link StoryClusterer} over each given corpus of single
 * articles (JSON Lines, e.g. written by the Spark module's {@code BenchCorpus} from ../shared to /tmp), in file
 * order, printing similarity computations per article and articles per second. Near-linear cost means both stay
 * flat as the stream grows.
 *
 * <pre>{@code
 * java -cp ... dev.storybrief.eval.clustering.GroupingScaleBenchmark /tmp/bench/1000.jsonl /tmp/bench/10000.jsonl
 * }</pre>
 */
public final class GroupingScaleBenchmark {
    private GroupingScaleBenchmark() {
    }

    /**
     * One measured run.
     *
     * @param articles    articles grouped
     * @param stories     stories found
     * @param comparisons similarity computations (article-story scores and signature comparisons)
     * @param seconds     wall time of the grouping (reading the file excluded)
     */
    public record Run(int articles, int stories, long comparisons, double seconds) {
        /** Similarity computations per article. */
        public double comparisonsPerArticle() {
            return comparisons / (double) articles;
        }

        /** Articles grouped per second. */
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /** Groups the articles in order and measures. */
    public static Run run(List<RawDocument> articles, StoryOptions options) {
        long start = System.nanoTime();
        StoryClusterer clusterer = new StoryClusterer(options).addAll(articles);
        int stories = clusterer.stories().size();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(articles.size(), stories, clusterer.comparisons(), seconds);
    }

    /**
     * Arguments: corpus files, smallest first; {@code --cue-sentences N} before them changes the lead read, {@code
     * --refine-rounds N} the rounds of the refinement when the stories are read (0: none, the cost without it).
     */
    public static void main(String[] args) {
        StoryOptions options = StoryOptions.defaults();
        int first = 0;
        while (args.length >= first + 2 && args[first].startsWith("--")) {
            int value = Integer.parseInt(args[first + 1]);
            options = switch (args[first]) {
                case "--cue-sentences" -> options.withCueSentences(value);
                case "--refine-rounds" -> options.withRefinement(value, options.refineMargin());
                default -> throw new IllegalArgumentException("unknown option " + args[first]);
            };
            first += 2;
        }
        if (args.length == first) {
            throw new IllegalArgumentException(
                    "usage: GroupingScaleBenchmark [--cue-sentences N] [--refine-rounds N] <corpus.jsonl>...");
        }
        System.out.printf(Locale.ROOT, "%10s %8s %14s %10s %10s%n", "articles", "stories", "comparisons/a", "seconds", "articles/s");
        for (int i = first; i < args.length; i++) {
            Ingested read = new InputReader(Long.MAX_VALUE).read(List.of(Path.of(args[i])));
            if (!read.problems().isEmpty()) {
                System.err.println(args[i] + ": " + read.problems().size() + " bad lines skipped, first: "
                        + read.problems().get(0).line());
            }
            Run run = run(read.documents(), options);
            System.out.printf(Locale.ROOT, "%10d %8d %14.1f %10.1f %10.0f%n", run.articles(), run.stories(),
                    run.comparisonsPerArticle(), run.seconds(), run.articlesPerSecond());
        }
    }
}
