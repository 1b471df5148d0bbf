package dev.storybrief.clean;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.PageAddress;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.DateProvenance;
import dev.storybrief.model.DateSource;
import dev.storybrief.model.Removal;
import dev.storybrief.model.SentenceMarks;
import dev.storybrief.model.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clean stage: removes boilerplate lines through a chain of {@link LineRule}s, reads the metadata the text
 * carries, finds the headline, and returns an {@link Article} whose paragraphs are the story alone.
 */
public final class ArticleCleaner {
    private final List<LineRule> rules;

    /** A cleaner with {@link BoilerplateRules#defaults()}. */
    public ArticleCleaner() {
        this(BoilerplateRules.defaults());
    }

    /** A cleaner with its own chain of rules. */
    public ArticleCleaner(List<LineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A dateline opens one of the first paragraphs (after a kicker or a photo line that cleaning kept). */
    private static final int DATELINE_PARAGRAPHS = 3;
    /** Two words in sentence case, nothing closing them: "Ferry closed" ({@link #isShortHeadline}). */
    private static final java.util.regex.Pattern SHORT_HEADLINE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]* \\p{Ll}[\\p{L}'’-]*\\p{L}");

    /** Cleans one document. */
    public Article clean(RawDocument doc) {
        doc = BidiControls.removed(doc);
        Layout layout = layout(doc);
        doc = layout.filled(doc);
        List<Removal> removals = new ArrayList<>();
        // an embedded post's signature is neither a line of the article nor its date
        // a live blog's times each on a line of their own are its entries' stamps, not a video's time codes
        List<String> lines = EmbeddedPosts.attributed(doc.id(), LiveBlogs.withLoneStampsJoined(layout.lines()), removals);
        TextMetadata textMeta = TextMetadata.sniff(lines);
        // a press release is its issuer's own statement, whoever prints it and whichever newswire carried it
        boolean release = PressReleases.isIssued(lines);
        Optional<String> issuer = release ? PressReleases.issuerOfRelease(lines) : Optional.empty();
        Map<Integer, String> removedBy = new HashMap<>();
        applyRules(doc.id(), lines, removedBy, removals);
        // a version in a second language (a bilingual release) is set apart before anything reads the text's language
        List<String> kept = new ArrayList<>(OtherLanguageParts.setApart(doc.id(),
                keptParagraphs(doc.id(), lines, removedBy, removals), removals));
        // a correction notice published on its own is all correction note: its notes are its text
        kept = new ArrayList<>(CorrectionNotices.noticeText(kept, removals, "correction", lines, doc.meta(MetaKey.TITLE)));
        String title = doc.meta(MetaKey.TITLE);
        if (title == null && !kept.isEmpty() && (looksLikeHeadline(kept.get(0)) || startsWithShortHeadline(lines, kept))) {
            title = kept.remove(0);
        }
        String labelled = title;
        title = FlashLabels.strip(doc.id(), title, removals);
        kept = new ArrayList<>(FlashLabels.flashText(title != null && !title.equals(labelled), title, kept));
        String filedFrom = kept.isEmpty() ? null : datelinePlace(kept);
        String agency = stripDateline(kept);
        Map<Integer, LocalDate> entryDays = new HashMap<>();
        kept = LiveBlogs.inOrder(doc.id(), kept, date(doc, textMeta), doc.meta(MetaKey.PUBLISHED), entryDays, removals);
        CorrectionNotices.mark(doc.id(), lines, title, kept, removals);
        // a wire in capitals ("(NORTH SEA WIRE) -") is named as it writes itself ("North Sea Wire")
        String wire = agency == null ? null : OutletNames.standard().byName(agency)
                .orElseGet(() -> Mastheads.capitalisedName(agency).orElse(agency));
        String publisher = publisher(doc, textMeta, lines, agency, layout.runningName());
        if (publisher != null && (publisher.equalsIgnoreCase(wire) || abbreviates(wire, publisher))) {
            wire = null; // the wire's own copy, its masthead in capitals or not, or its short name: no reprint
        }
        if (issuer.isPresent()) {
            publisher = issuer.get(); // the newswire and the site that reprints the release wrote none of it
            wire = null;
        }
        // what kind of text it is (a report, an opinion piece, a live blog) is read once here, for every stage after
        // the date's stamp gives the time of day too, kept with the date (StampTimes)
        Article article = ArticleKinds.marked(doc, StampTimes.timed(new Article(doc.id(), doc.path(), title,
                publisher != null ? publisher : wire,
                firstNonNull(doc.meta(MetaKey.AUTHOR), textMeta.author()), null, null, kept, removals,
                notAfter(doc, textMeta).withDayFiled(textMeta.dayFiled()),
                PageAddress.withoutTracking(doc.meta(MetaKey.URL)), publisher != null ? wire : null, filedFrom, entryDays)
                .withPublished(date(doc, textMeta), dateOrigin(doc, textMeta)),
                LooseDate.stated(doc.meta(MetaKey.PUBLISHED)).isPresent() ? doc.meta(MetaKey.PUBLISHED) : null));
        return release && article.kind() == ArticleKind.NEWS ? article.withKind(ArticleKind.PRESS_RELEASE,
                issuer.map(name -> "issued by " + name).orElse("a newswire's dateline or a release's marks")) : article;
    }

    /**
     * The document's lines. A text file may be a copy in another layout, whose markup or line breaks would be read as
     * prose: Markdown loses its markup, printed pages are joined back into paragraphs ({@link MarkdownText},
     * {@link PrintedPages}). Pages, feeds and JSON lines come as paragraphs already.
     */
    private static Layout layout(RawDocument doc) {
        List<String> lines = List.of(doc.text().replace("\r\n", "\n").replace('\r', '\n').split("\n"));
        if (doc.format() != SourceFormat.TEXT) {
            return new Layout(lines, null, Map.of(), null);
        }
        // a Markdown file fetched over HTTP has no path: its address names it
        String name = doc.path() != null ? doc.path().getFileName().toString() : doc.meta(MetaKey.URL);
        boolean markdownName = name != null && name.toLowerCase(java.util.Locale.ROOT)
                .matches(".*\\.(?:md|markdown)(?:[?#].*)?$");
        // the YAML front matter, or the same fields pasted atop a plain text, say the title, date, author, publisher
        // and address; they are no text (and rules around them mark Markdown)
        List<String> all = lines;
        Optional<FrontMatter> front = FrontMatter.of(lines).or(() -> FrontMatter.pasted(all));
        Map<MetaKey, String> fields = front.map(FrontMatter::fields).orElse(Map.of());
        String dateOrigin = front.map(FrontMatter::dateOrigin).orElse(null);
        if (front.isPresent()) {
            lines = lines.subList(front.get().end(), lines.size());
        }
        if (markdownName || front.filter(FrontMatter::fenced).isPresent() || MarkdownText.isMarkdown(lines)) {
            lines = MarkdownText.plain(lines);
        }
        // a page a browser printed: its headers and footers are no text; they name the page, its site and address
        Optional<BrowserPrints> print = front.isPresent() ? Optional.empty() : BrowserPrints.of(lines);
        if (print.isPresent()) {
            lines = print.get().lines();
            fields = print.get().fields();
        }
        // a news app's screen copied from a phone: its furniture is no text, its app bar names the outlet
        Optional<PhoneCopies.Copy> phone = PhoneCopies.of(lines);
        if (phone.isPresent()) {
            lines = phone.get().lines();
            if (phone.get().outlet().isPresent()) {
                fields = new java.util.EnumMap<>(fields.isEmpty() ? Map.of(MetaKey.OUTLET, phone.get().outlet().get()) : fields);
                fields.putIfAbsent(MetaKey.OUTLET, phone.get().outlet().get());
            }
        }
        return PrintedPages.isPrinted(lines)
                ? new Layout(PrintedPages.paragraphs(lines), PrintedPages.runningName(lines).orElse(null), fields, dateOrigin)
                : new Layout(lines, null, fields, dateOrigin);
    }

    /**
     * A text's lines as laid out for reading, the publication its printed pages' running header names (or null), and
     * the metadata its front matter gives, with where its date came from ({@link FrontMatter#dateOrigin}).
     */
    private record Layout(List<String> lines, String runningName, Map<MetaKey, String> fields, String dateOrigin) {
        /** The outlet hint of an address the front matter gives: the name the text gives itself beats a domain. */

        /**
         * The document with the front matter's fields where its container said nothing, and its publisher over a
         * feed's hint ({@link MetaKey#OUTLET_ORIGIN}): the text says it of itself. An address and no publisher names
         * the outlet by its domain, as a page's address does, only as a hint.
         */
        RawDocument filled(RawDocument doc) {
            if (fields.isEmpty()) {
                return doc;
            }
            Map<MetaKey, String> meta = new java.util.EnumMap<>(MetaKey.class);
            meta.putAll(doc.meta());
            if (fields.containsKey(MetaKey.OUTLET) && meta.remove(MetaKey.OUTLET_ORIGIN) != null) {
                meta.remove(MetaKey.OUTLET);
            }
            fields.forEach(meta::putIfAbsent);
            if (doc.meta(MetaKey.PUBLISHED) == null && fields.containsKey(MetaKey.PUBLISHED)) {
                meta.put(MetaKey.PUBLISHED_ORIGIN, dateOrigin);
            }
            String host = PageAddress.outletHost(meta.get(MetaKey.URL));
            if (!meta.containsKey(MetaKey.OUTLET) && host != null) {
                meta.put(MetaKey.OUTLET, host);
                meta.put(MetaKey.OUTLET_ORIGIN, ADDRESS_ORIGIN);
            }
            return new RawDocument(doc.id(), doc.path(), doc.format(), doc.text(), meta);
        }
    }

    /**
     * The document's metadata as its container gives it (title, outlet, author, date), without reading or changing
     * its text: for annotating a text exactly as given. Its paragraphs are left empty.
     */
    public Article describe(RawDocument doc) {
        Optional<LocalDate> date = LooseDate.stated(doc.meta(MetaKey.PUBLISHED));
        return new Article(doc.id(), doc.path(), doc.meta(MetaKey.TITLE), doc.meta(MetaKey.OUTLET),
                doc.meta(MetaKey.AUTHOR), date.orElse(null), date.isPresent() ? doc.meta(MetaKey.PUBLISHED_ORIGIN) : null,
                List.of(), List.of(), null, PageAddress.withoutTracking(doc.meta(MetaKey.URL)));
    }

    private void applyRules(String id, List<String> lines, Map<Integer, String> removedBy, List<Removal> removals) {
        LineContext context = new LineContext(lines, removedBy);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            context.moveTo(i);
            for (LineRule rule : rules) {
                Optional<String> reason = rule.match(context);
                if (reason.isPresent()) {
                    removedBy.put(i, rule.name());
                    removals.add(new Removal(id, context.line(), rule.name(), reason.get()));
                    break;
                }
            }
        }
    }

    private static List<String> keptParagraphs(String id, List<String> lines, Map<Integer, String> removedBy,
                                               List<Removal> removals) {
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("[\\s\\u00A0]+", " ").strip();
            if (line.isEmpty() || removedBy.containsKey(i)) {
                continue;
            }
            line = InlineMarks.strip(id, line, removals);
            if (line.isEmpty()) {
                continue;
            }
            if (!seen.add(line)) {
                removals.add(new Removal(id, line, "repeated", "paragraph repeated in the same article"));
                continue;
            }
            kept.add(line);
        }
        return TranscriptTurns.asSpeech(id, kept, removals);
    }

    /** Longest short name an outlet goes by in its datelines ("dpa", "AFP", "ANSA"). */
    private static final int ABBREVIATION_LETTERS = 5;

    /**
     * Whether the dateline's agency is the publisher's own short name: "Oberhollen (dna) -" under Deutsche
     * Nachrichtenagentur is the agency's own copy, not a reprint. A short name is a few letters, the first the name's
     * first, the rest found in the name in order (a German compound gives a letter from within a word: "Nachrichten-
     * agentur"); a listed outlet's short name ("AP") is that outlet's, never another paper's that happens to spell it.
     */
    static boolean abbreviates(String wire, String publisher) {
        if (wire == null || !wire.matches("\\p{L}{2," + ABBREVIATION_LETTERS + "}")
                || !(wire.equals(wire.toUpperCase(java.util.Locale.ROOT)) || wire.equals(wire.toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        Optional<String> listed = OutletNames.standard().byName(wire);
        if (listed.isPresent()) {
            return listed.get().equalsIgnoreCase(publisher);
        }
        String name = publisher.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String letters = wire.toLowerCase(java.util.Locale.ROOT);
        if (name.isEmpty() || name.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < letters.length(); i++) {
            at = name.indexOf(letters.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /** The place the dateline of the first paragraphs names, or null. */
    private static String datelinePlace(List<String> paragraphs) {
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
            if (Datelines.strip(paragraphs.get(i)).isPresent()) {
                // "CNN —" opens a text with its outlet's name, no place
                return Datelines.place(paragraphs.get(i)).filter(p -> OutletNames.standard().byName(p).isEmpty())
                        .orElse(null);
            }
        }
        return null;
    }

    /** Strips the dateline of the first paragraphs; the agency it names ("Reuters"), or null. */
    private static String stripDateline(List<String> paragraphs) {
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
            Optional<String> stripped = Datelines.strip(paragraphs.get(i));
            if (stripped.isPresent()) {
                String agency = Datelines.agency(paragraphs.get(i)).orElse(null);
                paragraphs.set(i, stripped.get());
                return agency;
            }
        }
        return null;
    }

    /** A headline: a short first line that does not end like a sentence. */
    static boolean looksLikeHeadline(String line) {
        int words = Words.count(line);
        return words >= 3 && words <= 25 && !line.matches(".*[.,;:。，；：][" + SentenceMarks.CLOSERS + "]?$");
    }

    /**
     * A headline of two words ("Ferry closed", "Bridge reopens"): too short for {@link #looksLikeHeadline} alone, so
     * it counts only where a text file puts its headline. It is the file's first line, set apart by a blank line,
     * written as a headline in sentence case (a capital first, a small letter second, no closing punctuation: a
     * name, such as a section "World News" or an outlet "Eastern Wire", capitalises every word), and the story's first
     * sentence follows it.
     */
    static boolean isShortHeadline(List<String> lines, int i) {
        for (int j = 0; j < i; j++) {
            if (!lines.get(j).isBlank()) {
                return false;
            }
        }
        String next = Mastheads.nextNonBlank(lines, i);
        return i + 1 < lines.size() && lines.get(i + 1).isBlank() && next != null && Mastheads.isSentence(next)
                && SHORT_HEADLINE.matcher(lines.get(i).replace('\u00A0', ' ').strip()).matches();
    }

    private static boolean startsWithShortHeadline(List<String> lines, List<String> kept) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        return first < lines.size() && isShortHeadline(lines, first)
                && lines.get(first).replaceAll("[\\s\\u00A0]+", " ").strip().equals(kept.get(0));
    }

    /**
     * The publisher: the page's (a bare host name becomes the listed outlet of its domain, another name of a listed
     * outlet its name) unless a feed only hinted it ({@link MetaKey#OUTLET_ORIGIN}: a feed lists other papers' texts
     * under its own title, and what the text says of itself comes first), else the text's masthead or its printed pages' running header, else its signature line, else what its source line or byline names, else a
     * copyright or credit line or the outlet's name for itself, else the issuer a press release names; else null. The
     * agency a dateline names ({@code agency}) is the text's source, not its publisher: "BRENMOOR (Northern Wire) -"
     * over "© 2026 Brenmoor Star" is the wire's text as the Star ran it, and the caller keeps both; with nothing else
     * naming a publisher, the agency is taken as its own publisher; a feed's hint comes before it.
     */
    private static String publisher(RawDocument doc, TextMetadata textMeta, List<String> lines, String agency,
                                    String runningName) {
        String page = doc.meta(MetaKey.OUTLET);
        if (page == null || doc.meta(MetaKey.OUTLET_ORIGIN) == null) {
            return page != null ? pageOutlet(page) : ownPublisher(textMeta, lines, agency, runningName);
        }
        String own = ownPublisher(textMeta, lines, agency, runningName);
        return own != null ? own : pageOutlet(page);
    }

    /** The publisher the text names itself (see {@link #publisher}), or null. */
    private static String ownPublisher(TextMetadata textMeta, List<String> lines, String agency, String runningName) {
        // a masthead is the page's own name, above the wire a dateline names
        Optional<String> masthead = Mastheads.find(lines);
        if (masthead.isPresent()) {
            return masthead.get();
        }
        if (runningName != null) {
            return OutletNames.standard().byName(runningName).orElse(runningName); // printed atop every page
        }
        if (textMeta.outlet() != null && !textMeta.outlet().equals(agency)) {
            return OutletNames.standard().byName(textMeta.outlet()).orElse(textMeta.outlet());
        }
        return new OutletCues(OutletNames.standard()).find(lines, agency != null).or(() -> PressReleases.issuer(lines))
                .orElse(null);
    }

    /**
     * The publisher a page's outlet field names: a host name becomes its listed outlet, and a listed outlet's other
     * name ("bbc") its own.
     */
    static String pageOutlet(String page) {
        OutletNames names = OutletNames.standard();
        return PageAddress.isHostName(page) ? names.byDomain(page).orElse(page) : names.byName(page).orElse(page);
    }

    /** The outlet hint's origin when an address names the outlet by its host: the text's own name beats it. */
    static final String ADDRESS_ORIGIN = "address";

    /**
     * The earliest of the page's update stamp, one written in the text and the day a browser printed the copy: the
     * article is no newer than any of them.
     */
    private static DateProvenance notAfter(RawDocument doc, TextMetadata textMeta) {
        LocalDate page = LooseDate.find(doc.meta(MetaKey.UPDATED)).orElse(null);
        LocalDate text = textMeta.notAfter();
        LocalDate printed = LooseDate.find(doc.meta(MetaKey.PRINTED)).orElse(null);
        boolean textFirst = page == null || text != null && text.isBefore(page);
        DateProvenance stamp = textFirst ? DateProvenance.UNDATED.withNotAfter(text, DateSource.TEXT)
                : DateProvenance.UNDATED.withNotAfter(page, DateSource.PAGE);
        // a stamp on the print day itself is the article's own: it says more than the print does
        return printed != null && (stamp.notAfter() == null || printed.isBefore(stamp.notAfter()))
                ? DateProvenance.UNDATED.withNotAfter(printed, DateSource.PRINTED) : stamp;
    }

    private static LocalDate date(RawDocument doc, TextMetadata textMeta) {
        Optional<LocalDate> fromMeta = LooseDate.stated(doc.meta(MetaKey.PUBLISHED));
        return fromMeta.orElse(textMeta.published());
    }

    private static String dateOrigin(RawDocument doc, TextMetadata textMeta) {
        if (LooseDate.stated(doc.meta(MetaKey.PUBLISHED)).isPresent()) {
            return doc.meta(MetaKey.PUBLISHED_ORIGIN);
        }
        return textMeta.dateOrigin();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
