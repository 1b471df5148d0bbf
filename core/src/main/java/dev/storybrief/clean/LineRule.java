package dev.storybrief.clean;

import java.util.Optional;

/**
 * One named boilerplate test over the lines of an article. Rules run in a chain; the first one that matches a line
 * removes it and its reason is kept for {@code --explain}.
 */
public interface LineRule {

    /** A short stable name, shown by {@code --explain}. */
    String name();

    /** The reason to remove the line at {@code context.index()}, or empty to keep it. */
    Optional<String> match(LineContext context);
}
