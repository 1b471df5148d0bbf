package dev.storybrief.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storybrief} command: dispatches to its sub-commands. */
@Command(name = "storybrief", mixinStandardHelpOptions = true, version = "storybrief 0.1.0",
        description = "Turns several news articles about one story into one briefing you can trust.",
        subcommands = {BriefCommand.class, ExtractCommand.class, StoriesCommand.class, EvalCommand.class, BenchCommand.class,
                dev.storybrief.server.ServeCommand.class, dev.storybrief.server.desk.WatchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, for tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli hands Errors through; a reader still gets one line, not a trace.
            if (System.getenv("STORYBRIEF_DEBUG") != null) {
                e.printStackTrace();
            }
            Throwable root = e.getCause() != null ? e.getCause() : e;
            cli.getErr().println("storybrief: internal error: " + root + " (set STORYBRIEF_DEBUG=1 for details)");
            return OneLineErrors.FAILED;
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
