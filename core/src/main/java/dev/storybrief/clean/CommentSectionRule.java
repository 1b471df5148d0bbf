package dev.storybrief.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The readers' comments under a story: a heading that opens the comment section ("Comments (48)", "Reader comments",
 * "Join the conversation", "Kommentare (3)", "Commentaires", "Komentarze (5)") in the lower half of the page, and
 * every line after it, which is readers' talk or the page's furniture, never the story. A thread copied without its
 * heading opens at its first poster's line, a user name and when they posted ("HansB 3 hours ago"), when a reply or
 * like button ("Reply · 12 likes") follows within the comment's lines; that needs no place in the lower half, since a
 * long thread is most of a page's lines, only a story above it.
 */
final class CommentSectionRule implements LineRule {
    /** A heading that can only open a comment section. */
    private static final Pattern HEADING = Pattern.compile("(?iu)^(?:reader(?:s'|s)? comments|join the (?:conversation|discussion)"
            + "|leserkommentare|diskutieren sie mit|r[ée]agissez|r[ée]actions des lecteurs|komentarze czytelnik[óo]w)\\s*:?$");
    /**
     * A heading that may also be a share bar's button or counter ("Comments (48)", "Kommentare", "12 commentaires"): it
     * opens the section only when a commenter's "name: text" or a poster's line follows.
     */
    private static final Pattern COUNTER = Pattern.compile("(?iu)^(?:(?:\\d+ )?(?:comments?|kommentare?|commentaires?"
            + "|komentarz[ey]?)(?: \\(\\d+\\))?)\\s*:?$");
    /** A commenter's handle and what they wrote: "RiverWatcher22: Thoughts with everyone." */
    private static final Pattern COMMENT = Pattern.compile("^[\\p{L}\\d_.-]{2,30}:\\s+\\S");
    /** A poster's line: a user name of up to three words and how long ago they posted ("kessling_local 2 hours ago"). */
    private static final Pattern POSTER = Pattern.compile("(?iu)^[\\p{L}\\d_.'-]{2,30}(?: [\\p{L}\\d_.'-]{1,30}){0,2}"
            + "\\s*[·•|,-]?\\s*" + RelativeTimes.AGO + "$");
    /** A comment's buttons and counters: "Reply", "Reply · 12 likes", "Like · Reply · Report", "4 replies". */
    private static final String REACTION = "(?:reply|like|report|share|antworten|melden|r[ée]pondre|signaler|odpowiedz"
            + "|\\d+ (?:likes?|replies|reply|upvotes?|downvotes?|gef[äa]llt mir|r[ée]ponses?))";
    private static final Pattern REACTIONS = Pattern.compile("(?iu)^" + REACTION + "(?:\\s*[·•|]\\s*" + REACTION + ")*$");
    /** A comment is a few lines: its reply button comes within these many lines of the poster's line. */
    private static final int COMMENT_LINES = 3;
    /** Paragraphs of the story kept above a thread: comments follow a story. */
    private static final int STORY_BEFORE = 2;
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
        String line = context.line();
        // a poster's line with its reply button is a thread wherever it starts (a long thread is most of the page's
        // lines), once the story has begun
        if (POSTER.matcher(line).matches() && reactionFollows(context) && context.keptBefore() >= STORY_BEFORE) {
            return Optional.of("\"" + line + "\" opens a thread of readers' comments");
        }
        if (context.position() < LOWER_HALF) {
            return Optional.empty();
        }
        String next = context.nextNonBlank();
        boolean heading = HEADING.matcher(line).matches()
                || COUNTER.matcher(line).matches() && (COMMENT.matcher(next).find() || POSTER.matcher(next).matches());
        return heading ? Optional.of("\"" + line + "\" opens the readers' comments") : Optional.empty();
    }

    /** Whether a comment's reply or like buttons stand within the few lines under the poster's line. */
    private static boolean reactionFollows(LineContext context) {
        int seen = 0;
        for (int i = context.index() + 1; i < context.size() && seen < COMMENT_LINES; i++) {
            String line = context.lineAt(i);
            if (!line.isEmpty()) {
                if (REACTIONS.matcher(line).matches()) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }
}
