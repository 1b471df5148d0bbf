package dev.storybrief.cli;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Annotates one made-up sentence on a spare core while the command line is still being parsed, so that the
 * sentence model, the word lists and the analysis chains are loaded by the time the real articles arrive. On a
 * machine with one core it only moves the same work earlier; the models are loaded once per process either way.
 */
final class Warmup {
    /** The commands that annotate articles and so need the models. */
    private static final Set<String> ANNOTATING = Set.of("brief", "annotate", "stories");
    private static final String SAMPLE =
            "NATO said on Monday that \"the mission is over\", after nearly 10,000 sorties over Libya.";

    private Warmup() {
    }

    /** Starts the warm-up when the first argument names a command that annotates articles; the thread, if any. */
    static Optional<Thread> startFor(String[] args) {
        if (args.length == 0 || !ANNOTATING.contains(args[0]) || Runtime.getRuntime().availableProcessors() < 2) {
            return Optional.empty();
        }
        Thread thread = new Thread(Warmup::annotateSample, "storybrief-warmup");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    private static void annotateSample() {
        try {
            RawDocument sample = new RawDocument("warmup", Path.of("warmup.txt"), SourceFormat.TEXT, SAMPLE,
                    Map.<MetaKey, String>of());
            Storybrief.builder().build().annotate(sample);
        } catch (RuntimeException e) {
            // Only a head start: the command itself loads the same models and reports any real problem.
        }
    }
}
