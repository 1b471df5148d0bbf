package dev.storybrief.server.desk;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where {@code watch} tells what happens: one line per failure, always; and, on a terminal only, a progress line
 * rewritten in place (feeds polled, new articles, stories changed). Off a terminal it says nothing else, but for the
 * result of a single run.
 */
final class WatchLog {
    private final PrintStream err;
    private final boolean terminal;
    private boolean progressShown;

    WatchLog(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A log on standard error, with progress when it is a terminal. */
    static WatchLog standard() {
        return new WatchLog(System.err, System.console() != null);
    }

    /** One failure, one line. */
    synchronized void failure(String line) {
        clearProgress();
        err.println("storybrief watch: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line.replaceAll("\\s*\\R\\s*", " "));
        err.flush();
    }

    /** Rewrites the progress line, on a terminal. */
    synchronized void progress(String line) {
        if (!terminal) {
            return;
        }
        err.print("\r\u001b[2K" + line);
        err.flush();
        progressShown = true;
    }

    /**
     * What a single run ({@code --once}) did, always said: a cron job's log off a terminal must tell a cycle that
     * stored nothing from one that did its work. On a terminal the progress line becomes it and stays on screen.
     */
    synchronized void result(String line) {
        if (terminal) {
            progress(line);
            endProgress();
            return;
        }
        err.println("storybrief watch: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
        err.flush();
    }

    /** Ends the progress line so it stays on screen. */
    synchronized void endProgress() {
        if (terminal && progressShown) {
            err.println();
            progressShown = false;
        }
    }

    private void clearProgress() {
        if (terminal && progressShown) {
            err.print("\r\u001b[2K");
            progressShown = false;
        }
    }
}
