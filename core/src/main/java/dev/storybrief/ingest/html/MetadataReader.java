package dev.storybrief.ingest.html;

import dev.storybrief.ingest.PageAddress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, author and outlet from the page head, JSON-LD and telling elements, and asks
 * {@link DateFinder} for the date. Title candidates are cleaned of the site-name suffix that page
 * titles usually carry; author candidates that are URLs, handles or the outlet itself are rejected.
 */
final class MetadataReader {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7\u00BB\u00AB:\\-\u2022/]{1,2}\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|written by|posted by|von|por|par)\\s*:?\\s+");
    /** "Analysis by", "Story by": a short label before the name. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?i)(\\p{L}+\\s+){1,2}by\\s+");
    /** Where a byline's name part ends: a date, a "Published"/"Updated" stamp, or a separator. */
    private static final Pattern AUTHOR_TAIL = Pattern.compile(
            "(?i)\\s+(published|updated|posted|last updated)\\b|\\s+\\|\\s+|\\.\\s+\\p{Lu}\\p{L}+\\s+\\p{Lu}|"
                    + "\\s+(mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\s+\\d{1,2}:\\d{2}|"
                    + "\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b");
    private static final int MAX_AUTHOR_CHARS = 120;

    private MetadataReader() {
    }

    static PageMetadata read(Document doc, JsonLdFacts jsonLd, String url) {
        MetaTags meta = MetaTags.of(doc);
        String outlet = outlet(doc, meta, jsonLd, url);
        String title = title(doc, meta, jsonLd, outlet);
        String author = author(doc, meta, jsonLd, outlet);
        String published = DateFinder.find(doc, meta, jsonLd, pageUrl(doc, meta, url));
        return new PageMetadata(title, published, author, outlet, DateFinder.updated(doc, meta, jsonLd),
                descriptions(meta));
    }

    /** The distinct descriptions of the head, Open Graph's first (what sharing shows is what editors write). */
    static List<String> descriptions(MetaTags meta) {
        Set<String> out = new LinkedHashSet<>(3);
        for (String key : new String[] {"og:description", "description", "twitter:description"}) {
            out.addAll(meta.all(key));
        }
        return new ArrayList<>(out);
    }

    // ---- title ----

    /**
     * The headline: the page's h1 when the declared title (Open Graph, Twitter, JSON-LD, else {@code <title>}) holds
     * it, else the declared title without its site name (or the article's own h1 where a template's title shares no
     * word with it). Of forms that are the same words, the one written with its accents wins: a title made for search
     * engines often drops them ("Marie Dupont elue maire" beside the h1's "Marie Dupont élue maire").
     */
    static String title(Document doc, MetaTags meta, JsonLdFacts jsonLd, String outlet) {
        Element h1 = firstHeading(doc);
        String heading = h1 == null ? null : TextNormalizer.collapse(h1.text());
        String chosen = declaredOrHeading(doc, meta, jsonLd, outlet, heading);
        if (chosen == null) {
            return null;
        }
        List<String> forms = new ArrayList<>();
        forms.add(heading);
        forms.add(articleHeading(doc));
        meta.all("og:title").forEach(forms::add);
        meta.all("twitter:title").forEach(forms::add);
        forms.add(jsonLd.headline());
        forms.add(stripSiteName(TextNormalizer.collapse(doc.title()), outlet));
        return withAccents(chosen, forms);
    }

    /** The form among {@code forms} of the same words as {@code chosen} that carries the most accents. */
    private static String withAccents(String chosen, List<String> forms) {
        String key = accentlessKey(chosen);
        String best = chosen;
        for (String form : forms) {
            if (form == null) {
                continue;
            }
            String f = TextNormalizer.collapse(form);
            if (TextNormalizer.marks(f) > TextNormalizer.marks(best) && accentlessKey(f).equals(key)) {
                best = f;
            }
        }
        return best;
    }

    private static String accentlessKey(String s) {
        return s == null ? "" : TextNormalizer.key(TextNormalizer.withoutAccents(s));
    }

    private static String declaredOrHeading(Document doc, MetaTags meta, JsonLdFacts jsonLd, String outlet,
            String heading) {
        String shared = firstNonBlank(meta.first("og:title", "twitter:title", "sailthru.title", "parsely-title"),
                jsonLd.headline());
        String declared = firstNonBlank(shared, TextNormalizer.collapse(doc.title()));
        String headingKey = accentlessKey(heading);
        if (heading != null && !heading.isEmpty() && declared != null
                && accentlessKey(declared).contains(headingKey) && headingKey.length() >= 10) {
            return heading;
        }
        if (declared != null) {
            String title = stripSiteName(declared, outlet);
            String article = shared == null ? articleHeading(doc) : null;
            // a template's <title> ("Gz page", the site's name) that shares no word with the article's own headline
            return article != null && !sharesWord(title, article) ? article : title;
        }
        return heading == null || heading.isEmpty() ? null : heading;
    }

    /**
     * The article's own headline: the one {@code <h1>} inside the page's {@code <article>} or main element (a site's
     * logo or name in an h1 sits in its header, outside them), or null when there is none or more than one.
     */
    private static String articleHeading(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        String found = null;
        for (Element h : body.select("article h1, main h1, [role=main] h1")) {
            String text = TextNormalizer.collapse(h.text());
            if (text.isEmpty()) {
                continue;
            }
            if (found != null && !found.equals(text)) {
                return null;
            }
            found = text;
        }
        return found;
    }

    /** Whether two headlines share a word that is not a function word (case and accents of letters aside). */
    private static boolean sharesWord(String a, String b) {
        Set<String> words = contentWords(a);
        for (String w : contentWords(b)) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !StopWords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Element firstHeading(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element h : body.getElementsByTag("h1")) {
            if (!h.text().isBlank()) {
                return h;
            }
        }
        return null;
    }

    /** Drops a " | Site Name" style part: the part naming the outlet, else the shorter trailing part. */
    static String stripSiteName(String title, String outlet) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String outletKey = TextNormalizer.key(outlet);
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String k = TextNormalizer.key(p);
            if (!outletKey.isEmpty() && (k.equals(outletKey) || outletKey.contains(k) && k.length() >= 3
                    || k.contains(outletKey) && k.length() <= outletKey.length() + 4)) {
                continue;
            }
            kept.add(p);
        }
        if (kept.size() == parts.length) {
            String last = parts[parts.length - 1];
            String head = title.substring(0, title.length() - last.length()).replaceAll("[\\s|\u2013\u2014\u00B7\u00BB\u00AB:\\-\u2022/]+$", "");
            // A short last part is usually the site name; a long one is part of the headline.
            return last.split("\\s+").length <= 4 && head.length() > last.length() ? head.strip() : title;
        }
        return kept.isEmpty() ? title : String.join(" - ", kept).strip();
    }

    // ---- author ----

    static String author(Document doc, MetaTags meta, JsonLdFacts jsonLd, String outlet) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : jsonLd.authors()) {
            addAuthor(names, n, outlet);
        }
        if (names.isEmpty()) {
            for (String key : new String[] {"author", "article:author", "byl", "parsely-author", "sailthru.author",
                "dc.creator", "dcterms.creator", "citation_author", "article.author", "og:article:author"}) {
                for (String v : meta.all(key)) {
                    addAuthor(names, v, outlet);
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            jsonLd.referencedAuthors().forEach(n -> addAuthor(names, n, outlet));
        }
        if (names.isEmpty()) {
            // a reader view keeps the page's byline in its credits line, less the outlet it may name
            ReaderViews.creditedPeople(doc, outlet).forEach(n -> addAuthor(names, n, outlet));
        }
        if (names.isEmpty()) {
            // Most specific markers first: a byline box often holds the outlet and a date besides the name.
            for (String query : new String[] {"[itemprop=author]", "[rel=author]", "[class*=author-name], [class*=authorName]",
                "[class~=^(author|byline__name|byline-name)$]", "[class*=byline]"}) {
                for (Element e : doc.select(query)) {
                    if (insideBoilerplate(e)) {
                        continue;
                    }
                    Element name = e.selectFirst("[itemprop=name]");
                    String text = name != null ? name.text() : e.text();
                    if (!text.isBlank() && text.length() <= MAX_AUTHOR_CHARS) {
                        addAuthor(names, text, outlet);
                    }
                    if (!names.isEmpty()) {
                        return String.join(", ", names);
                    }
                }
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Whether the element sits in a comment thread (commenters are not the article's authors). */
    private static boolean insideBoilerplate(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (ClassIdSignals.isCommentArea(p)) {
                return true;
            }
        }
        return false;
    }

    private static void addAuthor(Set<String> names, String raw, String outlet) {
        if (raw == null) {
            return;
        }
        String n = BY_PREFIX.matcher(TextNormalizer.collapse(raw)).replaceFirst("");
        n = LEAD_IN.matcher(n).replaceFirst("");
        Matcher tail = AUTHOR_TAIL.matcher(n);
        if (tail.find() && tail.start() > 0) {
            n = n.substring(0, tail.start());
        }
        n = n.replaceAll("[\\s,.|\u2022\u00B7-]+$", "").strip();
        String lower = n.toLowerCase(Locale.ROOT);
        if (n.isEmpty() || n.length() > MAX_AUTHOR_CHARS || lower.startsWith("http") || lower.contains("www.")
                || n.startsWith("@") || n.split("\\s+").length > 12 || !n.codePoints().anyMatch(Character::isLetter)) {
            return;
        }
        if (outlet != null && TextNormalizer.key(n).equals(TextNormalizer.key(outlet)) && !names.isEmpty()) {
            return;
        }
        names.add(n);
    }

    // ---- outlet ----

    static String outlet(Document doc, MetaTags meta, JsonLdFacts jsonLd, String url) {
        String name = firstNonBlank(meta.first("og:site_name"), jsonLd.publisher(), jsonLd.siteName(),
                meta.first("application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher",
                        "citation_publisher", "cre"));
        if (name != null && name.length() <= 100) {
            return name;
        }
        String address = pageUrl(doc, meta, url);
        // a copy in an archive or a cache: the original's host, never the archive's
        String host = PageAddress.outletHost(ArchiveWrappers.original(doc, address).orElse(address));
        String title = firstNonBlank(meta.first("og:title"), TextNormalizer.collapse(doc.title()));
        // a page that declares no name (a print version, a stripped copy) still shows it: masthead, title, copyright
        String shown = HostNames.of(doc, host, title);
        if (shown != null) {
            return shown;
        }
        // a reader view's byline often ends with the outlet ("Tomas Ekberg, Denvale Herald", "Bay Radio newsroom")
        String credited = ReaderViews.creditedOutlet(doc, host);
        if (credited != null) {
            return credited;
        }
        // a saved page without its address: the name its title ends with, when that part reads as a name
        return host != null ? host : TitleSiteName.of(title);
    }

    /** The page's own URL: canonical link, og:url, else the one given. */
    static String pageUrl(Document doc, MetaTags meta, String url) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String c = canonical == null ? null : canonical.attr("href");
        if (c != null && c.startsWith("http")) {
            return c;
        }
        String og = meta.first("og:url");
        if (og != null && og.startsWith("http")) {
            return og;
        }
        // a reader view's copy: the address of the article it shows, never the view's own
        return ReaderViews.original(doc, url).orElse(url);
    }


    // ---- helpers ----

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

}
