package dev.storybrief.model;

import java.util.Objects;

/**
 * A named person, organisation or place mentioned in an article.
 *
 * @param start    offset of the mention in the article text (titles and a possessive "'s" left out)
 * @param end      offset after the mention
 * @param sentence index of the sentence holding it
 * @param text     the mention as written ("Gadhafi")
 * @param type     what it names
 * @param name     the fullest form the article uses for the same entity ("Moammar Gadhafi")
 */
public record EntitySpan(int start, int end, int sentence, String text, EntityType type, String name) {

    /** Validates the extent and required fields. */
    public EntitySpan {
        Spans.check(start, end, text);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
