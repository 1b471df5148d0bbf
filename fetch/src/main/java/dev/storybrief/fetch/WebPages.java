package dev.storybrief.fetch;

import dev.storybrief.fetch.feed.FeedItem;
import dev.storybrief.fetch.feed.FeedReader;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputProblem;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.feed.FeedDocuments;
import dev.storybrief.ingest.feed.FeedHints;
import dev.storybrief.ingest.feed.Syndication;
import dev.storybrief.ingest.feed.SyndicationException;
import dev.storybrief.ingest.feed.SyndicationFeed;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Web pages as articles: fetched by a {@link PoliteFetcher}, then read by core's {@link InputReader} exactly as a
 * saved {@code .html} file is (same extractor, metadata and checks), so a URL and a saved copy of the page give the
 * same document. What a feed said about the item fills in what the page does not say (title, date, outlet).
 * An address given as an input may also answer with a feed, read item by item as a feed file is.
 */
public final class WebPages {
    private final PoliteFetcher fetcher;
    private final InputReader reader;

    /** Pages fetched by {@code fetcher} and read by {@code reader}. */
    public WebPages(PoliteFetcher fetcher, InputReader reader) {
        this.fetcher = fetcher;
        this.reader = reader;
    }

    /** The fetcher the pages come through. */
    public PoliteFetcher fetcher() {
        return fetcher;
    }

    /**
     * Fetches {@code url} and reads its article as a document named {@code id}: a web page, or plain text that does
     * not open as markup (an article saved as .txt), read as a .txt file is.
     *
     * @param hints what a feed said about the page, or null
     * @throws FetchException when the page cannot be fetched, is neither HTML nor plain text
     *                        ({@link FetchFailure#WRONG_TYPE}) or holds no article ({@link FetchFailure#NOT_AN_ARTICLE})
     */
    public Fetched fetch(String id, URI url, FeedItem hints) throws FetchException, InterruptedException {
        return fetch(id, url, hints == null ? null : hintsOf(hints));
    }

    /** What a desk's feed item says about its page: title, outlet, and its date as an instant. */
    private static FeedHints hintsOf(FeedItem item) {
        return new FeedHints(item.title(), item.outlet(),
                item.published() == null ? null : item.published().toString(), null);
    }

    private Fetched fetch(String id, URI url, FeedHints hints) throws FetchException, InterruptedException {
        FetchResult page = fetcher.fetchPage(url);
        if (isPlainText(page)) {
            // a feed item's article saved as .txt and served as it is: read as brief reads the same address
            Ingested read = reader.readPlainText(id, page.finalUri().toString(), page.body());
            if (read.documents().isEmpty()) {
                throw notAnArticle(page, read);
            }
            // a feed's title is only a hint of its outlet: the clean stage reads the text's own publisher first
            RawDocument document = read.documents().get(0);
            return new Fetched(page, hints == null ? document : hints.fill(document));
        }
        if (!page.isHtml()) {
            throw new FetchException(FetchFailure.WRONG_TYPE, page.finalUri(), page.contentType() + " is not a web page");
        }
        return read(id, page, hints);
    }

    /**
     * Plain text that does not open as markup: an article saved as .txt or Markdown (.md, which a .md file is read
     * as too), read as a .txt file is.
     */
    private static boolean isPlainText(FetchResult answer) {
        return TEXT_TYPES.contains(String.valueOf(answer.contentType())) && !startsWithMarkup(answer.body());
    }

    /** The media types of text read as a .txt file is: plain text and Markdown (RFC 7763, and its older name). */
    private static final java.util.Set<String> TEXT_TYPES = java.util.Set.of("text/plain", "text/markdown",
            "text/x-markdown");

    private static FetchException notAnArticle(FetchResult page, Ingested read) {
        String why = read.problems().isEmpty() ? "no article text" : read.problems().get(0).message();
        return new FetchException(FetchFailure.NOT_AN_ARTICLE, page.finalUri(),
                why.startsWith(page.finalUri() + ": ") ? why.substring(page.finalUri().toString().length() + 2) : why);
    }

    private Fetched read(String id, FetchResult page, FeedHints hints) throws FetchException {
        Ingested read = reader.readPage(id, page.finalUri().toString(), page.body());
        if (read.documents().isEmpty()) {
            throw notAnArticle(page, read);
        }
        RawDocument document = read.documents().get(0);
        return new Fetched(page, hints == null ? document : hints.fill(document));
    }

    /**
     * Fetches an address given as an input and reads what it holds. A page is one article named {@code id}. A feed
     * (RSS, RDF or Atom, told by its root element whatever type the server declares) is its items, named
     * {@code id-<slug>} as a feed file's are: an item that carries its article is read from the feed, one that carries
     * only a teaser ({@link FeedDocuments.Item#teaser()}) from its link, as the live desk fetches items, with what the
     * feed says filling what the page does not; when that page cannot be had, the teaser is read instead, with one
     * warning line.
     *
     * @throws FetchException when the address cannot be fetched, is neither a page nor a feed (other XML such as a
     *                        sitemap, an image), the feed is unreadable, or the page holds no article
     */
    public Ingested read(String id, URI url) throws FetchException, InterruptedException {
        return read(id, fetcher.fetch(url, Validators.NONE, Accept.INPUT));
    }

    /** Reads an answer to {@link Accept#INPUT} as {@link #read(String, URI)} does. */
    public Ingested read(String id, FetchResult answer) throws FetchException, InterruptedException {
        if (Syndication.isFeed(answer.body())) {
            return feed(id, answer);
        }
        if (isPlainText(answer)) {
            // an article saved as .txt and served as it is: read as a .txt file is
            return reader.readPlainText(id, answer.finalUri().toString(), answer.body());
        }
        if (!"text/plain".equals(answer.contentType())) {
            requirePage(answer);
        }
        // a page, or one served as text/plain whose markup says what it is
        return new Ingested(List.of(read(id, answer, null).document()), List.of());
    }

    /**
     * Checks that an answer that is no feed is a web page: HTML, or XHTML served as XML.
     *
     * @throws FetchException for other XML (a sitemap, an error document) and for content of another type
     */
    public static void requirePage(FetchResult answer) throws FetchException {
        String root = Syndication.rootElement(answer.body());
        boolean xhtml = root != null && localName(root).equals("html");
        if (declaresXml(answer.contentType()) && !xhtml) {
            throw new FetchException(FetchFailure.BAD_CONTENT, answer.finalUri(), "not an RSS, RDF or Atom feed (its "
                    + "root element is " + (root == null ? "missing" : "<" + root + ">") + ")"
                    + (root != null && root.toLowerCase(Locale.ROOT).matches("urlset|sitemapindex")
                    ? "; a sitemap is read by watch" : ""));
        }
        if (!answer.isHtml() && !xhtml) {
            throw new FetchException(FetchFailure.WRONG_TYPE, answer.finalUri(),
                    answer.contentType() + " is neither a web page nor a feed");
        }
    }

    /** True when the body opens as an HTML document does, whatever type the server declared. */
    private static boolean startsWithMarkup(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceFirst("^\uFEFF|^\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml");
    }

    private Ingested feed(String id, FetchResult answer) throws FetchException, InterruptedException {
        URI feedUrl = answer.finalUri();
        SyndicationFeed feed;
        try {
            feed = Syndication.read(answer.body());
        } catch (SyndicationException e) {
            throw new FetchException(FetchFailure.BAD_CONTENT, feedUrl, e.getMessage());
        }
        if (feed.entries().isEmpty()) {
            throw new FetchException(FetchFailure.NOT_AN_ARTICLE, feedUrl, "the feed has no items");
        }
        List<RawDocument> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (FeedDocuments.Item item : FeedDocuments.items(id, null, feed)) {
            ItemRead read = readItem(item, FeedReader.itemLink(feedUrl, feed, item.entry()));
            if (read.document() != null) {
                documents.add(read.document());
            }
            if (read.problem() != null) {
                problems.add(new InputProblem(null, feedUrl + ": " + read.problem(), read.document() == null));
            }
        }
        return new Ingested(documents, problems);
    }

    /**
     * Reads one feed item, for a feed given as an input and the live desk alike: an item that carries its article
     * is read from the feed, with no fetch; one that carries only a teaser ({@link FeedDocuments.Item#teaser()}) from
     * its link, with what the feed says filling what the page does not; when that page cannot be had (a dead,
     * paywalled or geo-blocked link), the teaser is read instead, with a problem line.
     *
     * @param link where the item's page is ({@link FeedReader#itemLink}), or null when it names none
     */
    public ItemRead readItem(FeedDocuments.Item item, URI link) throws InterruptedException {
        if (!item.teaser() || link == null) {
            return new ItemRead(item.document(), null, null, item.document() != null ? null
                    : item.label() + " has no text beyond its title and no link");
        }
        try {
            Fetched page = fetch(item.id(), link, item.hints());
            return new ItemRead(page.document(), page.page(), null, null);
        } catch (FetchException e) {
            boolean teaser = item.document() != null;
            // what was read is the text the feed gives the item, its content or its description: said as such, not
            // as a teaser (a full content:encoded of a short report is no teaser of it)
            return new ItemRead(item.document(), null, e, item.label() + (teaser
                    ? " read from the text the feed gives it, its page failed: " : " has no text beyond its title, and"
                    + " its page failed: ") + e.line());
        }
    }

    /**
     * One feed item as read.
     *
     * @param document the article, from its page or from the feed; null when neither gave one
     * @param page     the page's answer when the article came from it; null when read from the feed
     * @param failure  why the page failed, when it was fetched and failed; else null
     * @param problem  the line that says what went wrong (the teaser read instead, or nothing read); null when all
     *                 went well
     */
    public record ItemRead(RawDocument document, FetchResult page, FetchException failure, String problem) {
    }

    /** An XML media type ({@code application/xml}, {@code text/xml}, {@code application/rss+xml}), not XHTML. */
    private static boolean declaresXml(String contentType) {
        return contentType != null && !contentType.equals("application/xhtml+xml")
                && (contentType.endsWith("/xml") || contentType.endsWith("+xml"));
    }

    private static String localName(String element) {
        return element.substring(element.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * A fetched article.
     *
     * @param page     the answer it came in (final URL, time)
     * @param document the article as core reads it
     */
    public record Fetched(FetchResult page, RawDocument document) {
    }

    /** The document with what {@code hints} says wherever the page itself says nothing. */
    public static RawDocument withHints(RawDocument doc, FeedItem hints) {
        return hints == null ? doc : hintsOf(hints).fill(doc);
    }
}
