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
 * @param visit   why the item is read: new, its newer version, or its page in place of its feed's text
 * @param stamp   what the feeds that list the item say of its version ({@link FeedItem#stamp}; of every feed
 *                listing it when several do, {@link #together})
 * @param movedFrom the link the item was stored under, for a {@link Visit#MOVED} item; else null
 */
record Listed(FeedItem item, String feedUrl, Visit visit, String stamp, String movedFrom) {
    Listed(FeedItem item, String feedUrl) {
        this(item, feedUrl, Visit.NEW, item.stamp(), null);
    }

    /** Why a listed item is read. */
    enum Visit {
        /** Not stored yet. */
        NEW,
        /** Stored, and the feed now lists it with another title or date: read again for the newer version. */
        UPDATE,
        /** Stored from the text its feed gives it because its page failed: the page is tried again. */
        PAGE,
        /**
         * Stored under another link its feed no longer lists, and listed now under this one with the same guid (a
         * renamed slug, a new section): read again at its new address, and its stored article revised there.
         */
        MOVED
    }

    /** The same item, read for another reason. */
    Listed toVisit(Visit why) {
        return new Listed(item, feedUrl, why, stamp, movedFrom);
    }

    /** The same item, stored before under {@code storedLink}. */
    Listed movedFrom(String storedLink) {
        return new Listed(item, feedUrl, Visit.MOVED, stamp, storedLink);
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
        return new Listed(reader.item(), reader.feedUrl(), reader.visit(), stamp, reader.movedFrom());
    }
}
