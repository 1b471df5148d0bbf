package dev.storybrief.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Counts, by reason, the input lines, rows and records the job read but could not take as articles, so that a run
 * over a corpus with a torn line or a crawl cut short says so in its summary instead of dropping them silently (one
 * bad article never stops the rest, and never goes unmentioned). The counts are Spark accumulators updated where the
 * input is read: a task Spark runs again after losing an executor may count its records twice, so after such a loss
 * they are an upper bound; the stories written are unaffected.
 */
public final class SkippedInput implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Why a piece of input was skipped, as the summary line words it. */
    public enum Reason {
        /** A JSON Lines line that is not JSON (torn, cut or hand-edited). */
        INVALID_JSON("invalid JSON"),
        /** A JSON value that is no object, or an article without text (a JSON line or a Parquet row). */
        NO_TEXT("no article text"),
        /** A WARC record cut short (a crawler killed mid-write) or unreadable; the rest of its file is not lost. */
        BROKEN_RECORD("cut short or unreadable"),
        /** A WARC response that is not a successful HTML page (images, redirects, errors). */
        NOT_A_PAGE("not a 200 HTML response"),
        /** A WARC HTML page without article text (a section front, an index). */
        NO_ARTICLE("no article on the page");

        private final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    private final Map<Reason, LongAccumulator> counts = new EnumMap<>(Reason.class);

    /** Counters registered with the context (on the driver, before the input is read). */
    public SkippedInput(SparkContext context) {
        for (Reason reason : Reason.values()) {
            counts.put(reason, context.longAccumulator("skipped: " + reason.words));
        }
    }

    /** Counts one skipped piece of input (in a task). */
    public void add(Reason reason) {
        counts.get(reason).add(1);
    }

    /** The count for one reason, read on the driver after the input was read. */
    public long count(Reason reason) {
        return counts.get(reason).value();
    }

    /** All skipped pieces. */
    public long total() {
        return counts.values().stream().mapToLong(LongAccumulator::value).sum();
    }

    /**
     * One phrase for the summary, such as {@code "skipped 3 WARC records (1 cut short or unreadable, 2 not a 200 HTML
     * response)"}; empty when nothing was skipped.
     *
     * @param unit what one piece of this input is ("JSON line", "Parquet row", "WARC record")
     */
    public String describe(String unit) {
        long total = total();
        if (total == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            long n = count(reason);
            if (n > 0) {
                parts.add(String.format(Locale.ROOT, "%,d %s", n, reason.words));
            }
        }
        return String.format(Locale.ROOT,
                "skipped %,d %s%s (%s)", total, unit, total == 1 ? "" : "s", String.join(", ", parts));
    }
}
