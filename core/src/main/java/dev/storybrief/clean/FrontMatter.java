package dev.storybrief.clean;

import dev.storybrief.ingest.MetaKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter a Markdown copy of an article opens with (static site generators, note apps and read-later
 * exports write it): a block between two "---" lines of "key: value" fields, which says the article's title, date,
 * author and publisher. It is metadata, not text: its fields fill what the document's container did not say, and its
 * lines leave the text.
 *
 * @param fields the metadata the block gives, by {@link MetaKey}
 * @param end    the index of the line after the block's closing line
 */
record FrontMatter(Map<MetaKey, String> fields, int end) {
    private static final Pattern FENCE = Pattern.compile("^---\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^(?:---|\\.\\.\\.)\\s*$");
    /** A field: a key of letters, digits, "_" or "-", a colon, its value (maybe none: a list follows). */
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][\\w-]*)\\s*:(?:\\s+(.*))?$");
    /** A line that continues a field: an indented value or a list item. */
    private static final Pattern CONTINUED = Pattern.compile("^(?:\\s+\\S.*|-\\s+.*)$");
    /** The most lines a front matter block is read to. */
    private static final int MAX_LINES = 60;
    /** The keys site generators and exporters give each field, by what they mean. */
    private static final Map<String, MetaKey> KEYS = Map.ofEntries(Map.entry("title", MetaKey.TITLE),
            Map.entry("headline", MetaKey.TITLE), Map.entry("date", MetaKey.PUBLISHED),
            Map.entry("published", MetaKey.PUBLISHED), Map.entry("pubdate", MetaKey.PUBLISHED),
            Map.entry("publishdate", MetaKey.PUBLISHED), Map.entry("date_published", MetaKey.PUBLISHED),
            Map.entry("datepublished", MetaKey.PUBLISHED), Map.entry("published_at", MetaKey.PUBLISHED),
            Map.entry("author", MetaKey.AUTHOR), Map.entry("byline", MetaKey.AUTHOR),
            Map.entry("publisher", MetaKey.OUTLET), Map.entry("outlet", MetaKey.OUTLET),
            Map.entry("site_name", MetaKey.OUTLET), Map.entry("source", MetaKey.OUTLET),
            Map.entry("url", MetaKey.URL), Map.entry("canonical_url", MetaKey.URL), Map.entry("link", MetaKey.URL),
            Map.entry("updated", MetaKey.UPDATED), Map.entry("lastmod", MetaKey.UPDATED),
            Map.entry("modified", MetaKey.UPDATED), Map.entry("date_modified", MetaKey.UPDATED));

    /**
     * The front matter the lines open with, or empty: the first line "---", then fields, then "---" or "...". A
     * text whose first rule is followed by prose, not fields, has none.
     */
    static Optional<FrontMatter> of(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size() || !FENCE.matcher(lines.get(first)).matches()) {
            return Optional.empty();
        }
        Map<MetaKey, String> fields = new EnumMap<>(MetaKey.class);
        boolean anyField = false;
        for (int i = first + 1; i < lines.size() && i <= first + MAX_LINES; i++) {
            String line = lines.get(i);
            if (CLOSE.matcher(line).matches()) {
                return anyField ? Optional.of(new FrontMatter(Map.copyOf(fields), i + 1)) : Optional.empty();
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                anyField = true;
                MetaKey key = KEYS.get(field.group(1).toLowerCase(Locale.ROOT));
                String value = field.group(2) == null ? "" : unquoted(field.group(2).strip());
                if (key != null && !value.isEmpty() && !value.startsWith("[") && !fields.containsKey(key)) {
                    fields.put(key, value);
                }
            } else if (!line.isBlank() && !CONTINUED.matcher(line).matches()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A YAML scalar without its quotes. */
    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("''", "'").strip();
        }
        return value;
    }
}
