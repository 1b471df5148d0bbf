package dev.storybrief.server.desk;

import dev.storybrief.fetch.FetchException;
import dev.storybrief.fetch.FetchFailure;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one cycle read from its feeds' own text because the items' pages failed, and how the later tries of those
 * pages went: told once in the cycle's line ({@link #said}), never once per item, so a feed whose links all fail
 * (a dead host, a site that refuses the desk) is one line a cycle, not one line an item. Thread-safe: the cycle's
 * fetch tasks count into it together.
 */
final class FeedTextTally {
    private final Map<String, Integer> stored = new TreeMap<>();
    private int toTryAgain;
    private int pagesRead;
    private int pagesFailing;

    /** An item stored from its feed's text, its page having failed so. */
    synchronized void stored(FetchException pageFailure) {
        stored.merge(why(pageFailure), 1, Integer::sum);
        toTryAgain += lasting(pageFailure) ? 0 : 1;
    }

    /** A page tried again read, replacing its feed's text. */
    synchronized void pageRead() {
        pagesRead++;
    }

    /** A page tried again failed again; its feed's text stays. */
    synchronized void pageFailing() {
        pagesFailing++;
    }

    /** Items stored from their feeds' text in this cycle. */
    synchronized int storedCount() {
        return stored.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** True when the cycle read anything from its feeds' text or tried such an item's page again. */
    synchronized boolean any() {
        return !stored.isEmpty() || pagesRead > 0 || pagesFailing > 0;
    }

    /**
     * What the cycle's line says of it, empty when nothing: {@code 3 read from their feeds' text as their pages
     * failed (2 HTTP 404, 1 unknown host; 3 to try again), pages of items read from their feeds tried again: 1 read,
     * 2 failing}.
     */
    synchronized String said() {
        StringBuilder line = new StringBuilder();
        if (!stored.isEmpty()) {
            line.append(storedCount()).append(" read from their feeds' text as their pages failed (")
                    .append(stored.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                            .collect(Collectors.joining(", ")))
                    .append("; ").append(toTryAgain).append(" to try again)");
        }
        if (pagesRead > 0 || pagesFailing > 0) {
            line.append(line.isEmpty() ? "" : ", ").append("pages of items read from their feeds tried again: ")
                    .append(pagesRead).append(" read, ").append(pagesFailing).append(" failing");
        }
        return line.toString();
    }

    /** True when trying the page again cannot help: the site refuses it, it is gone, or it is no article. */
    static boolean lasting(FetchException failure) {
        return !failure.transientFailure() && failure.status() != 404;
    }

    private static String why(FetchException failure) {
        return failure.failure() == FetchFailure.HTTP_STATUS && failure.status() > 0 ? "HTTP " + failure.status()
                : failure.failure().label();
    }
}
