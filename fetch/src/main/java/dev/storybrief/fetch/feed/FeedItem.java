package dev.storybrief.fetch.feed;

import java.net.URI;
import java.time.Instant;

/**
 * One entry of a feed or sitemap: where the article is, and what the feed says about it (fallbacks for what the
 * page itself does not say).
 *
 * @param url       the article's address
 * @param title     the entry's title, or null
 * @param published the entry's publication time, or null when it gives none (or one that cannot be true)
 * @param outlet    the publication: the feed's title, or a news sitemap's publication name; null when unknown
 * @param updated   the entry's update time (Atom {@code updated}, a sitemap's {@code lastmod}), or null
 * @param guid      what the feed names the entry by (RSS {@code guid}, Atom {@code id}, JSON Feed {@code id}), or null
 *                  when it names it by nothing but its link (a sitemap's entry, an RSS item without a guid): an entry
 *                  whose link changes under the same guid is the same entry moved, not a new one
 */
public record FeedItem(URI url, String title, Instant published, String outlet, Instant updated, String guid) {

    /** An entry that states no update time. */
    public FeedItem(URI url, String title, Instant published, String outlet) {
        this(url, title, published, outlet, null);
    }

    /** An entry named by its link alone. */
    public FeedItem(URI url, String title, Instant published, String outlet, Instant updated) {
        this(url, title, published, outlet, updated, null);
    }

    /**
     * What the feed says of this version of the item: its title, publication and update times. A feed that corrects
     * an article changes one of them ("UPDATED: ..." in the title, a new {@code pubDate} or {@code updated}), so a
     * stamp that differs from the one stored says the page is worth fetching again.
     */
    public String stamp() {
        return (title == null ? "" : title) + "|" + (published == null ? "" : published) + "|"
                + (updated == null ? "" : updated);
    }
}
