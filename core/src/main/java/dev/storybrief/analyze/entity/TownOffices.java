package dev.storybrief.analyze.entity;

import java.util.Set;

/**
 * Polish offices over a town or a county, written in lower case before the town's genitive and the holder's name
 * ("prezydent Zalesia Ewa Nowak", "burmistrz Kamionki Marek Sowa"): the entity stage splits the town from the name,
 * the quote stage gives the office with the town as the holder's role.
 */
public final class TownOffices {

    private static final Set<String> POLISH = Set.of("prezydent", "burmistrz", "wójt", "starosta", "sołtys");

    private TownOffices() {
    }

    /** Whether {@code word}, as written, is such an office. */
    public static boolean isOffice(String word) {
        return POLISH.contains(word);
    }
}
