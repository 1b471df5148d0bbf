package dev.storybrief.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * A sub-command whose code lives in another module's jar (the server, the evaluation harness), registered by one
 * line of {@code plugin-commands.txt}. The command line lists it whether or not that jar is on the class path;
 * when it is missing, running the command says in one line how to build it.
 *
 * @param name the sub-command's name
 * @param module the Maven module whose jar holds it
 * @param className the picocli command class
 * @param description the one-line description {@code --help} shows
 */
record PluginCommand(String name, String module, String className, String description) {
    static final String REGISTRY = "plugin-commands.txt";

    /** Every registered plugin command, in the order of the registry. */
    static List<PluginCommand> registered() {
        try (InputStream in = PluginCommand.class.getResourceAsStream(REGISTRY)) {
            if (in == null) {
                throw new IllegalStateException(REGISTRY + " is missing from the command-line jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registry lines: {@code name module class description...}; blank lines and {@code #} comments are skipped. */
    static List<PluginCommand> parse(List<String> lines) {
        List<PluginCommand> commands = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            String[] fields = stripped.split("\\s+", 4);
            if (fields.length < 4) {
                throw new IllegalStateException(REGISTRY + ": expected name, module, class and description in \"" + line + "\"");
            }
            commands.add(new PluginCommand(fields[0], fields[1], fields[2], fields[3]));
        }
        return commands;
    }

    /** The command's picocli form: the real command when its jar is on the class path, else a stand-in. */
    CommandLine commandLine() {
        Object command = instance();
        CommandLine line = new CommandLine(command == null ? new NotBuilt(this) : command);
        line.getCommandSpec().usageMessage().description(description);
        return line;
    }

    private Object instance() {
        try {
            return Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new IllegalStateException("cannot create the " + name + " command: " + cause, cause);
        }
    }

    /** The one line that says how to get the missing jar. */
    String notBuiltMessage() {
        return "'" + name + "' needs the " + module + " jar (" + module + "/target/storybrief-" + module
                + ".jar), not on the class path: run it through ./storybrief, which builds it, or build it with mvn -q -pl "
                + module + " -am -DskipTests package";
    }

    /** Stands in for a command whose jar is missing: takes any arguments and fails with one line. */
    @Command
    static final class NotBuilt implements Callable<Integer> {
        private final PluginCommand plugin;

        @Unmatched
        List<String> arguments = new ArrayList<>();

        NotBuilt(PluginCommand plugin) {
            this.plugin = plugin;
        }

        @Override
        public Integer call() {
            throw new IllegalStateException(plugin.notBuiltMessage());
        }
    }
}
