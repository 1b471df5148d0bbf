package dev.storybrief.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A JSON Feed (jsonfeed.org, versions 1 and 1.1) read as the {@link SyndicationFeed} an RSS or Atom feed is, so that
 * its items become articles by the same rules ({@link FeedDocuments}): the feed's {@code title} names the outlet, an
 * item's {@code content_html} (else its {@code content_text}, else its {@code summary}) is its text,
 * {@code date_published} its date, {@code date_modified} its update stamp, {@code authors} (1.1) or {@code author}
 * (1.0) its author. Sites publish it beside or instead of RSS, and feed readers export it.
 */
public final class JsonFeed {
    /** The URL every JSON Feed's {@code version} field opens with. */
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";
    /** A quick look before parsing: the version's URL in the text's first kilobytes, where the top-level fields are. */
    private static final int HEAD = 4096;
    /** A blank line between paragraphs of a {@code content_text}. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeed() {
    }

    /** Whether {@code text} is a JSON Feed: an object whose {@code version} is jsonfeed.org's and that lists items. */
    public static boolean isJsonFeed(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        if (!head.contains("jsonfeed.org/version/")) {
            return false;
        }
        JsonNode root = parse(text);
        return root != null && root.path("version").asText("").startsWith(VERSION_PREFIX)
                && root.path("items").isArray();
    }

    /**
     * Whether fetched or read bytes are a JSON Feed: UTF-8 (as JSON on the wire is, RFC 8259), maybe after a
     * byte-order mark, opening as an object. A feed served as {@code application/json} or {@code application/feed+json}
     * is told by this, whatever type the server declares, as an XML feed is by its root element.
     */
    public static boolean isJsonFeed(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{' && isJsonFeed(text(bytes));
    }

    /** The feed in {@code bytes}, which {@link #isJsonFeed(byte[])} accepted. */
    public static SyndicationFeed read(byte[] bytes) throws SyndicationException {
        return read(text(bytes));
    }

    /** JSON's bytes as text: UTF-8, without a byte-order mark. */
    private static String text(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The feed in {@code text}, which {@link #isJsonFeed} accepted. */
    public static SyndicationFeed read(String text) throws SyndicationException {
        JsonNode root = parse(text);
        if (root == null || !root.path("items").isArray()) {
            throw new SyndicationException("not a JSON Feed (no \"items\" list)");
        }
        List<SyndicationEntry> entries = new ArrayList<>();
        root.get("items").forEach(item -> {
            if (item.isObject()) {
                entries.add(entry(item));
            }
        });
        return new SyndicationFeed("json_feed", Syndication.collapse(string(root, "title")), entries);
    }

    private static SyndicationEntry entry(JsonNode item) {
        String link = string(item, "url") != null ? string(item, "url") : string(item, "external_url");
        String published = string(item, "date_published");
        String modified = string(item, "date_modified");
        Instant date = instant(published != null ? published : modified);
        String title = string(item, "title");
        return new SyndicationEntry(link, string(item, "id"), title == null ? null : Syndication.collapse(title), date,
                date == null ? null : (published != null ? published : modified), author(item), null, html(item),
                published != null ? instant(modified) : null);
    }

    /** The item's markup: its HTML as given, else its plain text as paragraphs (a blank line parts them). */
    private static String html(JsonNode item) {
        String html = string(item, "content_html");
        if (html != null) {
            return html;
        }
        String text = string(item, "content_text") != null ? string(item, "content_text") : string(item, "summary");
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            out.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>");
        }
        return out.toString();
    }

    /** The names of the item's authors (1.1's list, else 1.0's one author), joined by commas, or null. */
    private static String author(JsonNode item) {
        List<String> names = new ArrayList<>();
        JsonNode authors = item.path("authors");
        authors.forEach(a -> addName(a, names));
        if (names.isEmpty()) {
            addName(item.path("author"), names);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(JsonNode author, List<String> names) {
        String name = string(author, "name");
        if (name != null) {
            names.add(name);
        }
    }

    /** An RFC 3339 time as the spec requires; a feed that writes another form has no date here (the text may). */
    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode root = JSON.readTree(text.strip().replaceFirst("^\uFEFF+", ""));
            return root != null && root.isObject() ? root : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
