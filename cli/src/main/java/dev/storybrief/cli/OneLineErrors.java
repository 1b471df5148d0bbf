package dev.storybrief.cli;

import dev.storybrief.NothingToBriefException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit status: 2 for a usage mistake, 1 for anything else.
 * A reader never sees a stack trace; set {@code STORYBRIEF_DEBUG=1} to get one when reporting a bug.
 */
final class OneLineErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        String debug = System.getenv("STORYBRIEF_DEBUG");
        if (debug != null && !debug.isBlank()) {
            e.printStackTrace(cli.getErr());
        }
        String message = message(e);
        if (e instanceof NothingToBriefException nothing) {
            // the error repeats the last problem ("no readable article in x (skipped x: ...)"): one line says it
            nothing.warnings().stream().filter(w -> !message.contains(w))
                    .forEach(w -> cli.getErr().println("storybrief: " + w));
        }
        cli.getErr().println("storybrief: error: " + message);
        return e instanceof IllegalArgumentException ? USAGE : FAILED;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("storybrief: error: " + e.getMessage());
        cli.getErr().println("Try 'storybrief " + (cli.getCommandName().equals("storybrief") ? "" : cli.getCommandName() + " ")
                + "--help'.");
        return USAGE;
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String text = cause instanceof FileSystemException fs ? fileProblem(fs)
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** "/proc/nope: cannot create it (...)": a file system error's message is often only the path. */
    private static String fileProblem(FileSystemException fs) {
        String reason = fs instanceof NoSuchFileException ? "no such file or folder"
                : fs instanceof AccessDeniedException ? "permission denied"
                : fs instanceof FileAlreadyExistsException ? "a file of that name is in the way"
                : fs.getReason() != null ? fs.getReason() : "cannot be written or read (" + fs.getClass().getSimpleName() + ")";
        return fs.getFile() + ": " + reason;
    }
}
