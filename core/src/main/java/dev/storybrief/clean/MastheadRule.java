package dev.storybrief.clean;

import java.util.Optional;

/**
 * Removes the outlet's name standing as a line of its own ({@link Mastheads}): a masthead before the story's first
 * sentence, which is not the headline, and a signature as the last line. The name is kept as the outlet.
 */
final class MastheadRule implements LineRule {
    /** Longest line that may be a name of five words. */
    private static final int MAX_NAME_CHARS = 80;

    @Override
    public String name() {
        return "masthead";
    }

    @Override
    public Optional<String> match(LineContext context) {
        String line = context.line();
        // the name test first: it fails at once on most lines, the position tests read the rest of the text
        if (Mastheads.atEnd(line).isPresent() && isLast(context)) {
            return Optional.of("the outlet's signature (kept as the outlet)");
        }
        boolean shortLine = line.length() <= MAX_NAME_CHARS; // the neighbours are looked up for short lines only
        // the first line of the page, or the first under the header bar's buttons ("Menu", "Search")
        boolean top = shortLine && (previousLine(context) == null || Mastheads.underButtonsOnly(context.lines(), context.index()));
        if ((Mastheads.atHead(line).isPresent() || top && Mastheads.atTop(context.lines(), context.index()).isPresent() || shortLine && Mastheads.besideStamp(line, previousLine(context),
                nextLine(context), lineAbove(context, context.previousNonBlank())).isPresent())
                && !afterFirstSentence(context)) {
            return Optional.of("the outlet's masthead (kept as the outlet)");
        }
        return Optional.empty();
    }

    /** The nearest non-blank line before the current one, or null. */
    private static String previousLine(LineContext context) {
        return lineAbove(context, context.index());
    }

    /** The nearest non-blank line before index {@code i}, or null. */
    private static String lineAbove(LineContext context, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!context.lineAt(j).isBlank()) {
                return context.lineAt(j);
            }
        }
        return null;
    }

    /** The nearest non-blank line after the current one, or null. */
    private static String nextLine(LineContext context) {
        for (int i = context.index() + 1; i < context.size(); i++) {
            if (!context.lineAt(i).isBlank()) {
                return context.lineAt(i);
            }
        }
        return null;
    }

    private static boolean isLast(LineContext context) {
        for (int i = context.index() + 1; i < context.size(); i++) {
            if (!context.lineAt(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterFirstSentence(LineContext context) {
        for (int i = 0; i < context.index(); i++) {
            if (Mastheads.isSentence(context.lineAt(i))) {
                return true;
            }
        }
        return false;
    }
}
