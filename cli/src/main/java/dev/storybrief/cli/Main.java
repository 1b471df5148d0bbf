package dev.storybrief.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code storybrief} command: dispatches to its sub-commands. The commands of this jar are listed below; the
 * server's and the evaluation harness's live in their own jars and are registered in {@code plugin-commands.txt}
 * (see {@link PluginCommand}), so that briefing never loads a web server or a benchmark harness.
 */
@Command(name = "storybrief", mixinStandardHelpOptions = true, version = "storybrief 0.1.0",
        description = "Turns several news articles about one story into one briefing you can trust.",
        subcommands = {BriefCommand.class, AnnotateCommand.class, ExtractCommand.class, StoriesCommand.class,
                TimelineCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        Warmup.startFor(args);
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, for tests. */
    public static int run(String... args) {
        CommandLine cli = commandLine();
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

    /** The whole command line: this jar's commands, then the plugin commands, then {@code help}. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        for (PluginCommand plugin : PluginCommand.registered()) {
            cli.addSubcommand(plugin.name(), plugin.commandLine());
        }
        cli.addSubcommand(new CommandLine.HelpCommand());
        shareVersion(cli);
        return cli;
    }

    /**
     * Every sub-command's help lists "-V, --version" (the standard help options), but picocli prints only the
     * version a command itself declares: the sub-commands print the top command's, so that -V never prints nothing.
     */
    private static void shareVersion(CommandLine cli) {
        String[] version = cli.getCommandSpec().version();
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommandSpec().version().length == 0) {
                sub.getCommandSpec().version(version);
            }
            shareVersion(sub);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
