package dev.storybrief.ingest;

/** Metadata a reader can find in a container format. */
public enum MetaKey {
    TITLE, OUTLET, AUTHOR, PUBLISHED, PUBLISHED_ORIGIN,
    /**
     * Where {@link #OUTLET} came from when not from the document itself ({@code FeedHints.ORIGIN}: a feed's title or
     * item source filled in): only a hint, which what the text says of its own publisher beats; null otherwise.
     */
    OUTLET_ORIGIN,
    /** A last-update stamp from the page's metadata: the article is not newer than it, but may be older. */
    UPDATED,
    /**
     * The day a reader's browser printed the page (its print header or footer): the article is not newer than it, but
     * it is the reader's day, never the article's date nor an update.
     */
    PRINTED,
    /** The JSON Lines cluster the document belongs to; files read from folders have none. */
    CLUSTER,
    /**
     * The headline the clean stage finds in a text without a title (its first line, when it reads like one): for
     * naming stories before briefing. Unlike {@link #TITLE} it leaves the text's own first line where it is.
     */
    HEADLINE,
    /** The page's address: where it was fetched from, or what a feed item, a JSON line or the page itself gives. */
    URL,
    /** The section the page files the article under ({@code article:section}: "Opinion", "Kommentar"). */
    SECTION,
    /** The schema.org type the page declares its article to be, when more than news ("OpinionNewsArticle"). */
    SCHEMA_TYPE,
    /**
     * The kind of text the clean stage found when it is no report ({@code ArticleKind.key()}: "not an article",
     * "opinion"), written on the document the story grouper reads; never read from an input.
     */
    KIND
}
