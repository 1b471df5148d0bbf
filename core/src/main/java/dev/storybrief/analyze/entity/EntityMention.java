package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.Objects;

/**
 * One named entity in a sentence: {@code [start, end)} character offsets, the exact text there, and its type.
 * Titles ("Col.", "President") and a possessive "'s" are outside the span.
 */
public record EntityMention(int start, int end, String text, EntityType type) {

    /** Validates the extent. */
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad entity extent [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}
