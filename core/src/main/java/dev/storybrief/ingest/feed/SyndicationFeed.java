package dev.storybrief.ingest.feed;

import java.util.List;

/**
 * An RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom feed as read by {@link Syndication}.
 *
 * @param type    Rome's name of its format ({@code rss_2.0}, {@code rss_1.0}, {@code atom_1.0}, ...)
 * @param title   the feed's title, whitespace collapsed, or null
 * @param entries its items, in document order
 */
public record SyndicationFeed(String type, String title, List<SyndicationEntry> entries) {

    public SyndicationFeed {
        entries = List.copyOf(entries);
    }
}
