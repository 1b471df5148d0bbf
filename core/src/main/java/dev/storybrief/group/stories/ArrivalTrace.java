package dev.storybrief.group.stories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A diagnostic: with {@code -Dstorybrief.traceArrivals=FILE}, appends one line per article placed on arrival (after
 * the warm-up, copies and page templates left out): its id, then per candidate story its founding article's id, the
 * join model's score and the cosines of words, names and places. An evaluation sets the truth beside it and tells the
 * wrong joins by cause: no runner-up, the article's own story not yet started, or found and scored lower. Writes
 * nothing without the property, and the grouping does not change with it.
 */
final class ArrivalTrace {
    private static final String FILE = System.getProperty("storybrief.traceArrivals");

    private final StringBuilder line = new StringBuilder();

    /** True when the property is set. */
    static boolean on() {
        return FILE != null;
    }

    /** Starts the line of an arriving article. */
    void arrive(String articleId) {
        line.setLength(0);
        line.append(articleId);
    }

    /** Adds one candidate story: the id of its first article, the score and the features that gave it. */
    void candidate(String founderId, double score, JoinFeatures features) {
        line.append(String.format(Locale.ROOT, "\t%s %.3f %.3f %.3f %.3f", founderId, score, features.terms(),
                features.names(), features.places()));
    }

    /** Appends the line to the file. */
    void write() {
        try {
            Files.writeString(Path.of(FILE), line.append('\n'), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("storybrief.traceArrivals: " + e.getMessage());
        }
    }
}
