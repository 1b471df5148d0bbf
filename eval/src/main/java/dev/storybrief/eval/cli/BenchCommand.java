package dev.storybrief.eval.cli;

import dev.storybrief.eval.dataset.EvalCluster;
import dev.storybrief.eval.dataset.EvalDataset;
import dev.storybrief.eval.run.BriefingBench;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storybrief bench}: time the whole briefing (summary and all insights) per cluster, after warm-up.
 * Registered in the command line's {@code plugin-commands.txt}, which also holds its one-line description.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "<dir-or-file>", description = "Clusters to brief (.jsonl or a folder).")
    Path dataset;

    @Option(names = "--words", defaultValue = "120", description = "Summary budget (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N clusters.")
    Integer limit;

    @Override
    public Integer call() {
        if (words < 1 || warmup < 0 || rounds < 1) {
            throw new IllegalArgumentException("--words and --rounds must be positive, --warmup not negative");
        }
        List<EvalCluster> clusters = EvalDataset.load(dataset).clusters();
        if (limit != null) {
            clusters = clusters.subList(0, Math.min(limit, clusters.size()));
        }
        BriefingBench.Timing timing = new BriefingBench(words).run(clusters, warmup, rounds);
        spec.commandLine().getOut().println(clusters.size() + " clusters, " + timing.line());
        return 0;
    }
}
