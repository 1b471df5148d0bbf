package dev.storybrief.ingest.feed;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.PageAddress;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A feed's items as documents, for a feed file and a feed fetched by URL alike: each item's description or content as
 * text, its title, date (as the feed writes it, so its time zone's day is kept), author, and the feed's title as
 * outlet when the item names no source. An item's id is the feed's id and the last part of its link (else a short
 * hash of its guid or title), so it stays the same when the feed gains or loses other items.
 */
public final class FeedDocuments {

    /** Longest slug taken from a link for an id. */
    private static final int MAX_SLUG = 48;

    /**
     * Fewest words of an item's text for it to be the article rather than a teaser of it: a news article runs to
     * several hundred words, a feed's synopsis to one to three sentences (a WordPress excerpt is 55 words). Each
     * Chinese, Japanese or Korean character counts as a word.
     */
    public static final int ARTICLE_WORDS = 120;

    /** A word: a run of letters and digits, or one CJK character (those scripts put no spaces between words). */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}"
                    + "\\p{IsKatakana}\\p{IsHangul}]]+");
    /** How an excerpt says it is cut: a closing ellipsis ("[…]", "...") or a last line sending to the page. */
    private static final Pattern CUT = Pattern.compile("(?s).*(\\u2026|\\.\\.\\.)\\s*\\]?\\s*$");
    private static final Pattern READ_ON = Pattern.compile(
            "(?i)^(continue reading|read more|read the (full|whole|rest)|the post .+ appeared first on)\\b.*");

    private FeedDocuments() {
    }

    /**
     * One item of a feed.
     *
     * @param number   its place in the feed, from 1
     * @param entry    the item as the feed states it
     * @param id       its document id
     * @param hints    what the feed says about it: title, outlet, date, author
     * @param document its own text as a document filled with the hints; null when it has no text beyond its title
     */
    public record Item(int number, SyndicationEntry entry, String id, FeedHints hints, RawDocument document) {

        /**
         * True when the item carries only a teaser of its article: no text beyond its title, fewer than
         * {@link #ARTICLE_WORDS} words, or an excerpt that says it is cut.
         */
        public boolean teaser() {
            if (document == null) {
                return true;
            }
            String text = document.text();
            String[] paragraphs = text.split("\n\n");
            return WORD.matcher(text).results().count() < ARTICLE_WORDS || CUT.matcher(text).matches()
                    || READ_ON.matcher(paragraphs[paragraphs.length - 1].strip()).matches();
        }

        /** The item as a problem line names it: {@code feed item 2 (echo-ferries-move, "Ferries move")}. */
        public String label() {
            return "feed item " + number + " (" + id + (entry.title() == null ? "" : ", \"" + entry.title() + "\"") + ")";
        }
    }

    /**
     * The items of {@code feed}, in its order.
     *
     * @param feedId the feed's own id, the first part of each item's id
     * @param path   the feed file, or null for a feed fetched by URL
     */
    public static List<Item> items(String feedId, Path path, SyndicationFeed feed) {
        List<Item> items = new ArrayList<>();
        List<SyndicationEntry> entries = feed.entries();
        for (int i = 0; i < entries.size(); i++) {
            SyndicationEntry entry = entries.get(i);
            String id = feedId + "-" + key(entry, i);
            String outlet = entry.source() != null ? entry.source() : FeedTitles.outlet(feed.title(), host(entry.link()),
                    path(entry.link()));
            String date = FeedDates.iso(entry.published(), entry.dateText());
            FeedHints hints = new FeedHints(entry.title(), outlet, date, entry.author());
            List<String> paragraphs = FeedText.paragraphs(entry.html());
            RawDocument document = onlyTitle(paragraphs, entry.title()) ? null : withUpdate(hints.fill(
                    new RawDocument(id, path, SourceFormat.FEED, String.join("\n\n", paragraphs), linkOf(entry))),
                    entry);
            items.add(new Item(i + 1, entry, id, hints, document));
        }
        return items;
    }

    /**
     * The document with the item's update time as the latest it can date from, unless it already has one, or the update
     * time is the item's only time and so its date.
     */
    private static RawDocument withUpdate(RawDocument doc, SyndicationEntry entry) {
        if (entry.updated() == null || entry.updated().equals(entry.published()) || doc.meta(MetaKey.UPDATED) != null) {
            return doc;
        }
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        meta.putAll(doc.meta());
        meta.put(MetaKey.UPDATED, entry.updated().toString());
        return new RawDocument(doc.id(), doc.path(), doc.format(), doc.text(), meta);
    }

    private static boolean onlyTitle(List<String> paragraphs, String title) {
        if (paragraphs.isEmpty()) {
            return true;
        }
        String text = normal(String.join(" ", paragraphs));
        return title != null && text.equals(normal(title));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The item's part of its id: the last segment of its link's path, else a hash of its guid, title or place. */
    static String key(SyndicationEntry entry, int index) {
        String slug = slug(entry.link());
        if (slug == null) {
            slug = slug(entry.id());
        }
        if (slug != null) {
            return slug;
        }
        String basis = entry.id() != null ? entry.id() : entry.title() != null ? entry.title() : "item " + index;
        return hash(basis);
    }

    private static String slug(String link) {
        if (link == null) {
            return null;
        }
        String path;
        String query;
        try {
            URI uri = new URI(link.strip());
            path = uri.getPath();
            query = uri.getRawQuery();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].replaceFirst("\\.(html?|php|aspx?|jsp)$", "").toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (!part.isEmpty() && !part.equals("index")) {
                String cut = part.length() > MAX_SLUG ? part.substring(0, MAX_SLUG).replaceAll("-+$", "") : part;
                // "story.php?id=12": the query tells the items apart
                return query == null ? cut : cut + "-" + hash(query);
            }
        }
        return null;
    }

    private static String hash(String basis) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The item's link as the document's address, when it is a web address. */
    /** The host of an item's link, or null when it has none that is an absolute address. */
    private static String host(String link) {
        try {
            return link == null ? null : java.net.URI.create(link.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String path(String link) {
        try {
            return link == null ? null : java.net.URI.create(link.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<MetaKey, String> linkOf(SyndicationEntry entry) {
        return PageAddress.host(entry.link()) == null ? Map.of() : Map.of(MetaKey.URL, entry.link().strip());
    }
}
