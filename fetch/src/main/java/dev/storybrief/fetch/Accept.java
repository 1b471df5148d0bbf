package dev.storybrief.fetch;

/** What a request asks for: the {@code Accept} header it sends. */
public enum Accept {
    /** A web page. */
    PAGE("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"),
    /** An address given as an input: a page, a feed whose items are the articles, or an article as plain text. */
    INPUT("text/html,application/xhtml+xml;q=0.9,application/rss+xml;q=0.9,application/atom+xml;q=0.9,"
            + "application/feed+json;q=0.9,application/rdf+xml;q=0.8,application/xml;q=0.8,text/xml;q=0.8,text/plain;q=0.5,*/*;q=0.1"),
    /** A feed or sitemap. */
    FEED("application/rss+xml,application/atom+xml,application/feed+json,application/rdf+xml,application/xml;q=0.9,text/xml;q=0.9,"
            + "text/plain;q=0.5,*/*;q=0.1"),
    /** A robots.txt file. */
    ROBOTS("text/plain,*/*;q=0.1");

    private final String header;

    Accept(String header) {
        this.header = header;
    }

    /** The header value. */
    public String header() {
        return header;
    }
}
