package dev.storybrief.ingest;

import java.net.URI;
import java.util.Locale;

/** The host of a page's address, as the page extractor and the JSON reader both read it for the outlet. */
public final class PageAddress {

    private PageAddress() {
    }

    /** The lower-case host without "www." ("bbc.co.uk" for "https://www.bbc.co.uk/news/x"), or null for no address. */
    public static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
