package dev.storybrief.ingest.feed;

import java.time.Instant;

/**
 * One item of an RSS or Atom feed as the feed states it.
 *
 * @param link      the item's link as written (may be relative, or null)
 * @param id        its guid or Atom id, or null
 * @param title     its title, whitespace collapsed, or null
 * @param published its publication time (else its update time), or null
 * @param dateText  that date as the feed writes it, with its time zone, or null when it cannot be told which element
 *                  Rome read it from
 * @param author    its author (RSS author, dc:creator, Atom author), or null
 * @param source    the publication it names as its source (RSS {@code <source>}, Atom {@code <source>}), or null
 * @param html      its text as the feed gives it, markup included: the full content ({@code content:encoded}, Atom
 *                  {@code content}) when present, else the description or summary; "" when it has none
 * @param updated   its update time as the feed states it (Atom {@code updated}, {@code dc:modified}), or null: the item
 *                  is no newer than that, and a feed that revises an item says so here, or by a new date or title
 */
public record SyndicationEntry(String link, String id, String title, Instant published, String dateText,
                               String author, String source, String html, Instant updated) {

    /** An entry that states no update time. */
    public SyndicationEntry(String link, String id, String title, Instant published, String dateText, String author,
                            String source, String html) {
        this(link, id, title, published, dateText, author, source, html, null);
    }
}
