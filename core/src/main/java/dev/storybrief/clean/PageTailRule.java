package dev.storybrief.clean;

import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The furniture a copied page puts under the story's last sentence: a short label ("Leggi anche", "Lees ook", "Leia
 * também") and what follows it to the end of the page: other stories' headlines, an advertisement's label, a
 * newsletter prompt, share buttons, the copyright line. Told by its shape in any language: a story ends with a
 * statement, and none of these lines ends like one. So in the lower half of the page, under a line that ends like a
 * statement, a label of a few words opens the page's tail when every line from it to the end is short and ends like
 * no statement (the copyright line aside) and none is a list's bullet (a story's own list stays).
 */
final class PageTailRule implements LineRule {
    /** Most words of the label that opens the tail. */
    private static final int LABEL_WORDS = 4;
    /** Most words of a line of the tail: a headline. */
    private static final int LINE_WORDS = 16;
    /** Fewest lines of a tail: a label and what it labels. */
    private static final int LEAST_LINES = 2;
    /** The tail starts in the lower half of the page. */
    private static final double LOWER_PART = 0.5;
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|copyright\\b|\\(c\\)\\s*\\d{4})");

    @Override
    public String name() {
        return "page-tail";
    }

    @Override
    public Optional<String> match(LineContext context) {
        if (context.position() < LOWER_PART || !isTailLine(context.line())) {
            return Optional.empty();
        }
        int start = context.index();
        for (int above = context.previousNonBlank(); above >= 0 && isTailLine(context.lineAt(above));
             above = context.nonBlankBefore(above)) {
            start = above;
        }
        int above = context.nonBlankBefore(start);
        String label = context.lineAt(start);
        if (above < 0 || !endsStatement(context.lineAt(above)) || !Words.atMost(label, LABEL_WORDS)
                || COPYRIGHT.matcher(label).find() || label.matches(".*\\d.*") || (double) start / (context.size() - 1) < LOWER_PART) {
            return Optional.empty();
        }
        int lines = 0;
        for (int i = start; i < context.size(); i++) {
            String line = context.lineAt(i);
            if (line.isEmpty()) {
                continue;
            }
            if (!isTailLine(line)) {
                return Optional.empty();
            }
            lines++;
        }
        return lines >= LEAST_LINES ? Optional.of("the page's tail under the story (links, labels, buttons)")
                : Optional.empty();
    }

    /** A line of the tail: short, ending like no statement, no bullet; or the copyright line. */
    private static boolean isTailLine(String line) {
        if (COPYRIGHT.matcher(line).find()) {
            return Words.atMost(line, LINE_WORDS);
        }
        return Words.atMost(line, LINE_WORDS) && !endsStatement(line) && !ListBoxes.isBullet(line)
                && !line.endsWith(":");
    }

    /** Whether the line ends like a statement, past its closing quotes and brackets. */
    private static boolean endsStatement(String line) {
        return line.matches("(?s).*[" + SentenceMarks.STATEMENT_ENDS + ",;…][" + SentenceMarks.CLOSERS + "]*$");
    }
}
