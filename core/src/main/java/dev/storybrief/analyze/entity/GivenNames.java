package dev.storybrief.analyze.entity;

/**
 * The recognizer's list of common given names across languages, for stages before the recognizer: a short line of
 * capitalised words that opens with one ("Maria Silva", "Jane Doe") is a person's name, such as a byline written
 * without "By", not the name of an outlet.
 */
public final class GivenNames {
    private GivenNames() {
    }

    /** Whether the first word of {@code name} is a given name of the list. */
    public static boolean opens(String name) {
        String first = name.strip().split("\\s+", 2)[0];
        return !first.isEmpty() && Lexicon.standard().isGivenName(first);
    }
}
