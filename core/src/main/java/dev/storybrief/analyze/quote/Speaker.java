package dev.storybrief.analyze.quote;

import java.util.Objects;

/**
 * A speaker as an article introduces them.
 *
 * @param name the fullest form of the name in the article ("David Hartwell" for "Hartwell"); titles are left out
 * @param role the longest description the article attaches to them ("a senior Middle East and North Africa analyst
 *             at IHS Global Insight in London", "Pentagon spokesman"); null when there is none
 */
public record Speaker(String name, String role) {

    /** Validates the name. */
    public Speaker {
        Objects.requireNonNull(name, "name");
    }
}
