package dev.storybrief.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.filter.Filters;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds with Rome, for the live desk (feeds fetched by URL) and for feed
 * files given as inputs alike. Document type declarations are refused (no external entities), and what Rome reads is
 * handed on as plain records, so no caller depends on Rome.
 */
public final class Syndication {

    /** How many leading bytes are looked at to tell a feed by its root element. */
    private static final int HEAD_BYTES = 4096;
    /** The elements that are a feed's items: RSS and RDF {@code item}, Atom {@code entry}. */
    private static final java.util.Set<String> ITEMS = java.util.Set.of("item", "entry");
    /** An item's date elements (local names), publication before update as Rome reads them. */
    private static final List<String> DATES = List.of("pubDate", "published", "issued", "date", "updated", "modified");

    private Syndication() {
    }

    /**
     * Whether the bytes are a feed by their content: the first element after the XML declaration, comments,
     * processing instructions and a document type declaration is {@code rss}, {@code feed} or {@code rdf:RDF}. A file
     * name says nothing here: a feed saved as ".html" or ".txt" is still a feed, and XHTML with an XML declaration is
     * still a page.
     */
    public static boolean isFeed(byte[] bytes) {
        String root = rootElement(bytes);
        if (root == null) {
            // a JSON Feed (jsonfeed.org) is a feed too, told by its version field, not by a name or a media type
            return JsonFeed.isJsonFeed(bytes);
        }
        String name = root.toLowerCase(Locale.ROOT);
        return name.equals("rss") || name.equals("feed") || name.equals("rdf") || name.endsWith(":rdf");
    }

    /** The name of the first element of XML-like bytes (prefix included), or null when they do not start with markup. */
    public static String rootElement(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        int i = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; // a UTF-8 byte-order mark read as Latin-1
        while (true) {
            while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
                i++;
            }
            if (i >= head.length() || head.charAt(i) != '<') {
                return null;
            }
            if (head.startsWith("<?", i)) {
                i = after(head, i, "?>");
            } else if (head.startsWith("<!--", i)) {
                i = after(head, i, "-->");
            } else if (head.startsWith("<!", i)) {
                i = after(head, i, ">"); // a DOCTYPE; one with an internal subset is refused by the parser anyway
            } else {
                int end = i + 1;
                while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != '>'
                        && head.charAt(end) != '/') {
                    end++;
                }
                return end > i + 1 ? head.substring(i + 1, end) : null;
            }
            if (i < 0) {
                return null;
            }
        }
    }

    private static int after(String head, int from, String end) {
        int at = head.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    /**
     * Reads a feed; the charset comes from the byte-order mark or the XML declaration (UTF-8 when neither says). A
     * feed that is not well-formed (an item whose tags a hand-edited or truncated feed left open) is mended by
     * {@link LenientXml} and read again, so that one broken item does not lose the feed's good ones.
     *
     * @throws SyndicationException when the bytes are not a well-formed RSS or Atom feed
     */
    public static SyndicationFeed read(byte[] bytes) throws SyndicationException {
        if (rootElement(bytes) == null && JsonFeed.isJsonFeed(bytes)) {
            return JsonFeed.read(bytes);
        }
        try {
            return readStrictly(bytes);
        } catch (SyndicationException strict) {
            byte[] mended = LenientXml.mend(bytes);
            if (mended == null) {
                throw strict;
            }
            try {
                return readStrictly(mended);
            } catch (SyndicationException again) {
                throw strict; // the parser's own words about the bytes as they came
            }
        }
    }

    private static SyndicationFeed readStrictly(byte[] bytes) throws SyndicationException {
        SyndFeed feed;
        Document document;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            document = new SafeInput().parse(reader);
            feed = new SyndFeedInput().build(document);
        } catch (FeedException | JDOMException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw new SyndicationException("bad feed XML (" + oneLine(e.getMessage()) + ")");
        }
        List<String> dates = writtenDates(document, feed.getEntries().size());
        List<String> bases = bases(document, feed.getEntries().size());
        List<SyndicationEntry> entries = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            SyndEntry entry = feed.getEntries().get(i);
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            if (date != null && FeedDates.rolledOver(date.toInstant(), dates.get(i))) {
                date = null; // an impossible time rolled over to another day: kept as written, said and ignored
            }
            entries.add(new SyndicationEntry(againstBase(blankToNull(entry.getLink()), bases.get(i)),
                    blankToNull(entry.getUri()),
                    // a date Rome cannot read ("32 Nov 2026") is kept as written, so the reader can say it ignored it
                    title(entry), date == null ? null : date.toInstant(), dates.get(i),
                    collapse(entry.getAuthor()),
                    entry.getSource() == null ? null : collapse(entry.getSource().getTitle()), html(entry),
                    entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant()));
        }
        return new SyndicationFeed(feed.getFeedType(), collapse(feed.getTitle()), entries);
    }

    /**
     * Rome's parser settings (no document type declarations, no external entities, its fixes for HTML entities),
     * used to build the document that Rome then reads, so that the dates can also be read as written.
     */
    private static final class SafeInput extends WireFeedInput {
        SafeInput() {
            setAllowDoctypes(false);
        }

        Document parse(Reader reader) throws JDOMException, IOException {
            return createSAXBuilder().build(new XmlFixerReader(reader));
        }
    }

    /**
     * Each item's date as the feed writes it (published before updated, as Rome takes them), by position; all null
     * when the items found are not as many as Rome's entries. Rome keeps only the instant, and with it the time zone
     * is lost: "Sun, 14 Jun 2026 23:50:00 -0500" is the 14th where the outlet is, though the 15th in UTC.
     */
    private static List<String> writtenDates(Document document, int count) {
        List<String> dates = new ArrayList<>(count);
        for (Element item : document.getRootElement().getDescendants(Filters.element())) {
            if (ITEMS.contains(item.getName())) {
                dates.add(writtenDate(item));
            }
        }
        return dates.size() == count ? dates : java.util.Collections.nCopies(count, null);
    }

    /**
     * Each item's xml:base, the attributes in scope resolved from the root down (RFC 4287 section 2, XML Base), by
     * position; null where none is in scope, and all null when the items found are not as many as Rome's entries.
     * Rome can resolve these itself, but only by a switch for the whole process, and a relative link with no base in
     * scope then comes back as "null/news/x.html"; without a base the reader resolves a link against the address the
     * feed was fetched from, as before.
     */
    private static List<String> bases(Document document, int count) {
        List<String> bases = new ArrayList<>(count);
        for (Element item : document.getRootElement().getDescendants(Filters.element())) {
            if (ITEMS.contains(item.getName())) {
                bases.add(base(item));
            }
        }
        return bases.size() == count ? bases : java.util.Collections.nCopies(count, null);
    }

    private static String base(Element element) {
        List<String> chain = new ArrayList<>();
        for (Element e = element; e != null; e = e.getParentElement()) {
            String value = e.getAttributeValue("base", org.jdom2.Namespace.XML_NAMESPACE);
            if (value != null && !value.isBlank()) {
                chain.add(0, value.strip());
            }
        }
        String base = null;
        for (String value : chain) {
            base = base == null ? value : againstBase(value, base);
        }
        return base;
    }

    /** The link resolved against the base when the link is relative and the base absolute; else the link as written. */
    static String againstBase(String link, String base) {
        if (link == null || base == null) {
            return link;
        }
        try {
            java.net.URI baseUri = new java.net.URI(base);
            java.net.URI linkUri = new java.net.URI(link);
            return linkUri.isAbsolute() || !baseUri.isAbsolute() ? link : baseUri.resolve(linkUri).toString();
        } catch (java.net.URISyntaxException e) {
            return link; // a link or base that is no URI is left for the reader, which says so
        }
    }

    private static String writtenDate(Element item) {
        for (String name : DATES) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    String text = collapse(child.getText());
                    if (text != null) {
                        return text;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The entry's title as text. An Atom title of type "html" or "xhtml" is markup, which XML has already unescaped
     * once: "Captain &amp;amp; crew" in the file is the markup "Captain &amp; crew", whose text is "Captain & crew".
     * RSS titles are plain text by the specification, but feeds write entities into them all the same, so an RSS title
     * holding an HTML entity is decoded too.
     */
    static String title(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        String value = title == null ? entry.getTitle() : title.getValue();
        if (value == null) {
            return null;
        }
        String type = title == null || title.getType() == null ? "" : title.getType().toLowerCase(Locale.ROOT);
        if (type.equals("html") || type.equals("xhtml") || type.endsWith("/html") || type.endsWith("xhtml+xml")) {
            return collapse(org.jsoup.Jsoup.parseBodyFragment(value).text());
        }
        if (ENTITY.matcher(value).find()) {
            return collapse(org.jsoup.parser.Parser.unescapeEntities(value, false));
        }
        return collapse(value);
    }

    /** An HTML character reference: named, decimal or hexadecimal. */
    static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile(
            "&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

    /** The fullest text the entry carries: its content when it has any, else its description. */
    private static String html(SyndEntry entry) {
        StringBuilder content = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                content.append(content.length() == 0 ? "" : "\n").append(c.getValue());
            }
        }
        if (content.length() > 0) {
            return content.toString();
        }
        SyndContent description = entry.getDescription();
        return description == null || description.getValue() == null ? "" : description.getValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The text with runs of whitespace made one space, or null when nothing is left (a feed's and a sitemap's fields). */
    public static String collapse(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? null : flat;
    }

    /** A parser's message on one line, for the one line a bad feed or sitemap gets. */
    public static String oneLine(String message) {
        return message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
    }
}
