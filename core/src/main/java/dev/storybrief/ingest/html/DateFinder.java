package dev.storybrief.ingest.html;

import dev.storybrief.wording.WrittenDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when an article was published, trying sources from most to least reliable: JSON-LD
 * {@code datePublished}; publication meta tags (Open Graph/article, Dublin Core, Parse.ly, Sailthru,
 * itemprop...); elements marked {@code itemprop="datePublished"}; {@code <time>} elements; a date in the
 * URL path; a date written in the page text near its top. An ISO value is returned as found; any other
 * format is normalised to {@code yyyy-MM-dd}. A modification date ({@code dateModified}, {@code
 * article:modified_time}) is never taken for the publication date: it is read apart, as an upper bound.
 */
final class DateFinder {

    private static final String[] PUBLISHED_META = {
        "article:published_time", "og:article:published_time", "article:published", "og:published_time",
        "published_time", "datepublished", "article.published", "pubdate", "publishdate", "publish-date",
        "publish_date", "published-date", "published_date", "sailthru.date", "parsely-pub-date", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date",
        "citation_publication_date", "citation_date", "release_date", "originalpublicationdate", "article_date_original",
        "cxenseparse:recs:publishtime", "date_published", "article:post_date", "displaydate", "og:pubdate"};
    private static final String[] MODIFIED_META = {
        "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
        "last-modified", "lastmod"};

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern EPOCH = Pattern.compile("^(\\d{10})(\\d{3})?$");
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:/|[_-]|\\.html?|$)");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:h.]\\d{2}\\b\\s*([ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final int TEXT_SCAN_CHARS = 5000;

    private DateFinder() {
    }

    /** The publication date, or null. */
    static String find(Document doc, MetaTags meta, JsonLdFacts jsonLd, String url) {
        String d = normalize(jsonLd.datePublished());
        if (d == null) {
            d = firstNormalized(meta, PUBLISHED_META);
        }
        if (d == null) {
            d = fromElements(doc);
        }
        if (d == null) {
            d = fromUrl(url);
        }
        if (d == null) {
            d = DateStamps.published(topText(doc)).map(DateFinder::validYear).orElse(null);
        }
        if (d == null) {
            d = fromText(doc);
        }
        return d;
    }

    /** The last update the page's metadata states (JSON-LD {@code dateModified}, modification meta tags), or null. */
    static String updated(Document doc, MetaTags meta, JsonLdFacts jsonLd) {
        String d = normalize(jsonLd.dateModified());
        d = d != null ? d : firstNormalized(meta, MODIFIED_META);
        d = d != null ? d : updateTime(doc);
        return d != null ? d : DateStamps.updated(topText(doc)).map(DateFinder::validYear).orElse(null);
    }

    /** The start of the page's visible text, where its date stamps stand, without embedded posts (theirs are not). */
    private static String topText(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        Element read = body;
        if (!body.select(PostEmbeds.SELECTOR).isEmpty()) {
            read = body.clone();
            read.select(PostEmbeds.SELECTOR).remove();
        }
        String text = read.text();
        return text.length() > TEXT_SCAN_CHARS ? text.substring(0, TEXT_SCAN_CHARS) : text;
    }

    /** A stamp's change word ("Updated", "Last modified", "Aktualisiert") at the end of the text before a time. */
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(?iu)(?:^|[^\\p{L}])(?:" + dev.storybrief.wording.UpdateStamps.CHANGE_WORDS + ")\\s*(?:on|at|am|le|:)?\\s*:?\\s*$");

    /**
     * The time of a {@code <time>} element the page labels as its update: named so ("updated", "modified") or written
     * after a change word in the same line ("Updated <time datetime=...>6.30pm</time>"), where the machine-readable
     * time is exact though the shown one is only a clock time; null when none is.
     */
    private static String updateTime(Document doc) {
        for (Element t : doc.getElementsByTag("time")) {
            if (!t.hasAttr("datetime")) {
                continue;
            }
            String names = (t.className() + " " + t.id() + " " + t.attr("itemprop") + " "
                    + (t.parent() == null ? "" : t.parent().className())).toLowerCase(Locale.ROOT);
            boolean named = names.contains("updated") || names.contains("modified");
            if (named || CHANGE_BEFORE.matcher(textBefore(t)).find()) {
                String d = normalize(t.attr("datetime"));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The text just before an element in its parent (up to the previous element), for its label. */
    private static String textBefore(Element e) {
        org.jsoup.nodes.Node previous = e.previousSibling();
        return previous instanceof org.jsoup.nodes.TextNode text ? text.text() : "";
    }

    private static String firstNormalized(MetaTags meta, String[] keys) {
        for (String k : keys) {
            for (String v : meta.all(k)) {
                String d = normalize(v);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String fromElements(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated]")) {
            String d = normalize(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
            if (d != null) {
                return d;
            }
        }
        Element fallback = null;
        for (Element t : doc.getElementsByTag("time")) {
            String cls = (t.className() + " " + t.id() + " " + t.parent().className()).toLowerCase(Locale.ROOT);
            if (t.hasAttr("pubdate") || cls.contains("publish") || cls.contains("posted") || cls.contains("created")) {
                String d = normalize(firstNonBlank(t.attr("datetime"), t.text()));
                if (d != null) {
                    return d;
                }
            } else if (fallback == null && !cls.contains("modif") && !cls.contains("update")) {
                fallback = t;
            }
        }
        return fallback == null ? null : normalize(firstNonBlank(fallback.attr("datetime"), fallback.text()));
    }

    /** A {@code yyyy/mm/dd}, {@code yyyy-mm-dd} or {@code yyyymmdd} date in the URL path. */
    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            String d = iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A date written with a month name or dotted day-first digits near the start of the visible text. */
    private static String fromText(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.select("[class*=date], [class*=time], [class*=publish], [class*=posted], [class*=meta],"
                + " [id*=date], [class*=byline]")) {
            String text = DateStamps.withoutUpdates(e.text());
            if (text.length() < 200) {
                String d = fromProse(text);
                if (d != null) {
                    return d;
                }
            }
        }
        // an update's day is an upper bound, never the publication's
        return fromProse(DateStamps.withoutUpdates(topText(doc)));
    }

    static String fromProse(String text) {
        return WrittenDates.find(text).map(DateFinder::validYear).orElse(null);
    }

    /**
     * Normalises a date value: ISO dates and date-times are returned as found (a space before the time
     * becomes {@code T}); other formats become {@code yyyy-MM-dd}; null if no valid date is recognised.
     */
    static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 100) {
            return null;
        }
        Matcher m = ISO.matcher(v);
        if (m.lookingAt()) {
            if (iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) == null) {
                return null;
            }
            return m.group(4) == null ? v.substring(0, 10) : isoDateTime(m);
        }
        Matcher epoch = EPOCH.matcher(v);
        if (epoch.matches()) {
            long seconds = Long.parseLong(epoch.group(1));
            return validYear(Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC).toLocalDate());
        }
        Matcher compact = COMPACT.matcher(v);
        if (compact.find()) {
            return iso(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                    Integer.parseInt(compact.group(3)));
        }
        Matcher slashed = SLASHED.matcher(v);
        if (slashed.find()) {
            return iso(Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2)),
                    Integer.parseInt(slashed.group(3)));
        }
        return fromProse(v);
    }

    /** Rebuilds a matched ISO date-time with a {@code T} separator and {@code Z} for UTC/GMT. */
    private static String isoDateTime(Matcher m) {
        String found = m.group();
        int timeEnd = m.group(7) == null ? found.length() : m.start(7) - m.start();
        String time = found.substring(m.start(4) - m.start(), timeEnd).strip();
        String zone = m.group(7);
        if (zone == null) {
            zone = "";
        } else if (zone.equals("UTC") || zone.equals("GMT")) {
            zone = "Z";
        }
        return found.substring(0, 10) + "T" + time + zone;
    }

    /**
     * Whether a short line is only a date or time stamp: a year with a clock time or a written date
     * (month names in several languages, ISO, dotted day-first), or a bare clock time, with little else.
     */
    static boolean looksLikeDateLine(String line) {
        if (line.length() > 90) {
            return false;
        }
        int words = line.split("\\s+").length;
        boolean clock = CLOCK.matcher(line).find();
        if (!YEAR.matcher(line).find()) {
            return clock && words <= 5;
        }
        return words <= 10 && (clock || fromProse(line) != null);
    }

    private static String iso(int year, int month, int day) {
        try {
            return validYear(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String validYear(LocalDate d) {
        return d.getYear() >= 1990 && d.getYear() <= 2100 ? d.toString() : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
