package dev.storybrief.group.stories;

/**
 * The views of an article that story grouping compares, each a bag of keys weighted by TF-IDF under its own
 * stream-wide IDF: what the article is about, and what tells one event from a similar one (who, where, which
 * figures, which year).
 */
enum Facet {
    /** Content words (stems), title included. */
    TERMS,
    /**
     * Words of the named people and organisations. Their IDF is cubed: a head of government, a big company or a
     * league is named in reports of many different events, so a name that many articles carry says little about which
     * event an article reports, while a name few carry says much; with the plain IDF, one shared surname chained
     * stories of different events (cubed, learnt and tuned on the tuning parts: 2, 3, 4, 5 tried).
     */
    NAMES(3),
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
    ANCHORS;

    private final double idfPower;

    Facet() {
        this(1);
    }

    Facet(double idfPower) {
        this.idfPower = idfPower;
    }

    /** The power the facet's IDF is raised to (see {@link IncrementalIdf}). */
    double idfPower() {
        return idfPower;
    }
}
