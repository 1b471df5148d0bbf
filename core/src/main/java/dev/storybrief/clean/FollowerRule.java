package dev.storybrief.clean;

import dev.storybrief.model.Words;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A rule for lines that are boilerplate because of what precedes them: the caption under a photo credit, the items
 * of a "Story highlights" or "Topics" block, everything under a "Featured"/"Related" heading at the end of a page.
 */
public final class FollowerRule implements LineRule {
    private final String name;
    private final Set<String> after;
    private final Predicate<String> accepts;
    private final String reason;

    /**
     * @param name    rule name; also what the next line sees, so a block continues line after line
     * @param after   names of rules whose removed line this line may follow
     * @param accepts which lines of the block to take
     * @param reason  explanation for {@code --explain}
     */
    public FollowerRule(String name, Set<String> after, Predicate<String> accepts, String reason) {
        this.name = name;
        this.after = Set.copyOf(after);
        this.accepts = accepts;
        this.reason = reason;
    }

    /** Lines that are short and do not end like a sentence: list items, tags, teasers. */
    public static Predicate<String> shortUnpunctuated(int maxWords) {
        return line -> Words.atMost(line, maxWords) && !dev.storybrief.model.SentenceMarks.endsSentence(line);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> match(LineContext context) {
        String previous = context.previousRemovedBy();
        if (previous != null && after.contains(previous) && accepts.test(context.line())) {
            return Optional.of(reason);
        }
        return Optional.empty();
    }
}
