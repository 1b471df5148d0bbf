package dev.storybrief.fetch;

import dev.storybrief.fetch.feed.FeedItem;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.feed.FeedHints;
import java.net.URI;

/**
 * Web pages as articles: fetched by a {@link PoliteFetcher}, then read by core's {@link InputReader} exactly as a
 * saved {@code .html} file is (same extractor, metadata and checks), so a URL and a saved copy of the page give the
 * same document. What a feed said about the item fills in what the page does not say (title, date, outlet).
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
     * Fetches {@code url} and reads its article as a document named {@code id}.
     *
     * @param hints what a feed said about the page, or null
     * @throws FetchException when the page cannot be fetched, is not HTML ({@link FetchFailure#WRONG_TYPE}) or holds
     *                        no article ({@link FetchFailure#NOT_AN_ARTICLE})
     */
    public Fetched fetch(String id, URI url, FeedItem hints) throws FetchException, InterruptedException {
        FetchResult page = fetcher.fetchPage(url);
        if (!page.isHtml()) {
            throw new FetchException(FetchFailure.WRONG_TYPE, page.finalUri(), page.contentType() + " is not a web page");
        }
        Ingested read = reader.readPage(id, page.finalUri().toString(), page.body());
        if (read.documents().isEmpty()) {
            String why = read.problems().isEmpty() ? "no article text" : read.problems().get(0).message();
            throw new FetchException(FetchFailure.NOT_AN_ARTICLE, page.finalUri(),
                    why.startsWith(page.finalUri() + ": ") ? why.substring(page.finalUri().toString().length() + 2) : why);
        }
        return new Fetched(page, withHints(read.documents().get(0), hints));
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
        if (hints == null) {
            return doc;
        }
        String published = hints.published() == null ? null : hints.published().toString();
        return new FeedHints(hints.title(), hints.outlet(), published, null).fill(doc);
    }
}
