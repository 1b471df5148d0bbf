package dev.storybrief.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one article in JSON, under the names the common tools write them: storybrief's own
 * ({@code text, title, date, outlet}), news-please's ({@code maintext, date_publish, source_domain, authors}),
 * NewsAPI's ({@code publishedAt}, {@code source: {"name"}}), trafilatura's ({@code sitename, hostname}) and the
 * schema.org names ({@code articleBody, headline, datePublished, publisher}), Newscatcher's ({@code published_date,
 * clean_url}), Event Registry's ({@code dateTime}, {@code source: {"title"}}) and the generic {@code created_at} and
 * {@code source_name}. A reader who saved articles with one of
 * these tools should not have to rename fields; the first name present wins, in the order listed.
 */
final class ArticleFields {
    private static final List<String> TEXT = List.of("text", "maintext", "articleBody", "body", "article", "content");
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> DATE = List.of("date", "date_publish", "publishedAt", "published",
            "datePublished", "pubDate", "published_at", "published_date", "dateTime", "created_at");
    private static final List<String> OUTLET = List.of("outlet", "source", "source_name", "sitename", "site_name",
            "publisher", "source_domain", "hostname", "clean_url");
    private static final List<String> AUTHOR = List.of("author", "authors", "byline");
    private static final List<String> URL = List.of("url", "link", "canonical_url");

    /** What separates paragraphs in the text a reader hands on: a blank line. */
    private static final String PARAGRAPH_BREAK = "\n\n";
    /** 100 billion: as milliseconds 1973-03-03, as seconds the year 5138; Unix times at or above it are milliseconds. */
    private static final long EPOCH_MILLIS_FROM = 100_000_000_000L;
    /** A Unix time in 1970, the epoch's first year, is an empty value or a count, not a date (1971-01-01). */
    private static final long MIN_EPOCH_MILLIS = 31_536_000_000L;
    /** No publication date is after the year 2200 (9999999999999 ms would be the year 2286). */
    private static final long MAX_EPOCH_MILLIS = 7_258_118_400_000L;

    private ArticleFields() {
    }

    /**
     * The article's text, or "" when none of the text fields holds any: a string or a list of strings. A number or
     * a boolean there is no article, whatever a tool wrote into the field.
     */
    static String text(JsonNode doc) {
        for (String name : TEXT) {
            JsonNode value = doc.get(name);
            boolean prose = value != null && (value.isTextual() || value.isArray() || value.isObject());
            // a list of strings in a text field is the article's paragraphs, as scrapers store them
            String text = prose ? (value.isArray() ? joined(value, PARAGRAPH_BREAK) : textOf(value)) : null;
            if (text != null) {
                return text;
            }
        }
        return "";
    }

    /** The page's markup when the article comes as HTML ({@code "html"}, as the service accepts it), or null. */
    static String html(JsonNode doc) {
        JsonNode value = doc.get("html");
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }

    /** The page's address, or null. */
    static String url(JsonNode doc) {
        return first(doc, URL);
    }

    /**
     * The metadata of one article; {@code cluster} (nullable) is the line that holds it, whose outlet is every
     * article's that names none of its own (a collection of one outlet's reports states it once).
     */
    static Map<MetaKey, String> meta(JsonNode doc, JsonNode cluster) {
        Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
        put(meta, MetaKey.TITLE, first(doc, TITLE));
        put(meta, MetaKey.OUTLET, outlet(doc, cluster));
        put(meta, MetaKey.AUTHOR, first(doc, AUTHOR));
        String url = first(doc, URL);
        if (url != null && PageAddress.host(url) != null) {
            meta.put(MetaKey.URL, url);
        }
        String date = first(doc, DATE);
        JsonNode dateNode = date == null ? null : doc.get(nameOfFirst(doc, DATE));
        if (dateNode != null && dateNode.isIntegralNumber()) {
            date = epochDate(dateNode.asLong());
        }
        if (date != null) {
            meta.put(MetaKey.PUBLISHED, date);
            meta.put(MetaKey.PUBLISHED_ORIGIN, "JSON field \"" + nameOfFirst(doc, DATE) + "\"");
        }
        return meta;
    }

    /**
     * Whether the article's outlet comes only from an address: no outlet field on the line but a page's address, or an
     * outlet field that is itself a host name (news-please's {@code source_domain}, trafilatura's {@code hostname}:
     * "kelford-star.example"). A bare domain is what a tool knew of the site; the name a page states for itself (its
     * JSON-LD publisher, {@code og:site_name}) beats it.
     */
    static boolean outletFromAddress(JsonNode doc) {
        String own = first(doc, OUTLET);
        return own == null ? PageAddress.host(first(doc, URL)) != null : PageAddress.isHostName(own);
    }

    private static String outlet(JsonNode doc, JsonNode cluster) {
        String own = first(doc, OUTLET);
        if (own != null) {
            return own;
        }
        // a page's address names its outlet as a registered domain; the cleaner turns a listed domain into its name
        String host = PageAddress.outletHost(first(doc, URL));
        if (host != null) {
            return host;
        }
        return cluster == null ? null : first(cluster, OUTLET);
    }

    /** The first of the names that holds text: a string, a number, a list of strings, or an object's "name". */
    private static String first(JsonNode node, List<String> names) {
        for (String name : names) {
            String value = textOf(node.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String nameOfFirst(JsonNode node, List<String> names) {
        return names.stream().filter(n -> textOf(node.get(n)) != null).findFirst().orElse(names.get(0));
    }

    /**
     * A date given as a number: a Unix time, in seconds or (as JavaScript writes it) milliseconds since 1970, as an
     * ISO instant; the two are told apart by size, as every date since 1973 in milliseconds is beyond every date before
     * 5138 in seconds. A number that is neither is kept as it is (and reported as no date, as before).
     */
    static String epochDate(long value) {
        long millis = Math.abs(value) >= EPOCH_MILLIS_FROM ? value : value * 1000;
        if (millis < MIN_EPOCH_MILLIS || millis > MAX_EPOCH_MILLIS) {
            return Long.toString(value);
        }
        return java.time.Instant.ofEpochMilli(millis).toString();
    }

    private static String textOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            String text = value.asText().strip();
            return text.isEmpty() ? null : text;
        }
        if (value.isObject()) {
            // a source object names itself under "name" (NewsAPI, schema.org) or "title" (Event Registry)
            String name = textOf(value.get("name"));
            return name != null ? name : textOf(value.get("title"));
        }
        if (value.isArray()) {
            return joined(value, ", ");
        }
        return null;
    }

    /** The array's strings joined by {@code separator}, or null when it holds none. */
    private static String joined(JsonNode array, String separator) {
        List<String> parts = new ArrayList<>();
        array.forEach(item -> {
            String part = textOf(item);
            if (part != null) {
                parts.add(part);
            }
        });
        return parts.isEmpty() ? null : String.join(separator, parts);
    }

    private static void put(Map<MetaKey, String> meta, MetaKey key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }
}
