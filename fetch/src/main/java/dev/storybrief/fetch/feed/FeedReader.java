package dev.storybrief.fetch.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import dev.storybrief.fetch.FetchException;
import dev.storybrief.fetch.FetchFailure;
import dev.storybrief.ingest.feed.FeedDocuments;
import dev.storybrief.ingest.feed.Syndication;
import dev.storybrief.ingest.feed.SyndicationEntry;
import dev.storybrief.ingest.feed.SyndicationException;
import dev.storybrief.ingest.feed.SyndicationFeed;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom and JSON Feed with core's {@link Syndication} (Rome; feed files given as
 * inputs are read by the same code), and sitemaps, sitemap indexes and Google News sitemaps
 * with crawler-commons, into one {@link Feed} shape. Document type declarations are refused (no external entities).
 * Entries without a usable http(s) link are left out and dates that cannot be true (more than a day in the future,
 * or before 1995) are dropped; each becomes a line in {@link Feed#problems()}.
 */
public final class FeedReader {
    private static final Instant EARLIEST = Instant.parse("1995-01-01T00:00:00Z");
    private static final int MAX_CHILD_SITEMAPS = 10;

    /**
     * Reads a feed fetched from {@code url}; {@code now} is the time dates are checked against.
     *
     * @throws FetchException of kind {@link FetchFailure#BAD_CONTENT} when it is neither a feed nor a sitemap
     */
    public Feed read(URI url, byte[] bytes, String contentType, Instant now) throws FetchException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        boolean xml = head.stripLeading().startsWith("<") || head.startsWith("\ufeff<");
        if (head.contains("<urlset") || head.contains("<sitemapindex") || !xml && looksLikeUrlList(head)) {
            return sitemap(url, bytes, xml ? "application/xml" : "text/plain", now);
        }
        if (!xml && Syndication.isFeed(bytes)) {
            // a JSON Feed, read as the RSS feed it stands for
            return syndication(url, bytes, now);
        }
        if (!xml) {
            throw new FetchException(FetchFailure.BAD_CONTENT, url, "not XML or a JSON Feed, so neither a feed nor a sitemap"
                    + (contentType == null ? "" : " (" + contentType + ")"));
        }
        if (isHtmlPage(head)) {
            // said before the XML parser refuses its doctype: the list names a page where a feed was meant
            throw new FetchException(FetchFailure.BAD_CONTENT, url, "not a feed (an HTML page)");
        }
        return syndication(url, bytes, now);
    }

    /** A page, not a feed: an HTML doctype, or an {@code <html>} element before any feed's root element. */
    private static boolean isHtmlPage(String head) {
        String start = head.replaceFirst("^\ufeff", "").stripLeading();
        if (start.startsWith("<!doctype html")) {
            return true;
        }
        int html = start.indexOf("<html");
        int feed = firstOf(start, "<rss", "<feed", "<rdf:rdf", "<rdf");
        return html >= 0 && (feed < 0 || html < feed);
    }

    private static int firstOf(String text, String... tags) {
        int first = -1;
        for (String tag : tags) {
            int at = text.indexOf(tag);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static boolean looksLikeUrlList(String head) {
        String firstLine = head.strip().split("\\R", 2)[0].strip();
        return firstLine.startsWith("http://") || firstLine.startsWith("https://");
    }

    private Feed syndication(URI url, byte[] bytes, Instant now) throws FetchException {
        SyndicationFeed feed;
        try {
            feed = Syndication.read(bytes);
        } catch (SyndicationException e) {
            throw new FetchException(FetchFailure.BAD_CONTENT, url, e.getMessage());
        }
        String title = feed.title();
        List<FeedItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int noLink = 0;
        for (SyndicationEntry entry : feed.entries()) {
            URI link = itemLink(url, feed, entry);
            if (link == null) {
                noLink++;
                continue;
            }
            Date date = entry.published() == null ? null : Date.from(entry.published());
            items.add(new FeedItem(link, entry.title(), believable(date, now, problems, link), title, entry.updated(),
                    guid(entry)));
        }
        if (noLink > 0) {
            problems.add(noLink + " item(s) without an http(s) link left out");
        }
        return new Feed(format(feed.type()), title, items, List.of(), problems, carried(url, feed));
    }

    /**
     * Each item's own text by its link, read by core's {@link FeedDocuments} as a feed file's items are (the same
     * teaser test, the same hints); the first item of a link when two share one.
     */
    private static Map<URI, FeedDocuments.Item> carried(URI url, SyndicationFeed feed) {
        Map<URI, FeedDocuments.Item> byLink = new HashMap<>();
        for (FeedDocuments.Item item : FeedDocuments.items("feed", null, feed)) {
            URI link = itemLink(url, feed, item.entry());
            if (link != null) {
                byLink.putIfAbsent(link, item);
            }
        }
        return byLink;
    }

    /**
     * Where an item's article is: its link, else its Atom id when that is an absolute address, resolved against the
     * feed's own address; null when it names no http(s) page. The desk fetches every item from here, and a feed given
     * as a command-line input its teasers.
     */
    public static URI itemLink(URI feedUrl, SyndicationFeed feed, SyndicationEntry entry) {
        boolean atom = format(feed.type()) == FeedFormat.ATOM;
        return link(feedUrl, entry.link() != null ? entry.link() : idAsLink(entry.id(), atom));
    }

    /**
     * What the feed names an entry by apart from its link: its guid or id, null when it has none or it is the link
     * itself (Rome gives an RSS item without a guid its link as id), so that such an item is known by its link alone.
     */
    private static String guid(SyndicationEntry entry) {
        String id = entry.id() == null ? null : entry.id().strip();
        return id == null || id.isEmpty() || id.equals(entry.link() == null ? null : entry.link().strip()) ? null : id;
    }

    private static FeedFormat format(String feedType) {
        String type = feedType == null ? "" : feedType.toLowerCase(Locale.ROOT);
        if (type.startsWith("atom")) {
            return FeedFormat.ATOM;
        }
        return type.equals("rss_1.0") || type.equals("rss_0.90") ? FeedFormat.RDF : FeedFormat.RSS;
    }

    private Feed sitemap(URI url, byte[] bytes, String contentType, Instant now) throws FetchException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(contentType, bytes, url.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new FetchException(FetchFailure.BAD_CONTENT, url, "bad sitemap (" + Syndication.oneLine(e.getMessage()) + ")");
        }
        if (parsed instanceof SiteMapIndex index) {
            List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
            children.sort(Comparator.comparing(AbstractSiteMap::getLastModified,
                    Comparator.nullsLast(Comparator.reverseOrder())));
            List<URI> sitemaps = children.stream().limit(MAX_CHILD_SITEMAPS)
                    .map(c -> link(url, c.getUrl().toString())).filter(java.util.Objects::nonNull).toList();
            return new Feed(FeedFormat.SITEMAP_INDEX, null, List.of(), sitemaps, List.of());
        }
        List<FeedItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
            URI link = link(url, entry.getUrl().toString());
            if (link == null) {
                continue;
            }
            NewsAttributes news = news(entry);
            Date date = news != null && news.getPublicationDate() != null ? news.getPublicationDate()
                    : entry.getLastModified();
            items.add(new FeedItem(link, news == null ? null : Syndication.collapse(news.getTitle()),
                    believable(date, now, problems, link), news == null ? null : Syndication.collapse(news.getName()),
                    entry.getLastModified() == null ? null : entry.getLastModified().toInstant()));
        }
        return new Feed(FeedFormat.SITEMAP, null, items, List.of(), problems);
    }

    private static NewsAttributes news(SiteMapURL entry) {
        ExtensionMetadata[] attributes = entry.getAttributesForExtension(Extension.NEWS);
        if (attributes == null) {
            return null;
        }
        for (ExtensionMetadata a : attributes) {
            if (a instanceof NewsAttributes news) {
                return news;
            }
        }
        return null;
    }

    private static Instant believable(Date date, Instant now, List<String> problems, URI link) {
        if (date == null) {
            return null;
        }
        Instant instant = date.toInstant();
        if (dev.storybrief.clean.BelievableDates.inFuture(instant, now)) {
            problems.add("item " + link + " dated in the future (" + instant + "); date ignored");
            return null;
        }
        if (instant.isBefore(EARLIEST)) {
            problems.add("item " + link + " dated " + instant + ", before the web had news; date ignored");
            return null;
        }
        return instant;
    }

    /**
     * An entry's id as its link, when it can be one. An RSS guid is a link only when it is a permalink, and Rome has
     * already made such a guid the entry's link; any other guid ({@code isPermaLink="false"}) is an id, never a
     * link. An Atom id is an IRI that is often the entry's address: taken only when absolute (an id relative to the
     * feed names no page).
     */
    private static String idAsLink(String id, boolean atom) {
        if (!atom || id == null) {
            return null;
        }
        String v = id.strip().toLowerCase(Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://") ? id : null;
    }

    /** An absolute http(s) link, resolved against the feed's own address; null when there is none. */
    private static URI link(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = base.resolve(new URI(link.strip()));
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || resolved.getHost() == null) {
                return null;
            }
            return resolved.getRawFragment() == null ? resolved
                    : new URI(resolved.getScheme(), resolved.getRawSchemeSpecificPart(), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
