package dev.storybrief.clean;

import dev.storybrief.model.Words;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The furniture of texts that are not reports but refer to them: an encyclopedia article copied from the browser
 * ("From Wikipedia, the free encyclopedia", its "References" list of numbered entries marked with a caret, each
 * ending "Retrieved ...", the "This page was last edited on ..." footer), and a fact check's claim under review.
 * A reference entry names other articles and their dates: read as the story's sentences, it fills a timeline
 * with the days those articles appeared. A fact check states the claim it refutes ("Claim: the dam will burst")
 * before its verdict: told alone, the claim would pass for news, so it goes and the verdict stays.
 */
final class ReferenceWorks {
    /** A reference list's entry: "3. ^ a b "Title". Outlet. Date." or "^ ..." (the caret links back to the text). */
    private static final Pattern ENTRY = Pattern.compile("^(?:\\d{1,3}[.)]?\\s*)?\\^\\s*\\S");
    /** The heading over a reference list. */
    private static final Pattern LIST_HEADING = Pattern.compile("(?i)^(?:references|notes|citations|footnotes|sources"
            + "|notes and references|works cited|bibliography)$");
    /** An encyclopedia page's own lines: its tagline, its footer, a retrieval note, an edit link. */
    private static final String PAGE_LINE = "(?iu)^(?:from wikipedia, the free encyclopedia"
            + "|this page was last (?:edited|modified) on\\b.{0,60}"
            + "|retrieved (?:from\\s+https?://\\S+|(?:on\\s+)?.{0,40}\\d{4})\\.?"
            + "|jump to (?:navigation|search|content)\\b.{0,30}|\\[edit\\]|(?:\\d+ )?languages?)$";
    /** A fact check's statement of the claim it examines. */
    private static final Pattern CLAIM = Pattern.compile("(?iu)^(?:the )?claims?\\s*:\\s*\\S");
    /** The verdict that follows it. */
    private static final Pattern VERDICT = Pattern.compile("(?iu)^(?:our |the )?(?:verdict|rating|ruling|conclusion"
            + "|the facts|fact)\\s*:\\s*\\S");
    /** The claim and its verdict stand together at the head of a fact check: at most this many lines apart. */
    private static final int VERDICT_DISTANCE = 3;

    private ReferenceWorks() {
    }

    /** The rules, in the order they are tried. */
    static List<LineRule> rules() {
        return List.of(
                new PatternRule("encyclopedia-page", PAGE_LINE, 20, "encyclopedia page furniture (tagline, edit footer)"),
                new LineRule() {
                    @Override
                    public String name() {
                        return "reference-list";
                    }

                    @Override
                    public Optional<String> match(LineContext context) {
                        String line = context.line();
                        boolean heading = LIST_HEADING.matcher(line).matches()
                                && ENTRY.matcher(context.nextNonBlank()).find();
                        return heading || ENTRY.matcher(line).find() && Words.atMost(line, 80)
                                ? Optional.of("reference list (other articles and the days they appeared)")
                                : Optional.empty();
                    }
                },
                new LineRule() {
                    @Override
                    public String name() {
                        return "fact-check-claim";
                    }

                    @Override
                    public Optional<String> match(LineContext context) {
                        return CLAIM.matcher(context.line()).find() && verdictFollows(context)
                                ? Optional.of("a fact check's claim under review (its verdict is kept)")
                                : Optional.empty();
                    }
                });
    }

    private static boolean verdictFollows(LineContext context) {
        int seen = 0;
        for (int i = context.index() + 1; i < context.size() && seen < VERDICT_DISTANCE; i++) {
            String next = context.lineAt(i);
            if (next.isEmpty()) {
                continue;
            }
            if (VERDICT.matcher(next).find()) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
