package dev.storybrief.util;

/**
 * Turns an unexpected failure while reading or analysing one input into the few words of a one-line note
 * ("NullPointerException in JsonLdFacts.collectObjects"), so a batch can name the page, give the reason and
 * go on with the others. The stack trace is left out on purpose: the note is for the person running the
 * batch, and the class and method where it broke are enough to file a report.
 */
public final class FailureNote {

    private static final int MAX_MESSAGE_CHARS = 160;

    private FailureNote() {
    }

    /** One line: the exception's simple name, where it was thrown in storybrief's code, and its message. */
    public static String describe(Throwable failure) {
        StringBuilder sb = new StringBuilder(failure.getClass().getSimpleName());
        StackTraceElement where = ownFrame(failure);
        if (where != null) {
            String cls = where.getClassName();
            sb.append(" in ").append(cls.substring(cls.lastIndexOf('.') + 1)).append('.').append(where.getMethodName());
        }
        String message = failure.getMessage();
        if (message != null && !message.isBlank() && !(failure instanceof StackOverflowError)) {
            String line = message.strip().replaceAll("\\s+", " ");
            if (line.length() > MAX_MESSAGE_CHARS) {
                line = line.substring(0, MAX_MESSAGE_CHARS) + "...";
            }
            sb.append(": ").append(line);
        }
        return sb.toString();
    }

    /** The innermost frame of storybrief's own code (library frames say less about what went wrong). */
    private static StackTraceElement ownFrame(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("dev.storybrief.")) {
                return e;
            }
        }
        return trace.length > 0 ? trace[0] : null;
    }
}
