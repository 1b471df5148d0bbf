package dev.storybrief.clean;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.PageAddress;
import dev.storybrief.model.SentenceMarks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page printed by a browser and saved as text: every printed page opens with the browser's header (the day and
 * time of printing, then the page's title, "12/5/26, 10:14 AM   Ferry fire | Harbour Post") and closes with its
 * footer (the page's address and the page number, "https://harbourpost.example/news/fire 1/2"). The headers and
 * footers are no text; they say the page's title and site, its address, and the day it was printed, which the
 * article is no newer than (printing is not publishing, so it bounds the date and does not give it).
 *
 * @param lines  the text without the headers and footers, a paragraph a page break cut joined again
 * @param fields what they say: {@link MetaKey#TITLE}, {@link MetaKey#OUTLET}, {@link MetaKey#URL},
 *               {@link MetaKey#UPDATED} (the day printed)
 */
record BrowserPrints(List<String> lines, Map<MetaKey, String> fields) {
    /** The header: a numeric date, a comma, a time of day, two spaces or more (a tab), the page's title. */
    private static final Pattern HEADER = Pattern.compile(
            "^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4}),?\\s+\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s{2,}|\\t)\\s*(\\S.*)$");
    /** The footer: the page's address, then its page number of the pages ("1/2"). */
    private static final Pattern FOOTER = Pattern.compile("^(https?://\\S+)\\s+\\d{1,3}/\\d{1,3}$");
    /** "Ferry fire | Harbour Post", "Ferry fire - Harbour Post": a title and the site's name after it. */
    private static final Pattern SITE_AFTER = Pattern.compile("^(.+?)\\s+[|–—-]\\s+([^|–—-]{2,40})$");
    /** A title the browser cut to fit the header. */
    private static final Pattern CUT = Pattern.compile("(?:\\.\\.\\.|…)$");

    /**
     * The print's lines and fields, or empty: the text's first line is such a header and a footer with an address
     * follows it.
     */
    static Optional<BrowserPrints> of(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        Matcher header = first < lines.size() ? HEADER.matcher(lines.get(first).strip()) : null;
        if (header == null || !header.matches()) {
            return Optional.empty();
        }
        String url = null;
        List<String> kept = new ArrayList<>();
        boolean pageBreak = false;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher footer = FOOTER.matcher(line);
            if (footer.matches() || HEADER.matcher(line).matches()) {
                url = url == null && footer.matches() ? footer.group(1) : url;
                while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
                    kept.remove(kept.size() - 1); // the blank lines before a page break
                }
                pageBreak = true;
                continue;
            }
            if (line.isEmpty() && pageBreak) {
                continue; // the blank lines around a page break
            }
            int last = kept.size() - 1;
            if (pageBreak && last >= 0 && !SentenceMarks.endsSentence(kept.get(last)) && startsSmall(line)) {
                kept.set(last, kept.get(last) + " " + line); // a paragraph the page break cut
            } else {
                if (pageBreak && last >= 0 && !kept.get(last).isEmpty()) {
                    kept.add("");
                }
                kept.add(lines.get(i));
            }
            pageBreak = false;
        }
        if (url == null || PageAddress.host(url) == null) {
            return Optional.empty();
        }
        Map<MetaKey, String> fields = new EnumMap<>(MetaKey.class);
        fields.put(MetaKey.URL, url);
        String title = header.group(4).strip();
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
        printed(header).ifPresent(day -> fields.put(MetaKey.UPDATED, day.toString()));
        return Optional.of(new BrowserPrints(List.copyOf(kept), Map.copyOf(fields)));
    }

    /**
     * The day printed. A two-digit year is the American short form ("12/5/26", month first) browsers print in English;
     * with four digits only a date that reads one way is taken (a number over 12 is the day).
     */
    private static Optional<LocalDate> printed(Matcher header) {
        int a = Integer.parseInt(header.group(1));
        int b = Integer.parseInt(header.group(2));
        String y = header.group(3);
        int year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
        int month;
        int day;
        if (y.length() == 2 || b > 12) {
            month = a;
            day = b;
        } else if (a > 12) {
            month = b;
            day = a;
        } else {
            return Optional.empty();
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
