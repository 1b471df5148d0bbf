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

    /**
     * A browser's reader mode shows a page under an address of its own that carries the original in its {@code url}
     * parameter: Edge's Immersive Reader ({@code read://https_host/?url=https%3A%2F%2F...}), Chrome's distilled page
     * ({@code chrome-distiller://id/?url=...}), Firefox's {@code about:reader?url=...}.
     */
    private static final java.util.regex.Pattern READER_ADDRESS = java.util.regex.Pattern.compile(
            "(?i)^(?:read|chrome-distiller|edge-distiller|about:reader)[:?].*?[?&]url=([^&#\\s]+).*$");

    /** The original address a reader mode's own address {@code url} carries, decoded; empty for any other address. */
    public static java.util.Optional<String> readerOriginal(String url) {
        if (url == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = READER_ADDRESS.matcher(url.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            String original = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
            return original.matches("(?i)https?://\\S+") ? java.util.Optional.of(original) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // a broken escape: no address to trust
        }
    }
}
