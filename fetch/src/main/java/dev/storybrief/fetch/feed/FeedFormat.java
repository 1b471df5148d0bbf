package dev.storybrief.fetch.feed;

/** The formats a feed list may name. */
public enum FeedFormat {
    /** RSS 0.9x and 2.0. */
    RSS,
    /** RSS 1.0, an RDF document. */
    RDF,
    /** Atom 0.3 and 1.0. */
    ATOM,
    /** A sitemap of URLs (XML or text), Google News sitemaps included. */
    SITEMAP,
    /** A sitemap index: a list of further sitemaps. */
    SITEMAP_INDEX
}
