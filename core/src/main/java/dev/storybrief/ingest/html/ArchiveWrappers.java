package dev.storybrief.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Pages saved by an archive or a search engine's cache: the Wayback Machine's address holds the original's
 * ({@code web.archive.org/web/<time>/<original>}), as AMP caches' do, and archive.today and Google's cache open the page with a banner
 * that names it ("Saved from <original>", "This is Google's cache of <original>. It is a snapshot of the page as it
 * appeared on ..."). The banner is the wrapper's, not the article's, and the outlet is the original's, never the
 * archive's.
 */
final class ArchiveWrappers {
    private static final Pattern WAYBACK = Pattern.compile(
            "(?i)^https?://(?:web\\.)?archive\\.org/web/\\d{1,14}[a-z_]*/(https?://.+)$");
    /**
     * An AMP cache's copy (Chrome saves a search result's AMP page under it): Google's and Bing's caches hold the
     * original's host and path after a letter for what is served ("c" content, "v" viewer) and "s/" for https
     * ({@code https://www-host-example.cdn.ampproject.org/c/s/www.host.example/path}, {@code google.com/amp/s/...}).
     */
    private static final Pattern AMP_CACHE = Pattern.compile(
            "(?i)^https?://(?:[^/]+\\.cdn\\.ampproject\\.org/[a-z]{1,2}|[^/]+\\.bing-amp\\.com/[a-z]{1,2}"
            + "|(?:www\\.)?google\\.[a-z.]{2,6}/amp)/(s/)?([^/?#\\s]+\\.[^/?#\\s]+(?:[/?#]\\S*)?)$");
    /** How a wrapper's banner opens, before the link to the original. */
    private static final Pattern BANNER = Pattern.compile("(?i)^\\s*(?:saved from|this is google's cache of)\\s*$");
    /** A banner is a few lines: its container is climbed up to while it holds no more text than this. */
    private static final int BANNER_CHARS = 600;

    private ArchiveWrappers() {
    }

    /** The address of the page an archive or cache saved, or empty when the page is no such copy. */
    static Optional<String> original(Element root, String pageUrl) {
        if (pageUrl != null) {
            Matcher wayback = WAYBACK.matcher(pageUrl.strip());
            if (wayback.matches()) {
                return Optional.of(wayback.group(1));
            }
            Matcher amp = AMP_CACHE.matcher(pageUrl.strip());
            if (amp.matches()) {
                return Optional.of((amp.group(1) == null ? "http://" : "https://") + amp.group(2));
            }
        }
        return bannerLinks(root).stream().map(a -> a.attr("abs:href").isEmpty() ? a.attr("href") : a.attr("abs:href"))
                .filter(h -> h.startsWith("http")).findFirst();
    }

    /** Removes the banners of archives and caches below {@code root}, each its whole box. */
    static void remove(Element root, RemovalLog log) {
        for (Element link : bannerLinks(root)) {
            Element box = link.parent();
            while (box != null && box.parent() != null && box.parent() != root
                    && box.parent().text().length() <= BANNER_CHARS) {
                box = box.parent();
            }
            if (box != null && box != root && box.parent() != null) {
                log.element(box, "banner of an archive or cache that saved the page");
                box.remove();
            }
        }
    }

    /** The links to the original that open wrappers' banners: "Saved from <a>", "This is Google's cache of <a>". */
    private static List<Element> bannerLinks(Element root) {
        List<Element> links = new ArrayList<>();
        for (Element a : root.select("a[href]")) {
            org.jsoup.nodes.Node before = a.previousSibling();
            if (before instanceof org.jsoup.nodes.TextNode text && BANNER.matcher(text.text()).matches()
                    && a.previousElementSibling() == null) {
                links.add(a);
            }
        }
        return links;
    }
}
