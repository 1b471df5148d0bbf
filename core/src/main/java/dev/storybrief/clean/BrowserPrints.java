package dev.storybrief.clean;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.PageAddress;
import dev.storybrief.model.SentenceMarks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page printed by a browser (to paper or PDF) and saved or copied as text. Every printed page carries the
 * browser's header and footer, which are no text: the page's title, its address, the page's number of the pages and
 * the day and time of printing, placed as the browser places them. Chrome and Edge head a page with the time and the
 * title ("12/5/26, 10:14 AM   Ferry fire | Harbour Post") and foot it with the address and "1/2"; Firefox heads it with
 * the title and the address and foots it with "1 of 2" and the time; a PDF's text copy may give each of these on a
 * line of its own. They say the page's title and site, its address, and the day the reader printed it: the article is
 * no newer than that day, which is never its date (printing is not publishing).
 *
 * <p>A text is read as a print only when its lines hold all three of the browser's marks: a page count that starts at
 * page 1 ("1/2", "1 of 2", "Page 1 of 2", "1 von 2"), an address, and a date with a time of day, each on a line of
 * such marks alone or set off by a wide space from the page's title. A page break that cut a paragraph is mended.
 *
 * @param lines  the text without the headers and footers, a paragraph a page break cut joined again
 * @param fields what they say: {@link MetaKey#TITLE}, {@link MetaKey#OUTLET}, {@link MetaKey#URL},
 *               {@link MetaKey#PRINTED} (the day printed); a cut address names the outlet by its host as a hint
 *               ({@link MetaKey#OUTLET_ORIGIN})
 */
record BrowserPrints(List<String> lines, Map<MetaKey, String> fields) {
    /** The time of printing: a numeric date, then a time of day ("12/5/26, 10:14 AM", "05.12.26, 10:14"). */
    private static final Pattern STAMP = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,4})([/.-])(\\d{1,2})\\2(\\d{2,4}),?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?");
    /**
     * A page's address as the browser prints it, cut with dots when too long for its place; a reader mode's own
     * address (Edge's Immersive Reader prints "read://https_host/?url=...") carries the original.
     */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?|read|chrome-distiller)://\\S+|about:reader\\?\\S+");
    /** A page's number of the pages: "1/2", "1 of 2", "Page 1 of 2", "Seite 1 von 2", "1 sur 2", "1 de 2". */
    private static final Pattern COUNT = Pattern.compile("(?iu)(?<![\\d/])(?:(?:page|seite|página|pagina|pag\\.|strona"
            + "|sida|side|pagina)\\s+)?(\\d{1,3})\\s*(?:/|of|von|sur|de|di|van|af|av|z|из)\\s*(\\d{1,3})(?![\\d/])");
    /** What is left of a line of marks alone: the spaces and separators between them. */
    private static final Pattern LEFTOVER = Pattern.compile("[\\s|·•,–—-]*");
    /** A wide space: the gap between a header's or footer's places (left, centre, right). */
    private static final Pattern WIDE = Pattern.compile("\\s{2,}|\\t");
    /** "Ferry fire | Harbour Post", "Ferry fire - Harbour Post": a title and the site's name after it. */
    private static final Pattern SITE_AFTER = Pattern.compile("^(.+?)\\s+[|–—-]\\s+([^|–—-]{2,40})$");
    /** A title or address the browser cut to fit its place. */
    private static final Pattern CUT = Pattern.compile("(?:\\.\\.\\.|…)$");
    /** A printed line that is a full line of a column, not a heading: a page break inside it cut a sentence. */
    private static final int FULL_LINE = 60;

    /** One line read for the browser's marks. */
    private record Marks(String stamp, LocalDate day, String address, int page, int pages, String rest, boolean wide) {
        boolean any() {
            return stamp != null || address != null || page > 0;
        }

        /** A line of marks alone. */
        boolean alone() {
            return any() && rest.isEmpty();
        }

        /** A line of marks and a title set off by a wide space: a header. */
        boolean titled() {
            return any() && !rest.isEmpty() && wide;
        }
    }

    /**
     * The print's lines and fields, or empty: the text holds a page count from page 1, an address and a time of
     * printing on lines of marks, and it opens with a header.
     */
    static Optional<BrowserPrints> of(List<String> lines) {
        List<Marks> marks = new ArrayList<>(lines.size());
        for (String line : lines) {
            marks.add(read(line.strip()));
        }
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return Optional.empty();
        }
        String address = null;
        LocalDate printed = null;
        boolean stamped = false;
        int firstPage = 0;
        for (Marks m : marks) {
            if (m.alone() || m.titled()) {
                address = address == null ? m.address() : address;
                stamped |= m.stamp() != null;
                printed = printed == null ? m.day() : printed;
                firstPage = firstPage == 0 && m.page() > 0 ? m.page() : firstPage;
            }
        }
        if (address == null || !stamped || firstPage != 1 || PageAddress.host(address) == null) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new HashMap<>();
        lines.forEach(l -> counts.merge(l.strip(), 1, Integer::sum));
        // the header opens the text: its title on the line of marks, or a title line over the first line of marks
        String title = null;
        int next = nextNonBlank(lines, first + 1);
        if (marks.get(first).titled()) {
            title = marks.get(first).rest();
        } else if (!marks.get(first).any() && next < lines.size() && marks.get(next).alone()) {
            title = lines.get(first).strip();
        } else if (marks.get(first).alone() && next < lines.size() && !marks.get(next).any()
                && counts.get(lines.get(next).strip()) > 1) {
            title = lines.get(next).strip(); // a title on a line of its own under the marks, repeated on every page
        } else if (!marks.get(first).alone()) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        List<Integer> continued = new ArrayList<>();
        boolean pageBreak = false;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Marks m = marks.get(i);
            boolean headerTitle = title != null && line.equals(title) && (i == first || counts.get(line) > 1)
                    && besideMarks(lines, marks, i);
            if (m.alone() || m.titled() || headerTitle) {
                while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
                    kept.remove(kept.size() - 1); // the blank lines before a page break
                }
                pageBreak = !kept.isEmpty();
                continue;
            }
            if (line.isEmpty() && pageBreak) {
                continue; // the blank lines around a page break
            }
            int last = kept.size() - 1;
            if (pageBreak && last >= 0 && cutAtBreak(kept.get(last), line)) {
                continued.add(kept.size()); // a paragraph the page break cut: the line goes on the one before
                kept.add(lines.get(i));
            } else {
                if (pageBreak && last >= 0 && !kept.get(last).isEmpty()) {
                    kept.add("");
                }
                kept.add(lines.get(i));
            }
            pageBreak = false;
        }
        if (!PrintedPages.isPrinted(kept)) {
            // one paragraph a line: the cut paragraph is one line again (printed lines are joined by PrintedPages)
            for (int k = continued.size() - 1; k >= 0; k--) {
                int at = continued.get(k);
                kept.set(at - 1, kept.get(at - 1) + " " + kept.remove(at).strip());
            }
        }
        Map<MetaKey, String> fields = fields(title, address, printed, kept);
        return Optional.of(new BrowserPrints(List.copyOf(kept), fields));
    }

    /** What the header and footer say of the page; the page's own headline equal to the title leaves the text. */
    private static Map<MetaKey, String> fields(String header, String address, LocalDate printed, List<String> kept) {
        Map<MetaKey, String> fields = new EnumMap<>(MetaKey.class);
        if (!CUT.matcher(address).find()) {
            fields.put(MetaKey.URL, address);
        }
        if (header != null) {
            String title = header.strip();
            Matcher site = SITE_AFTER.matcher(title);
            if (site.matches()) {
                title = site.group(1).strip();
                fields.put(MetaKey.OUTLET, site.group(2).strip());
            }
            if (!CUT.matcher(title).find()) {
                fields.put(MetaKey.TITLE, title);
                // the page's own headline under the header is the title, not a line of the text
                String headline = title;
                kept.stream().filter(line -> !line.isBlank()).findFirst()
                        .filter(line -> line.strip().equalsIgnoreCase(headline)).ifPresent(kept::remove);
            }
        }
        String host = PageAddress.outletHost(address);
        if (!fields.containsKey(MetaKey.OUTLET) && !fields.containsKey(MetaKey.URL) && host != null) {
            // a cut address still names its site: as a hint, which the text's own name for its outlet beats
            fields.put(MetaKey.OUTLET, host);
            fields.put(MetaKey.OUTLET_ORIGIN, ArticleCleaner.ADDRESS_ORIGIN);
        }
        if (printed != null) {
            fields.put(MetaKey.PRINTED, printed.toString());
        }
        return fields;
    }

    /** The browser's marks on a line: its time of printing, address, page count, and what else it says. */
    private static Marks read(String line) {
        String rest = line;
        String stamp = null;
        LocalDate day = null;
        Matcher s = STAMP.matcher(rest);
        if (s.find()) {
            stamp = s.group();
            day = printed(s).orElse(null);
            rest = rest.substring(0, s.start()) + "\t" + rest.substring(s.end());
        }
        String address = null;
        Matcher a = ADDRESS.matcher(rest);
        if (a.find()) {
            address = PageAddress.readerOriginal(a.group()).orElse(a.group());
            rest = rest.substring(0, a.start()) + "\t" + rest.substring(a.end());
        }
        int page = 0;
        int pages = 0;
        Matcher c = COUNT.matcher(rest);
        if (c.find() && edge(rest, c.start(), c.end())) {
            page = Integer.parseInt(c.group(1));
            pages = Integer.parseInt(c.group(2));
            rest = rest.substring(0, c.start()) + "\t" + rest.substring(c.end());
            if (page < 1 || page > pages) {
                page = 0;
            }
        }
        String left = LEFTOVER.matcher(rest).matches() ? "" : rest.replaceAll("^[\\s|·•]+|[\\s|·•]+$", "");
        // the title sits in its own place: marks set off by a wide space, not an address inside a sentence
        return new Marks(stamp, day, address, page, pages, left.contains("\t") ? left.split("\t")[0].strip() : left,
                WIDE.matcher(line).find());
    }

    /** Whether a page count stands at an edge of the line's fields (not "3 of 4 passengers" inside a sentence). */
    private static boolean edge(String rest, int start, int end) {
        String before = rest.substring(0, start);
        String after = rest.substring(end);
        return before.isBlank() || after.isBlank() || before.endsWith("\t") || after.startsWith("\t")
                || WIDE.matcher(before).find() && before.endsWith("  ");
    }

    /** Whether the line at {@code i} stands next to a line of marks (blank lines aside): a header's title line. */
    private static boolean besideMarks(List<String> lines, List<Marks> marks, int i) {
        int after = nextNonBlank(lines, i + 1);
        int before = i - 1;
        while (before >= 0 && lines.get(before).isBlank()) {
            before--;
        }
        return after < lines.size() && marks.get(after).alone() || before >= 0 && marks.get(before).alone();
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /**
     * Whether a page break cut the paragraph: the last line before it ends no sentence, and the line after goes on in
     * small letters or the line before is a full printed line (a heading is short).
     */
    private static boolean cutAtBreak(String before, String after) {
        return !SentenceMarks.endsSentence(before) && (startsSmall(after) || before.strip().length() >= FULL_LINE);
    }

    /**
     * The day printed. A two-digit year after a slash is the American short form ("12/5/26", month first) browsers
     * print in English; dots are day first ("05.12.26"); a year first is the ISO order; with slashes and four digits
     * only a date that reads one way is taken (a number over 12 is the day).
     */
    private static Optional<LocalDate> printed(Matcher stamp) {
        int a = Integer.parseInt(stamp.group(1));
        int b = Integer.parseInt(stamp.group(3));
        String y = stamp.group(4);
        String sep = stamp.group(2);
        int year;
        int month;
        int day;
        if (stamp.group(1).length() == 4) {
            year = a;
            month = b;
            day = Integer.parseInt(y);
        } else {
            year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
            if (sep.equals(".") || sep.equals("-") || a > 12) {
                day = a;
                month = b;
            } else if (y.length() == 2 || b > 12) {
                month = a;
                day = b;
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startsSmall(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }
}
