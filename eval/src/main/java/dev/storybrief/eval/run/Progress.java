package dev.storybrief.eval.run;

import java.io.PrintStream;

/**
 * A progress bar on stderr for long runs: redrawn in place on a terminal, one line per finished task elsewhere
 * (CI logs stay readable).
 */
public final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private String label = "";
    private int total;
    private int done;
    private long lastDraw;

    /** A progress bar writing to {@code err}; {@code terminal} redraws in place. */
    public Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Progress to the console's stderr, redrawn only when there is a console. */
    public static Progress toStderr() {
        return new Progress(System.err, System.console() != null);
    }

    /** A progress bar that prints nothing. */
    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), false);
    }

    /** Starts a task of {@code total} steps. */
    public synchronized void start(String label, int total) {
        this.label = label;
        this.total = total;
        this.done = 0;
        draw(true);
    }

    /** One more step done. */
    public synchronized void step() {
        done++;
        draw(done == total);
    }

    /** The task is over; {@code summary} closes its line. */
    public synchronized void finish(String summary) {
        if (terminal) {
            err.print("\r\033[K");
        }
        err.println(label + ": " + summary);
    }

    private void draw(boolean force) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }
}
