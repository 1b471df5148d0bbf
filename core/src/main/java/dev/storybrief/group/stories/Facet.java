package dev.storybrief.group.stories;

/**
 * The views of an article that story grouping compares, each a bag of keys weighted by TF-IDF under its own
 * stream-wide IDF: what the article is about, and what tells one event from a similar one (who, where, which
 * figures, which year).
 */
enum Facet {
    /** Content words (stems), title included. */
    TERMS,
    /** Words of the named people and organisations. */
    NAMES,
    /**
     * Words of the named places: where. Apart from {@link #NAMES} because events of one kind recur in one place, so a
     * shared place is weaker evidence of one event than a shared person.
     */
    PLACES,
    /** Stated quantities as "what=value" ("people killed=10.0"). */
    FIGURES,
    /** Calendar years the article names (resolved dates only). */
    YEARS,
    /**
     * Name words and numbers written the same in every language ({@link Anchors}): what two articles in different
     * languages can still share. Not a join feature; stories are joined across languages on it.
     */
    ANCHORS,
    /**
     * Content words of a long read's lead ({@link LongReads}), its first sentences: what happened, where news puts it.
     * Not a join feature; a long read is also looked up and filed under the heaviest of them, so one whose words are
     * mostly the people it follows still finds the story its lead tells. Weighed under the content words' IDF.
     */
    LEAD
}
