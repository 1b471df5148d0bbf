package dev.storybrief.clean;

import dev.storybrief.analyze.language.LanguageIdentifier;
import dev.storybrief.wording.SlashedDates;
import dev.storybrief.wording.UpdateStamps;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata that plain text carries in its own words: "Source: CNN", "Al Jazeera and agencies", "CNN —",
 * "BRUSSELS (Reuters) -", "By Nigel Chamberlain, NATO Watch", "Last Modified: 19 Nov 2011 15:04",
 * "date 2011-10-24". Found before cleaning, since cleaning removes the very lines that say it.
 *
 * @param outlet     outlet named by the text, or {@code null}
 * @param author     byline author, or {@code null}
 * @param published  date printed by the text, or {@code null}
 * @param dateOrigin the words the date came from, or {@code null}
 * @param notAfter   the date of an "updated"/"last modified" stamp: the article is no later, but may be older
 * @param dayFiled   the month and day of a dateline without a year ("SOUTHPORT, Oct. 6 -"), or {@code null}; only
 *                   when the text prints no full date
 */
public record TextMetadata(String outlet, String author, LocalDate published, String dateOrigin, LocalDate notAfter,
                           MonthDay dayFiled) {

    private static final Pattern SOURCE = Pattern.compile("Source:\\s*(.{2,40}?)\\s*$");
    private static final Pattern AGENCIES = Pattern.compile("^(.{2,40}?) and agencies$");
    private static final Pattern DATELINE_MARKER = Pattern.compile("^(\\p{Lu}[\\p{L}.&' ]{0,30}?)\\s+[—–]\\s*$");
    /** How a byline opens, in English, German, French and Polish ("By", "Von", "Par", "Autor:", "Écrit par"). */
    static final String BYLINE_OPENERS = "By|BY|Written by|Words by|Von|VON|Geschrieben von|Ein Beitrag von|Par|PAR"
            + "|[ÉE]crit par|Autor:|Autorin:|Autorka:|Text:|Tekst:|Por|POR|Di|di|DI";
    private static final Pattern BYLINE = Pattern.compile("^(?:" + BYLINE_OPENERS
            + ")\\s+(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3})(?:\\s*[,|–-]\\s*(.{2,60}))?$");
    /** The words of a stamp that says when a page last changed ({@link UpdateStamps#CHANGE_WORDS}). */
    static final String CHANGE_WORDS = UpdateStamps.CHANGE_WORDS;
    /** The words of a stamp: a change, or when the page was first put out. */
    static final String STAMP_WORDS = CHANGE_WORDS + "|published|posted|first published|ver[oö]ffentlicht(?: am)?"
            + "|erstellt(?: am)?|erschienen(?: am)?|publi[eé](?: le)?|opublikowano|data publikacji"
            + "|publicado(?: el| em)?|publicada(?: em)?|pubblicato(?: il)?|posted on|published on"
            + "|gepubliceerd(?: op)?|geplaatst(?: op)?|опубликовано|опубликован";
    private static final Pattern STAMP = Pattern.compile("(?iu)^(" + STAMP_WORDS + ")\\b\\s*(?:on|at|am|le)?\\s*:?\\s*(.*)$");
    private static final Pattern CHANGE_STAMP = Pattern.compile("(?iu)^(?:" + CHANGE_WORDS + ")\\b.*");
    /** A change stamp after the publication stamp on the same line, behind a bar or a dot ("Published ... | Updated ..."). */
    private static final Pattern LATER_CHANGE_STAMP = Pattern.compile("(?iu)^(?:" + STAMP_WORDS + ")\\b.*?\\s[|·•]\\s*"
            + "((?:" + CHANGE_WORDS + ")\\b.*)$");
    /** Longest stamp line read ({@link #dateIn}). */
    private static final int STAMP_CHARS = 80;
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\b");
    /**
     * What stands between a date line's date and its time: a space, a comma, or a dash ("15/10/2026 - 19:05",
     * "26.11.2026 – 16:40 Uhr", "16 nov 2026 - 09:12 CET"), as sites set the two apart in their date bars.
     */
    private static final String TIME_SEPARATOR = "(?:\\s*,\\s*|\\s+[-–—|·•]\\s+|\\s+)";
    /** A line that is nothing but a date, perhaps with a weekday and a time: "Thursday, March 12, 2026 10:15 AM". */
    static final Pattern DATE_ONLY = Pattern.compile("(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
            + "(?:\\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\\.?,? \\d{4}|[a-z]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2})"
            + "(?:" + TIME_SEPARATOR + "(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?$");
    /**
     * The word a date line sets before its time of day, in the languages that write one: "um 18:30 Uhr", "à 18h30",
     * "às 18h30", "a las 18:30", "ore 18:30", "alle ore 18:30", "om 18.30 uur", "kl. 18.30", "o 18:30", "godz.
     * 18:30", "в 18:30" (a time after a comma or a dash needs none: "19 novembre 2026, 18:30").
     */
    private static final String TIME_WORD = "(?:um|[aà]s?|a\\s+las?|(?:alle\\s+)?ore|alle|om|kl\\.?|klo|o|godz\\.|в)\\s+";
    /** A time of day as date lines write it: "18:30", "18.30", "18h30", "18 h 30", with "Uhr", "uur" or "h" after it. */
    private static final String TIME_OF_DAY = "\\d{1,2}(?:[:.]|\\s?h\\s?)\\d{2}(?:\\s*(?:uhr|uur|h))?";
    /**
     * A line that is nothing but a date written the European way, perhaps with a weekday and a time: "08.09.2023
     * 14:32 Uhr", "Freitag, 8. September 2023", "8 septembre 2023 à 14h32", "11/11/2026 14h32". Portuguese and
     * Spanish join day, month and year with "de" ("11 de novembro de 2026"); Polish and Russian follow the year with
     * the word for year ("10 listopada 2026 r.", "12 ноября 2026 года"); Croatian and Serbian close a numeric date
     * with a dot ("29.11.2026. 22:40").
     */
    private static final Pattern EUROPEAN_DATE_ONLY = Pattern.compile("(?iu)^(?:\\p{L}+(?:-feira)?,?\\s+)?"
            + "(?:\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\.?|\\d{1,2}\\.?\\s+(?:de\\s+)?\\p{L}+\\.?\\s+(?:de\\s+)?\\d{4}"
            + "(?:\\s*(?:r\\.|roku|г\\.|года))?)"
            // Turkish date bars give the weekday after the date, before the time: "17 Kasım 2026 Salı 14:30"
            + "(?:(?:,?\\s+\\p{L}{3,12})?" + TIME_SEPARATOR + "(?:" + TIME_WORD + ")?" + TIME_OF_DAY
            + "(?:\\s+[a-z]{2,5})?)?$");
    /**
     * A numeric date the Czech and Slovak way, a space after each dot ("4. 12. 2026"): read as "4.12.2026", which every
     * date reader knows.
     */
    private static final Pattern SPACED_DOTS = Pattern.compile("^(\\d{1,2})\\. (\\d{1,2})\\. (\\d{4})(?!\\d)");
    /**
     * A line that is nothing but a date written with the year, month and day signs of Chinese, Japanese and Korean,
     * perhaps with the weekday in brackets and a time: "2026年11月10日", "2026年11月10日（火）14:32".
     */
    private static final Pattern SIGNED_DATE_ONLY = Pattern.compile("^(?:19|20)\\d{2}\\s*[年년]\\s*\\d{1,2}\\s*[月월]\\s*\\d{1,2}"
            + "\\s*[日일](?:\\s*[(（]\\S{1,3}[)）])?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?"
            // Japanese and Korean write the time with the hour's and the minute's signs: "18時30分", "18시 30분"
            + "|\\s*\\d{1,2}\\s*[時시]\\s*(?:\\d{1,2}\\s*[分분])?)?$");
    /** "By Jane Doe, Staff Writer": what follows the name is the writer's job, not the outlet. */
    private static final Pattern JOB_TITLE = Pattern.compile("(?iu)\\b(?:staff|writer|correspondent|reporter|editor"
            + "|columnist|contributor|journalist|producer|analyst|redakteur(?:in)?|korrespondent(?:in)?|journaliste"
            + "|envoy[ée] sp[ée]cial|dziennikarz|redaktor)");
    /** "March 3, 2026 | 4 min read": the reading time a page prints beside its date. */
    private static final Pattern READING_TIME = Pattern.compile("(?i)\\s*[|·•–-]\\s*\\d+\\s*min(?:ute)?s?\\.?(?: read)?\\s*$");
    /**
     * "Lindenauer Zeitung, 13.03.2024", "Eastern Wire | 21 March 2026", "صدای شهر - ۴ دسامبر ۲۰۲۶": a name (capitalised,
     * or in a script without capitals), a comma or a separator, a date.
     */
    private static final Pattern OUTLET_AND_DATE = Pattern.compile(
            "^((?:\\p{Lu}|\\p{Lo})[\\p{L}\\p{M}\\u200C.&'’ -]{1,40}?)(?:[,،]\\s+|\\s+[|·•–—-]\\s+)(.{6,40})$");
    /**
     * "5 December 2026 06:12 GMT (Northern Wire)": a wire's slug line, the date and time it moved the item, then the
     * wire in brackets.
     */
    private static final Pattern DATE_AND_SOURCE = Pattern.compile(
            "^(.{6,40}?)\\s*\\((\\p{Lu}[\\p{L}.&'’ -]{1,40}?)\\)$");
    private static final int HEAD_LINES = 12;
    /** How sure the language identifier must be of a text's language before its slashed dates are read by it. */
    private static final double SURE_LANGUAGE = 0.9;
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    /** The most words of a site menu's item. */
    private static final int MENU_ITEM_WORDS = 2;

    /** Reads the metadata from the lines of an article (only the head and the tail are looked at). */
    public static TextMetadata sniff(List<String> lines) {
        String outlet = null;
        String author = null;
        LocalDate date = null;
        String origin = null;
        LocalDate notAfter = null;
        int headEnd = headEnd(lines);
        // "03/04/2026" is read the way the text's other dates and times write it, else the way its outlet does
        String joined = String.join("\n", lines);
        SlashedDates.Order fromText = SlashedDates.orderOf(joined, null, null);
        String language = slashedDateLanguage(joined, fromText);
        for (int i = 0; i < lines.size(); i++) {
            boolean headOrTail = i < headEnd || i >= lines.size() - HEAD_LINES;
            String line = lines.get(i).replace('\u00A0', ' ').strip();
            if (outlet == null && (headOrTail || line.startsWith("Source:") || line.endsWith(" and agencies"))) {
                outlet = outletIn(line, i + 1 < lines.size() ? lines.get(i + 1).replace('\u00A0', ' ').strip() : "");
            }
            Matcher by = BYLINE.matcher(line);
            if (author == null && headOrTail && by.matches()) {
                author = by.group(1);
                BylineFields fields = BylineFields.of(by.group(2));
                if (outlet == null && fields.outlet() != null && !JOB_TITLE.matcher(fields.outlet()).find()) {
                    outlet = fields.outlet();
                }
                if (date == null && fields.date() != null) {
                    date = fields.date();
                    origin = "text: \"" + line + "\"";
                }
            }
            SlashedDates.Order order = order(fromText, outlet, language);
            if (notAfter == null && headOrTail && isChangeStamp(line)) {
                Optional<Dated> stamp = dateIn(line, order);
                if (stamp.isPresent()) {
                    notAfter = stamp.get().date();
                    continue;
                }
            }
            Matcher laterStamp = LATER_CHANGE_STAMP.matcher(line);
            if (notAfter == null && headOrTail && line.length() < 2 * STAMP_CHARS && laterStamp.find()) {
                // "Published Oct. 23, 2026 at 7:10 a.m. | Updated Oct. 23, 2026 at 11:02 a.m.": both on one line
                notAfter = dateIn(laterStamp.group(1), order).map(Dated::date).orElse(null);
            }
            if (date == null && headOrTail) {
                Optional<Dated> dated = dateIn(line, order);
                if (dated.isPresent()) {
                    date = dated.get().date();
                    origin = dated.get().origin();
                }
            }
        }
        if (date == null) {
            for (int i = 0; i < Math.min(headEnd, lines.size()) && date == null; i++) {
                String line = lines.get(i).strip();
                date = Datelines.filed(line).orElse(null);
                origin = date == null ? null : "text: dateline \"" + line.substring(0, Math.min(60, line.length())) + "\"";
            }
        }
        if (date != null && notAfter != null && date.isAfter(notAfter)) {
            notAfter = null;
        }
        MonthDay dayFiled = null;
        for (int i = 0; i < Math.min(headEnd, lines.size()) && date == null && dayFiled == null; i++) {
            dayFiled = Datelines.dayFiled(lines.get(i).strip()).orElse(null);
        }
        return new TextMetadata(outlet, author, date, origin, notAfter, dayFiled);
    }

    /**
     * Where the head of the page ends: after {@link #HEAD_LINES} lines of three words or more. A site's menu copied
     * above the headline ("Home", "News", "Sport", ...) is many lines of a word or two; it must not push the
     * headline's stamp and byline out of the head.
     */
    private static int headEnd(List<String> lines) {
        int counted = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (dev.storybrief.model.Words.count(lines.get(i)) >= MENU_ITEM_WORDS + 1 && ++counted == HEAD_LINES) {
                return i + 1;
            }
        }
        return lines.size();
    }

    private static String outletIn(String line, String next) {
        if (line.equals("Source:") && !next.isEmpty()) {
            line = "Source: " + next;
        }
        for (Pattern p : List.of(SOURCE, AGENCIES, DATELINE_MARKER)) {
            Matcher m = p.matcher(line);
            if (p == SOURCE ? m.find() : m.find() && (p != DATELINE_MARKER || line.length() < 40)) {
                String found = m.group(1).strip();
                Matcher agencies = AGENCIES.matcher(found);
                return agencies.matches() ? agencies.group(1) : found;
            }
        }
        String cited = line;
        return outletOfDateLine(cited).or(() -> Datelines.agency(cited)).orElse(null);
    }

    /**
     * Whether the line is nothing but a date (and perhaps its weekday, time and reading time), in English or the
     * European way.
     */
    /** Whether a line is a stamp of when the page last changed ("Last Modified: ...", "Stand: ..."). */
    static boolean isChangeStamp(String line) {
        return CHANGE_STAMP.matcher(line).matches();
    }

    static boolean isDateOnly(String line) {
        // "01/12/2026 19h40" says its own order by its time
        return isDateOnly(line, SlashedDates.orderOf(line, null, null));
    }

    private static boolean isDateOnly(String line, SlashedDates.Order order) {
        String date = compact(withoutRelativeTail(READING_TIME.matcher(line).replaceFirst("")));
        return DATE_ONLY.matcher(date).matches()
                || EUROPEAN_DATE_ONLY.matcher(date).matches() && LooseDate.find(date, order).isPresent()
                || SIGNED_DATE_ONLY.matcher(date).matches() && LooseDate.find(date).isPresent()
                || YEAR_FIRST_DATE_ONLY.matcher(date).matches() && dateOnly(line, order).isPresent()
                || CldrDates.dateLine(date).isPresent();
    }

    /**
     * A line that is nothing but a numeric date with the year first, perhaps with a time ("2026.12.03 08:10",
     * "2026. 12. 3."): with the year first no country puts the day before the month, so it reads one way only.
     */
    private static final Pattern YEAR_FIRST_DATE_ONLY = Pattern.compile("^(?:19|20)\\d{2}([./-]) ?\\d{1,2}\\1 ?\\d{1,2}\\.?"
            + "(?:" + TIME_SEPARATOR + "\\d{1,2}[:.]\\d{2})?$");

    /** The date of a line that is nothing but a date, read as {@link #isDateOnly} reads it, or empty. */
    private static Optional<LocalDate> dateOnly(String line, SlashedDates.Order order) {
        String date = compact(READING_TIME.matcher(line).replaceFirst(""));
        Matcher yearFirst = YEAR_FIRST_DATE_ONLY.matcher(date);
        if (yearFirst.matches()) {
            return LooseDate.find(date.replaceAll("^(\\d{4})[./-] ?(\\d{1,2})[./-] ?(\\d{1,2}).*$", "$1-$2-$3"));
        }
        return LooseDate.find(date, order).or(() -> CldrDates.dateLine(date));
    }

    /** The last field of a date bar, after a dash, a bar or a dot: "01/12/2026 19h40 - Atualizado há 2 horas". */
    private static final Pattern LAST_FIELD = Pattern.compile("\\s+[-–—|·•]\\s+(?=[^-–—|·•]+$)");

    /**
     * The date bar without its last field when that field only says how long ago the page changed ("Atualizado há 2
     * horas", "Updated 3 hours ago"): it dates nothing, and the date before it is the article's.
     */
    private static String withoutRelativeTail(String line) {
        Matcher field = LAST_FIELD.matcher(line);
        return field.find() && RelativeTimes.isAgoField(line.substring(field.end())) ? line.substring(0, field.start()) : line;
    }

    /** The line with a spaced numeric date at its start written without the spaces ({@link #SPACED_DOTS}). */
    private static String compact(String line) {
        return SPACED_DOTS.matcher(line).replaceFirst("$1.$2.$3");
    }

    private static SlashedDates.Order order(SlashedDates.Order fromText, String outlet, String language) {
        return fromText != SlashedDates.Order.UNKNOWN ? fromText : SlashedDates.orderOf("", outlet, language);
    }

    /**
     * The text's language, when it has a slashed date its other dates and times leave open and the identifier is sure
     * of it: an Italian text's "05/11/2026 - 09:12" is 5 November, as every language but English writes the day
     * first ({@link SlashedDates}); cleaning runs before the analysis that names the article's language. Null when
     * no such date needs it, or the text is too short or mixed to be sure (an English text is then left undated, as
     * before).
     */
    private static String slashedDateLanguage(String text, SlashedDates.Order fromText) {
        if (fromText != SlashedDates.Order.UNKNOWN || !SlashedDates.SLASHED.matcher(text).find()) {
            return null;
        }
        return LANGUAGES.identify(text).codeIfSure(SURE_LANGUAGE);
    }

    /**
     * The date or stamp line of the head or tail whose slashed date nothing in the text tells how to read ("Updated
     * 03/04/2026" on an unknown outlet, with no other date or time zone): it was left out, and the reader should know.
     */
    public static Optional<String> ambiguousDate(List<String> lines) {
        String joined = String.join("\n", lines);
        SlashedDates.Order fromText = SlashedDates.orderOf(joined, null, null);
        SlashedDates.Order order = order(fromText, sniff(lines).outlet(), slashedDateLanguage(joined, fromText));
        for (int i = 0; i < lines.size() && order == SlashedDates.Order.UNKNOWN; i++) {
            String line = lines.get(i).replace('\u00A0', ' ').strip();
            boolean headOrTail = i < HEAD_LINES || i >= lines.size() - HEAD_LINES;
            boolean dateLine = line.length() < 80 && (STAMP.matcher(line).matches()
                    || EUROPEAN_DATE_ONLY.matcher(READING_TIME.matcher(line).replaceFirst("")).matches());
            if (headOrTail && dateLine && SlashedDates.firstAmbiguous(line, order).isPresent()) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /**
     * "Lindenauer Zeitung, 13.03.2024", "Eastern Wire | 21 March 2026", "5 December 2026 06:12 GMT (Northern Wire)":
     * an outlet's name and the date, as a line of their own.
     */
    static Optional<String> outletOfDateLine(String line) {
        return outletAndDate(line).map(OutletDate::outlet);
    }

    /** An outlet's name and a date, as a date line of their own writes them. */
    private record OutletDate(String outlet, String date) {
    }

    private static Optional<OutletDate> outletAndDate(String line) {
        Matcher m = OUTLET_AND_DATE.matcher(line);
        // "Thursday, March 12, 2026" is a date with its weekday, not an outlet named Thursday
        if (m.matches() && !isDateOnly(line) && isDateOnly(m.group(2).strip())) {
            return Optional.of(new OutletDate(m.group(1).strip(), m.group(2).strip()));
        }
        Matcher slug = DATE_AND_SOURCE.matcher(line);
        if (slug.matches() && isDateOnly(slug.group(1).strip())) {
            return Optional.of(new OutletDate(slug.group(2).strip(), slug.group(1).strip()));
        }
        return Optional.empty();
    }

    private record Dated(LocalDate date, String origin) {
    }

    private static Optional<Dated> dateIn(String line, SlashedDates.Order order) {
        Matcher header = DATE_HEADER.matcher(line);
        if (header.find()) {
            return LooseDate.find(header.group(1)).map(d -> new Dated(d, "text: \"date " + header.group(1) + "\""));
        }
        Optional<OutletDate> outletLine = outletAndDate(line);
        if (outletLine.isPresent()) {
            String date = outletLine.get().date();
            return dateOnly(date, SlashedDates.Order.UNKNOWN).map(d -> new Dated(d, "text: \"" + line + "\""));
        }
        if (isDateOnly(line, order)) {
            return dateOnly(withoutRelativeTail(line), order).map(d -> new Dated(d, "text: \"" + line + "\""));
        }
        Matcher stamp = STAMP.matcher(line);
        if (stamp.matches() && line.length() < 80) {
            return LooseDate.find(stamp.group(2), order).map(d -> new Dated(d, "text: \"" + line + "\""));
        }
        return Optional.empty();
    }
}
