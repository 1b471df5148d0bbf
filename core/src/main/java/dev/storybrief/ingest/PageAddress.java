package dev.storybrief.ingest;

import java.net.URI;
import java.util.Locale;

/**
 * The host of a page's address, as the page extractor and the JSON reader both read it for the outlet, and the address
 * without the parameters that only track how a reader came to it.
 */
public final class PageAddress {

    private PageAddress() {
    }

    /**
     * Query parameters that say how a reader came to a page, not which page it is: Google Analytics' {@code utm_*}
     * campaign tags and the click ids platforms append ({@code fbclid}, {@code gclid}, Mailchimp's {@code mc_cid},
     * {@code mc_eid}). The same article shared in a feed and a newsletter differs only in them.
     */
    private static final java.util.regex.Pattern TRACKING = java.util.regex.Pattern.compile(
            "(?i)^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)(?:=.*)?$");

    /** The address without its tracking parameters ({@link #TRACKING}); null stays null, other addresses are kept. */
    public static String withoutTracking(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        int fragment = url.indexOf('#', query);
        String params = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
        StringBuilder kept = new StringBuilder();
        for (String param : params.split("&")) {
            if (!param.isEmpty() && !TRACKING.matcher(param).matches()) {
                kept.append(kept.length() == 0 ? "" : "&").append(param);
            }
        }
        return url.substring(0, query) + (kept.length() == 0 ? "" : "?" + kept)
                + (fragment < 0 ? "" : url.substring(fragment));
    }

    /**
     * The host as an outlet's name: {@link #host(String)}, or null when the host names no publisher (an IP address, or
     * "localhost" and other names without a dot), as for a page served from a reader's own machine.
     */
    public static String outletHost(String url) {
        String host = host(url);
        return host == null || !host.contains(".") || host.startsWith("[") || host.matches("[\\d.]+") ? null : host;
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

    /** Whether an outlet is a bare host name ("harbourtribune.example") rather than a name ("Harbour Tribune"). */
    public static boolean isHostName(String outlet) {
        return outlet != null && outlet.matches("[\\w.-]+\\.[a-z]{2,}");
    }
}
