package dev.storybrief.server;

import java.nio.file.Path;
import picocli.CommandLine;

/** What the server's commands share when they run on their own, without the rest of the command line. */
public final class CommandLines {
    private CommandLines() {
    }

    /** Runs {@code command} with {@code args}: one error line, exit 2 for a usage mistake, 1 for anything else. */
    public static void runAlone(Object command, String[] args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            c.getErr().println("storybrief: error: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        System.exit(cli.execute(args));
    }

    /** The data folder named by {@code --data}, with a leading {@code ~/} meaning the home folder. */
    public static Path dataDir(String data) {
        String dir = data.startsWith("~/") ? System.getProperty("user.home") + data.substring(1) : data;
        return Path.of(dir);
    }
}
