package dev.storybrief.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The readers' comments under a story: a heading that opens the comment section ("Comments (48)", "Reader comments",
 * "Join the conversation", "Kommentare (3)", "Commentaires", "Komentarze (5)") in the lower half of the page, and
 * every line after it, which is readers' talk or the page's furniture, never the story.
 */
final class CommentSectionRule implements LineRule {
    /** A heading that can only open a comment section. */
    private static final Pattern HEADING = Pattern.compile("(?iu)^(?:reader(?:s'|s)? comments|join the (?:conversation|discussion)"
            + "|leserkommentare|diskutieren sie mit|r[ée]agissez|r[ée]actions des lecteurs|komentarze czytelnik[óo]w)\\s*:?$");
    /**
     * A heading that may also be a share bar's button or counter ("Comments (48)", "Kommentare", "12 commentaires"): it
     * opens the section only when a commenter's "name: text" follows.
     */
    private static final Pattern COUNTER = Pattern.compile("(?iu)^(?:(?:\\d+ )?(?:comments?|kommentare?|commentaires?"
            + "|komentarz[ey]?)(?: \\(\\d+\\))?)\\s*:?$");
    /** A commenter's handle and what they wrote: "RiverWatcher22: Thoughts with everyone." */
    private static final Pattern COMMENT = Pattern.compile("^[\\p{L}\\d_.-]{2,30}:\\s+\\S");
    /** Where a page's comment section can begin: after most of the story. */
    private static final double LOWER_HALF = 0.5;

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public Optional<String> match(LineContext context) {
        if (name().equals(context.previousRemovedBy())) {
            return Optional.of("readers' comment");
        }
        if (context.position() < LOWER_HALF) {
            return Optional.empty();
        }
        String line = context.line();
        boolean heading = HEADING.matcher(line).matches()
                || COUNTER.matcher(line).matches() && COMMENT.matcher(nextNonBlank(context)).find();
        return heading ? Optional.of("\"" + line + "\" opens the readers' comments") : Optional.empty();
    }

    private static String nextNonBlank(LineContext context) {
        for (int i = context.index() + 1; i < context.size(); i++) {
            if (!context.lineAt(i).isEmpty()) {
                return context.lineAt(i);
            }
        }
        return "";
    }
}
