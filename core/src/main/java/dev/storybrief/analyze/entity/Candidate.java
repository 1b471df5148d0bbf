package dev.storybrief.analyze.entity;

/**
 * A run of tokens {@code [first, end)} that may name an entity.
 *
 * @param kind what the run's surroundings already say about it
 */
record Candidate(int first, int end, Kind kind) {

    /** How much the candidate finder already knows. */
    enum Kind {
        /** Nothing yet: the classifier decides. */
        OPEN,
        /** Stands before a title ("Parliament Speaker ..."): a modifier naming an organisation or place. */
        BEFORE_TITLE,
        /** Follows a title ("Col. Ahmed Bani"): a person. */
        PERSON,
        /** Follows a title and "of" ("Prime Minister of Libya"): kept only if the name is known. */
        KNOWN_ONLY
    }
}
