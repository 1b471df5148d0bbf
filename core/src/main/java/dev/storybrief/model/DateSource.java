package dev.storybrief.model;

/** Where an article's publication date came from, for a reader deciding how far to trust it. */
public enum DateSource {
    /** The page or container said so: HTML metadata, a feed, a JSON field. */
    PAGE,
    /** The text printed it: a date line, "Published: ...". */
    TEXT,
    /** Worked out from what the article shares with dated articles of the story; see the basis. */
    INFERRED,
    /** The user gave it (--date, a request field). */
    USER,
    /**
     * A bound only, never a date's source: the day a reader's browser printed the page (a print-to-text or
     * print-to-PDF copy's header or footer). The article is no newer than it; it says nothing of when it appeared.
     */
    PRINTED;

    /** The lower-case name written in JSON ("page", "text", "inferred", "user"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The source an origin note describes: "--date" and request fields are the user's, "text: ..." the text's,
     * anything else (HTML metadata, JSON field, feed) the page's.
     */
    public static DateSource ofOrigin(String origin) {
        if (origin == null) {
            return PAGE;
        }
        if (origin.startsWith("--date") || origin.startsWith("request") || origin.startsWith("user")) {
            return USER;
        }
        if (origin.startsWith("text")) {
            return TEXT;
        }
        if (origin.startsWith("inferred")) {
            return INFERRED;
        }
        return PAGE;
    }
}
