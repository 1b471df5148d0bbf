package dev.storybrief.group.stories;

/**
 * The views of an article that story grouping compares, each a bag of keys weighted by TF-IDF under its own
 * stream-wide IDF: what the article is about, and what tells one event from a similar one (who, which figures,
 * which year).
 */
enum Facet {
    /** Content words (stems), title included. */
    TERMS,
    /** Words of the named people, places and organisations. */
    NAMES,
    /** Stated quantities as "what=value" ("people killed=10.0"). */
    FIGURES,
    /** Calendar years the article names (resolved dates only). */
    YEARS,
    /**
     * Name words and numbers written the same in every language ({@link Anchors}): what two articles in different
     * languages can still share. Not a join feature; stories are joined across languages on it.
     */
    ANCHORS
}
