package dev.storybrief.server.desk;

import dev.storybrief.fetch.feed.FeedItem;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An item as a feed listed it.
 *
 * @param item    the item
 * @param feedUrl the feed that listed it
 * @param revisit true when the item is stored already and the feed now lists it with another title or date: its
 *                page is fetched again for the newer version
 * @param stamp   what the feeds that list the item say of its version ({@link FeedItem#stamp}; of every feed
 *                listing it when several do, {@link #together})
 */
record Listed(FeedItem item, String feedUrl, boolean revisit, String stamp) {
    Listed(FeedItem item, String feedUrl) {
        this(item, feedUrl, false, item.stamp());
    }

    /** The same item, to be fetched again for its newer version. */
    Listed toRevisit() {
        return new Listed(item, feedUrl, true, stamp);
    }

    String url() {
        return item.url().toString();
    }

    /**
     * One page listed by several feeds (a sitemap and an RSS feed of the same site, two sections' feeds): read through
     * {@code reader}, the listing the desk reads it by, and stamped with what every listing says, so that a new
     * title or date in any of the feeds is a new version of the page, whichever feed listed it first. The stamps are
     * put in the order of their feeds' addresses, so the order the feeds are polled in changes nothing; one listing
     * keeps its own stamp, as stored before.
     */
    static Listed together(Listed reader, List<Listed> all) {
        if (all.size() < 2) {
            return reader;
        }
        String stamp = all.stream().sorted(Comparator.comparing(Listed::feedUrl))
                .map(l -> l.item().stamp()).distinct().collect(Collectors.joining("\n"));
        return new Listed(reader.item(), reader.feedUrl(), reader.revisit(), stamp);
    }
}
