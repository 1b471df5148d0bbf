package dev.storybrief.model;

/** The kinds of annotation an {@link AnalyzedArticle} can carry; each is added by one annotator of the chain. */
public enum Layer {
    /** The article's language and how sure the identification was. */
    LANGUAGE,
    /** Sentences and sub-headings. */
    SENTENCES,
    /** Comparison terms of every sentence (the language's term chain). */
    TERMS,
    /** Named people, organisations and places, with their canonical names. */
    ENTITIES,
    /** Temporal expressions, resolved against the article's date. */
    TIMEXES,
    /** Quotations with their cue and speaker. */
    QUOTES,
    /** Counts and amounts. */
    QUANTITIES
}
