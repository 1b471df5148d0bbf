package dev.storybrief.clean;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.PageAddress;
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
 * lines leave the text. A plain text may open with the same fields pasted without the rules ("Title: ...", "Source:
 * ...", "Date: ...", "URL: ..."), as people save an article with where it came from: {@link #pasted} reads those.
 *
 * @param fields     the metadata the block gives, by {@link MetaKey}
 * @param end        the index of the line after the block's closing line
 * @param dateOrigin where the date came from, as a document's {@link MetaKey#PUBLISHED_ORIGIN}: the front matter, or
 *                   the text's own date line ("text: ..."); null when the block gives no date
 * @param fenced     whether the block stood between rules (a Markdown file's front matter)
 */
record FrontMatter(Map<MetaKey, String> fields, int end, String dateOrigin, boolean fenced) {
    /** The origin note of a date the YAML front matter gives. */
    static final String FENCED_ORIGIN = "Markdown front matter";
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
            Map.entry("modified", MetaKey.UPDATED), Map.entry("date_modified", MetaKey.UPDATED),
            Map.entry("publication_date", MetaKey.PUBLISHED), Map.entry("publication", MetaKey.OUTLET),
            // the names other languages give the same fields, as pasted above a saved article
            Map.entry("titre", MetaKey.TITLE), Map.entry("titel", MetaKey.TITLE), Map.entry("título", MetaKey.TITLE),
            Map.entry("titulo", MetaKey.TITLE), Map.entry("titolo", MetaKey.TITLE), Map.entry("tytuł", MetaKey.TITLE),
            Map.entry("datum", MetaKey.PUBLISHED), Map.entry("fecha", MetaKey.PUBLISHED), Map.entry("data", MetaKey.PUBLISHED),
            Map.entry("quelle", MetaKey.OUTLET), Map.entry("fuente", MetaKey.OUTLET), Map.entry("fonte", MetaKey.OUTLET),
            Map.entry("źródło", MetaKey.OUTLET), Map.entry("auteur", MetaKey.AUTHOR), Map.entry("autor", MetaKey.AUTHOR),
            Map.entry("autore", MetaKey.AUTHOR), Map.entry("autorin", MetaKey.AUTHOR), Map.entry("lien", MetaKey.URL),
            Map.entry("enlace", MetaKey.URL));
    /**
     * A pasted field line: a name of a few words in any script ("Title", "Datum", "Publication date"), a colon, a
     * value. The name ends at the first colon, so "Title: Fire: what we know" is the title "Fire: what we know".
     */
    private static final Pattern PASTED_FIELD = Pattern.compile("^\\s*(\\p{L}[\\p{L} _-]{0,24}?)\\s*:\\s+(\\S.*)$");
    /** Fewer known fields than this are no pasted block: one "Source: ..." line atop a text is a line of the text. */
    private static final int PASTED_FIELDS = 2;

    /**
     * The front matter the lines open with, or empty: the first line "---", then fields, then "---" or "...". A
     * text whose first rule is followed by prose, not fields, has none.
     */
    static Optional<FrontMatter> of(List<String> lines) {
        int first = firstNonBlank(lines);
        if (first >= lines.size() || !FENCE.matcher(lines.get(first)).matches()) {
            return Optional.empty();
        }
        Map<MetaKey, String> fields = new EnumMap<>(MetaKey.class);
        boolean anyField = false;
        for (int i = first + 1; i < lines.size() && i <= first + MAX_LINES; i++) {
            String line = lines.get(i);
            if (CLOSE.matcher(line).matches()) {
                return anyField ? Optional.of(new FrontMatter(Map.copyOf(fields), i + 1,
                        fields.containsKey(MetaKey.PUBLISHED) ? FENCED_ORIGIN : null, true)) : Optional.empty();
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                anyField = true;
                MetaKey key = KEYS.get(field.group(1).toLowerCase(Locale.ROOT));
                String value = field.group(2) == null ? "" : unquoted(field.group(2).strip());
                if (key != null && !value.startsWith("[") && readable(key, value) && !fields.containsKey(key)) {
                    fields.put(key, value);
                }
            } else if (!line.isBlank() && !CONTINUED.matcher(line).matches()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The fields a plain text opens with, pasted without rules, or empty: from its first line, lines of known fields
     * ("Title:", "Source:", "Date:", "URL:", "Author:", and other languages' "Titre:", "Datum:", "Fecha:"), at least
     * {@link #PASTED_FIELDS} of them. A field of another name between known ones ("Section: World") belongs to the
     * block; one after the last known field does not, as a headline with a colon ("Ferry fire: what we know") may
     * follow the block directly. The date's origin is the text's own line, as a date line in the text would be.
     */
    static Optional<FrontMatter> pasted(List<String> lines) {
        int first = firstNonBlank(lines);
        Map<MetaKey, String> fields = new EnumMap<>(MetaKey.class);
        String dateLine = null;
        int known = 0;
        int end = first;
        for (int i = first; i < lines.size() && i < first + MAX_LINES; i++) {
            Matcher field = PASTED_FIELD.matcher(lines.get(i).replace('\u00A0', ' '));
            if (!field.matches()) {
                break;
            }
            MetaKey key = KEYS.get(field.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[ -]+", "_"));
            if (key == null && known == 0) {
                break; // the block opens with a field it names: "Fire: what we know" atop a text is its headline
            }
            if (key == null) {
                continue;
            }
            known++;
            end = i + 1;
            String value = field.group(2).strip();
            // "Source: https://..." names the page by its address
            MetaKey meant = key == MetaKey.OUTLET && value.matches("(?i)https?://\\S+") ? MetaKey.URL : key;
            if (readable(meant, value) && !fields.containsKey(meant)) {
                fields.put(meant, value);
                dateLine = meant == MetaKey.PUBLISHED ? lines.get(i).strip() : dateLine;
            }
        }
        if (known < PASTED_FIELDS || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(Map.copyOf(fields), end,
                dateLine == null ? null : "text: \"" + dateLine + "\"", false));
    }

    private static int firstNonBlank(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        return first;
    }

    /**
     * Whether a field's value says what its key means: a date field a date, an address field an address. "data:" is
     * the date in Italian and Polish but a list or a folder in a site generator's front matter.
     */
    private static boolean readable(MetaKey key, String value) {
        return switch (key) {
            case PUBLISHED, UPDATED -> LooseDate.find(value).isPresent();
            case URL -> PageAddress.host(value) != null;
            default -> !value.isEmpty();
        };
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
