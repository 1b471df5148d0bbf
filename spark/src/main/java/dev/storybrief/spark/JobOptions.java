package dev.storybrief.spark;

import dev.storybrief.group.stories.StoryOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code --input PATH} (repeatable, or comma-separated), {@code --output PATH},
 * {@code --input-format auto|jsonl|parquet|warc}, {@code --words N}, {@code --window-days N}, {@code --block-days N},
 * {@code --min-articles N}, {@code --partitions N}.
 *
 * @param inputs      input paths (files, folders or globs on any Hadoop file system)
 * @param output      output folder (must not exist)
 * @param format      input format
 * @param words       summary budget per briefing
 * @param options     grouping options
 * @param minArticles stories with fewer distinct articles are listed without a briefing
 * @param partitions  shuffle partitions (0: Spark's default parallelism)
 */
public record JobOptions(List<String> inputs, String output, ArticleSources.Format format, int words,
                         StoryOptions options, int minArticles, int partitions) {

    /** The usage line. */
    public static final String USAGE = "usage: StoryJob --input PATH [--input PATH ...] --output PATH"
            + " [--input-format auto|jsonl|parquet|warc] [--words 120] [--window-days 30] [--block-days 120]"
            + " [--min-articles 1] [--partitions N]";

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException with a one-line message for a usage mistake
     */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String format = "auto";
        int words = 120;
        int windowDays = StoryOptions.defaults().windowDays();
        int blockDays = StoryOptions.defaults().blockDays();
        int minArticles = 1;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length || !name.startsWith("--")) {
                throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value"
                        : "unexpected argument " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--input" -> inputs.addAll(List.of(value.split(",")));
                case "--output" -> output = value;
                case "--input-format" -> format = value;
                case "--words" -> words = positive(name, value);
                case "--window-days" -> windowDays = positive(name, value);
                case "--block-days" -> blockDays = positive(name, value);
                case "--min-articles" -> minArticles = positive(name, value);
                case "--partitions" -> partitions = positive(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (inputs.isEmpty() || output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        StoryOptions options = StoryOptions.defaults().withWindowDays(windowDays).withBlockDays(blockDays);
        return new JobOptions(List.copyOf(inputs), output, ArticleSources.Format.of(format, inputs), words, options,
                minArticles, partitions);
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " expects a number, got \"" + value + "\"");
        }
    }
}
