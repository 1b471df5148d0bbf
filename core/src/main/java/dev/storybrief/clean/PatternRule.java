package dev.storybrief.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule that removes short lines matching a pattern. The word limit keeps a rule written for a one-line prompt
 * ("Subscribe to continue.") from eating a real paragraph that happens to contain the same words.
 */
public final class PatternRule implements LineRule {
    private final String name;
    private final Pattern pattern;
    private final int maxWords;
    private final String reason;

    /** A rule named {@code name} removing lines of at most {@code maxWords} words where {@code regex} is found. */
    public PatternRule(String name, String regex, int maxWords, String reason) {
        this.name = name;
        this.pattern = Pattern.compile(regex);
        this.maxWords = maxWords;
        this.reason = reason;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> match(LineContext context) {
        String line = context.line();
        if (dev.storybrief.model.Words.atMost(line, maxWords) && pattern.matcher(line).find()) {
            return Optional.of(reason);
        }
        return Optional.empty();
    }
}
