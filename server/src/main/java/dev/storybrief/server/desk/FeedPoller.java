package dev.storybrief.server.desk;

import dev.storybrief.fetch.Accept;
import dev.storybrief.fetch.FetchException;
import dev.storybrief.fetch.FetchFailure;
import dev.storybrief.fetch.FetchResult;
import dev.storybrief.fetch.PoliteFetcher;
import dev.storybrief.fetch.Validators;
import dev.storybrief.fetch.feed.Feed;
import dev.storybrief.fetch.feed.FeedReader;
import dev.storybrief.ingest.feed.FeedDocuments;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls one feed: a conditional request with the validators of the last answer (an unchanged feed costs one 304
 * and lists what it listed before), then its items; a sitemap index's sitemaps are polled the same way. A failure is one log line and one more error
 * on the feed's count, and gives no items; a feed with items that cannot be believed (dates in the future, items
 * without links) gives the others and counts one error.
 */
final class FeedPoller {
    private final PoliteFetcher fetcher;
    private final ArticleTable table;
    private final WatchLog log;
    private final Clock clock;
    private final FeedReader reader = new FeedReader();
    /** What each feed listed when it last changed: a 304 still lists it, so failed items are tried again. */
    private final Map<String, List<Listed>> lastListed = new ConcurrentHashMap<>();
    /** What each feed carried of its items' own text when it last changed, by item link. */
    private final Map<String, Map<URI, FeedDocuments.Item>> carried = new ConcurrentHashMap<>();

    FeedPoller(PoliteFetcher fetcher, ArticleTable table, WatchLog log, Clock clock) {
        this.fetcher = fetcher;
        this.table = table;
        this.log = log;
        this.clock = clock;
    }

    /** The items the feed lists now (as it listed them last when it answers 304); empty when it failed. */
    List<Listed> poll(URI url) throws InterruptedException {
        return poll(url, true);
    }

    /**
     * The item's own text as its feed carried it when the feed last changed (a whole article or a teaser); null for a
     * sitemap's item, which carries none.
     */
    FeedDocuments.Item carried(Listed listed) {
        return carried.getOrDefault(listed.feedUrl(), Map.of()).get(listed.item().url());
    }

    private List<Listed> poll(URI url, boolean followIndex) throws InterruptedException {
        String key = url.toString();
        Instant now = clock.instant();
        try {
            // A process's first poll of a feed is unconditional: the items of the last answer may not all have been
            // stored when the process before it stopped, and a 304 would not list them again.
            Validators validators = !lastListed.containsKey(key) ? Validators.NONE
                    : table.feed(key).map(s -> new Validators(s.etag(), s.lastModified())).orElse(Validators.NONE);
            FetchResult answer = fetcher.fetch(url, validators, Accept.FEED);
            if (answer.notModified()) {
                table.feedPolled(key, null, answer.validators(), true, now);
                return lastListed.getOrDefault(key, List.of());
            }
            if (answer.isBinaryMedia()) {
                throw new FetchException(FetchFailure.WRONG_TYPE, answer.finalUri(), answer.contentType() + " is not a feed");
            }
            Feed feed = reader.read(answer.finalUri(), answer.body(), answer.contentType(), now);
            table.feedPolled(key, feed.title(), answer.validators(), false, now);
            if (!feed.problems().isEmpty()) {
                String line = key + ": " + feed.problems().get(0)
                        + (feed.problems().size() > 1 ? " (and " + (feed.problems().size() - 1) + " more)" : "");
                log.failure("feed " + line);
                table.feedFailed(key, line, false, now);
            }
            List<Listed> items = new ArrayList<>();
            feed.items().forEach(item -> items.add(new Listed(item, key)));
            lastListed.put(key, List.copyOf(items));
            carried.put(key, feed.carried());
            if (followIndex) {
                for (URI sitemap : feed.sitemaps()) {
                    items.addAll(poll(sitemap, false));
                }
            }
            return items;
        } catch (FetchException e) {
            String line = e.uri().equals(url) ? e.line() : key + ": " + e.line();
            log.failure("feed " + line);
            table.feedFailed(key, line, true, now);
            return List.of();
        }
    }
}
