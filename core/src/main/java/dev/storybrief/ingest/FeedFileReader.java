package dev.storybrief.ingest;

import dev.storybrief.ingest.feed.FeedHints;
import dev.storybrief.ingest.feed.FeedText;
import dev.storybrief.ingest.feed.Syndication;
import dev.storybrief.ingest.feed.SyndicationEntry;
import dev.storybrief.ingest.feed.SyndicationException;
import dev.storybrief.ingest.feed.SyndicationFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a feed file (RSS, RDF or Atom, told by its content) as one document per item: the item's description or
 * content as text, its title, date (as the feed writes it, so its time zone's day is kept), author, and the feed's title as outlet when the item names no source. An item's id
 * is the file's id and the last part of its link (else a short hash of its guid or title), so it stays the same when
 * the feed gains or loses other items. An item with no text beyond its title is left out with a warning.
 */
final class FeedFileReader {

    /** Longest slug taken from a link for an id. */
    private static final int MAX_SLUG = 48;

    ReadOutcome read(Path path, byte[] bytes) {
        SyndicationFeed feed;
        try {
            feed = Syndication.read(bytes);
        } catch (SyndicationException e) {
            return ReadOutcome.problem(new InputProblem(path, "feed cannot be read: " + e.getMessage(), true));
        }
        List<RawDocument> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String fileId = SourceFormat.idOf(path);
        List<SyndicationEntry> entries = feed.entries();
        for (int i = 0; i < entries.size(); i++) {
            SyndicationEntry entry = entries.get(i);
            String id = fileId + "-" + key(entry, i);
            List<String> paragraphs = FeedText.paragraphs(entry.html());
            if (onlyTitle(paragraphs, entry.title())) {
                problems.add(new InputProblem(path, "feed item " + (i + 1) + " (" + id + (entry.title() == null ? ""
                        : ", \"" + entry.title() + "\"") + ") has no text beyond its title", true));
                continue;
            }
            Map<MetaKey, String> link = PageAddress.host(entry.link()) == null ? Map.of()
                    : Map.of(MetaKey.URL, entry.link().strip());
            RawDocument bare = new RawDocument(id, path, SourceFormat.FEED, String.join("\n\n", paragraphs), link);
            String outlet = entry.source() != null ? entry.source() : feed.title();
            String date = entry.dateText() != null ? entry.dateText()
                    : entry.published() == null ? null : entry.published().toString();
            documents.add(new FeedHints(entry.title(), outlet, date, entry.author()).fill(bare));
        }
        if (entries.isEmpty()) {
            problems.add(new InputProblem(path, "feed has no items", true));
        }
        return new ReadOutcome(documents, problems);
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
}
