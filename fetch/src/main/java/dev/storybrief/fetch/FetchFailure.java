package dev.storybrief.fetch;

/** Why a fetch failed: the kinds a log line and a per-feed error count tell apart. */
public enum FetchFailure {
    /** Not an absolute http or https URL. */
    BAD_URL("bad URL"),
    /** The host resolves to a loopback, private, link-local or otherwise internal address. */
    FORBIDDEN_ADDRESS("forbidden address"),
    /** The host name does not resolve. */
    DNS("unknown host"),
    /** No connection could be made. */
    CONNECT("cannot connect"),
    /** A connect, read or total time limit passed. */
    TIMEOUT("timed out"),
    /** The server answered with an error status. */
    HTTP_STATUS("HTTP error"),
    /** The body is larger than the size cap; refused, never truncated. */
    TOO_BIG("too big"),
    /** More redirects than allowed, or a redirect without a usable Location. */
    REDIRECTS("bad redirect"),
    /** The site's robots.txt disallows the URL for this agent. */
    ROBOTS("refused by the site's robots.txt"),
    /** The content is not of the kind asked for (an image where a page was expected). */
    WRONG_TYPE("wrong content type"),
    /** The content could not be read as what it claims to be (bad feed XML, broken gzip). */
    BAD_CONTENT("unreadable content"),
    /** A page was fetched but holds no article text (a front page, a video page). */
    NOT_AN_ARTICLE("no article"),
    /** Any other input/output failure. */
    IO("network error");

    private final String label;

    FetchFailure(String label) {
        this.label = label;
    }

    /** A few words for log lines. */
    public String label() {
        return label;
    }
}
