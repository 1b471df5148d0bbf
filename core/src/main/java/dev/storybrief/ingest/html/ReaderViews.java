package dev.storybrief.ingest.html;

import dev.storybrief.ingest.PageAddress;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page saved from a browser's reader view. The view rebuilds the article in the browser's own template and drops
 * the page's head: no {@code og:site_name}, no JSON-LD, no canonical link. What it keeps it shows in its own elements,
 * and those are the article's:
 * <ul>
 *   <li>Firefox's about:reader: a link {@code a.reader-domain} to the original address (its text the host), the
 *   headline in {@code .reader-title}, the byline the page gave in {@code .reader-credits}, the text in
 *   {@code .moz-reader-content};</li>
 *   <li>Chromium's reader modes keep the original in their own address's {@code url} parameter
 *   ({@link PageAddress#readerOriginal}).</li>
 * </ul>
 * The original address is the page's: its host names the outlet and its path may carry the date
 * ({@code /2026/11/28/}), as for any page.
 */
final class ReaderViews {
    /** What marks Firefox's reader template: its content box, its header, its stylesheet. */
    /** Where a byline's parts part: commas, bars, dots, a spaced dash, "and". */
    private static final Pattern CREDIT_PARTS = Pattern.compile("\\s*[,|·•]\\s*|\\s+[-–—]\\s+|\\s+(?:and|&)\\s+");
    /** "By " before a name. */
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
    private static final String FIREFOX = ".moz-reader-content, .reader-header, link[href*=aboutReader.css]";

    private ReaderViews() {
    }

    /** Whether the page is Firefox's reader view as saved. */
    static boolean isFirefoxReader(Document doc) {
        return doc.selectFirst(FIREFOX) != null;
    }

    /**
     * The address of the article a reader view shows: Firefox's domain link, or the {@code url} parameter of a
     * Chromium reader mode's own address {@code pageUrl}; empty when the page is no reader view.
     */
    static Optional<String> original(Document doc, String pageUrl) {
        Optional<String> fromAddress = PageAddress.readerOriginal(pageUrl);
        if (fromAddress.isPresent() || !isFirefoxReader(doc)) {
            return fromAddress;
        }
        Element domain = doc.selectFirst("a.reader-domain[href], .reader-header a.domain[href]");
        String href = domain == null ? "" : domain.attr("href").strip();
        return href.matches("(?i)https?://\\S+") ? Optional.of(href) : Optional.empty();
    }

    /**
     * The outlet a reader view's byline names and the page's host spells: "Denvale Herald" of "Tomas Ekberg, Denvale
     * Herald" on denvaleherald.example, "Bay Radio" of "Bay Radio newsroom" on bayradio.example; null when none does.
     */
    static String creditedOutlet(Document doc, String host) {
        String credits = credits(doc);
        if (credits == null || host == null) {
            return null;
        }
        String label = HostNames.label(host);
        for (String part : CREDIT_PARTS.split(credits)) {
            String[] words = BY.matcher(part.strip()).replaceFirst("").split("\\s+");
            StringBuilder name = new StringBuilder();
            for (String word : words) {
                name.append(name.length() == 0 ? "" : " ").append(word);
                if (HostNames.spells(label, name.toString())) {
                    return name.toString();
                }
            }
        }
        return null;
    }

    /**
     * The people a reader view's byline names: its parts without the outlet ("Bay Radio newsroom" on Bay Radio's page
     * names no one) and without a date or time; empty when the page is no reader view.
     */
    static java.util.List<String> creditedPeople(Document doc, String outlet) {
        String credits = credits(doc);
        if (credits == null) {
            return java.util.List.of();
        }
        String outletKey = outlet == null ? "" : TextNormalizer.key(outlet);
        java.util.List<String> people = new java.util.ArrayList<>();
        for (String part : CREDIT_PARTS.split(credits)) {
            String name = BY.matcher(part.strip()).replaceFirst("").strip();
            boolean ofOutlet = !outletKey.isEmpty() && TextNormalizer.key(name).startsWith(outletKey);
            if (!name.isEmpty() && !ofOutlet && !name.matches(".*\\d.*")) {
                people.add(name);
            }
        }
        return people;
    }

    /** The byline Firefox's reader view shows under the headline, or null. */
    static String credits(Document doc) {
        if (!isFirefoxReader(doc)) {
            return null;
        }
        Element credits = doc.selectFirst(".reader-credits, .reader-header .credits");
        String text = credits == null ? "" : TextNormalizer.collapse(credits.text());
        return text.isEmpty() ? null : text;
    }
}
