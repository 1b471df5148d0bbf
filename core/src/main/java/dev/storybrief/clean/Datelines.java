package dev.storybrief.clean;

import dev.storybrief.wording.WrittenDates;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a news story opens with ("date 2011-10-24 BRUSSELS ", "WASHINGTON (Reuters) - ",
 * "LONDON, Oct 24 (AP) — ", "SANTIAGO, Chile (AP) _ ", "Kabul, Afghanistan (CNN) ", "КАЗАНЬ, 9 ноября. /ТАСС/. ",
 * and a place with a full date in any language whose months are known, "Madrid, 15 de agosto de 2026 - "):
 * where it ends, so the first sentence reads as a sentence, the agency it names, which is the outlet, and the date it
 * was filed. The one place storybrief knows how datelines are written; the clean stage strips them, grouping reads
 * headlines past them.
 */
public final class Datelines {
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s+");
    private static final Pattern CAPS_CITY = Pattern.compile("^((?:\\p{Lu}{2,}[ ,]+)+?)(?=\\p{Lu}\\p{L}*\\s+\\p{Ll})");
    private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu} .'/-]{1,40}";
    private static final String PLACE = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}";
    private static final String REGION = "(?:, ?" + PLACE + ")?";
    private static final String MONTH_AND_DAY = "[A-Z][a-z]{2,8}\\.? \\d{1,2}";
    /** "LONDON, Oct 24": the month and day a dateline gives without a year, in a named group. */
    private static String day(String group) {
        return "(?:,? (?<" + group + ">" + MONTH_AND_DAY + "))?";
    }

    /**
     * A full date in a dateline, in any language whose months {@link WrittenDates} knows, perhaps with the word for
     * year that Polish, Russian and Turkish put after it: "CARROW VALE, 29 December 2026 - ", "MADRID, 15 de agosto
     * de 2026 - ", "Nowa Wieś, 12 września 2026 r. - ", "Северогорск, 5 февраля 2026 года. ".
     */
    private static final String FULL_DATE = WrittenDates.WRITTEN + "(?:\\s+(?:r\\.|roku|г\\.|года|yılı))?";
    /**
     * A full date written with the year, month and day signs of Japanese, Chinese and Korean ("2026年10月12日"), as
     * Japanese papers open a report with it after the place and an ideographic comma ("北浦市、2026年10月12日 - ").
     */
    private static final String SIGNED_DATE = "(?:19|20)\\d{2}\\s*[年년]\\s*\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일]";
    /**
     * The code of the province, state or county in brackets after the place, as Italian, Spanish and Brazilian wires
     * write it before the comma and the date ("VALDORIA (TN), 2 dicembre 2026 - ", "Campinas (SP), 3 de dezembro de
     * 2026 - "): two or three capitals, and the comma right after it, where an agency's bracket is followed by the dash.
     */
    private static final String PROVINCE = "(?: ?\\(\\p{Lu}{2,3}\\)(?=[,،]))?";
    /**
     * A place in a script without capitals, of a word to three ("الواحة", "نیک‌آباد"): letters, their marks and the
     * zero-width non-joiner Persian writes inside a word.
     */
    private static final String UNCASED_PLACE = "\\p{Lo}[\\p{Lo}\\p{M}\\u200C]*(?: \\p{Lo}[\\p{Lo}\\p{M}\\u200C]*){0,2}";
    /**
     * A day, a month's name and a year in a language whose months only CLDR knows ("2 दिसंबर 2026"): matched by form,
     * kept only when {@link CldrDates} reads it ({@link #wire}).
     */
    private static final String ANY_MONTH_DATE = "(?<![\\p{L}\\d])\\d{1,2}\\.?\\s+[\\p{L}\\p{M}]{3,15}\\.?,?\\s+(?:19|20)\\d{2}(?!\\d)";
    /** A place in any script: with capitals, or in a script without them ("الواحة"). */
    private static final String ANY_PLACE = "(?:" + PLACE + "|" + UNCASED_PLACE + ")";
    /**
     * How wire copy opens its first paragraph in every language: a place, a full date and a dash ("Madrid, August 15,
     * 2026 - ", "Horní Lhota, 3. května 2026 - ", "الواحة، 10 مايو 2026 - ", "北浦市、2026年10月12日 - "), perhaps with
     * the agency in brackets before the dash; Russian closes it with a full stop instead ("Северогорск, 5 февраля 2026
     * года. ").
     */
    private static final String PLACE_DATED = ANY_PLACE + REGION.replace(", ?", "[,،] ?") + PROVINCE + "[,،、] ?(?<placeDated>"
            + FULL_DATE + "|" + SIGNED_DATE + "|" + CldrDates.YEAR_FIRST + "|" + ANY_MONTH_DATE + ")\\s*(?:\\((?<placeAgency>\\p{Lu}[\\p{L} .&'-]{1,40}|\\p{Ll}{2,4})\\))?\\s*(?:(?:[-—–_]{1,2}\\s+|[－―]\\s*)"
            // Czech and Russian agencies follow the dash: "Praha, 4. prosince 2026 - (ČTK) ", "ЗАРЕЧЬЕ, 24 ноября
            // 2026 - (Интерфакс-Поволжье) "
            + "(?:\\((?<agencyAfter>\\p{Lu}[\\p{L} .&'-]{1,40})\\)\\s*(?:[-—–_]{1,2}\\s+)?)?"
            + "|(?<!\\.)\\.\\s+|(?<=\\.)\\s+)";
    /**
     * A place, the day and the month's name without a year, and the agency in brackets, as the Czech agency files its
     * copy ("Praha 4. prosince (ČTK) - "): the year is the story's ({@link #dayFiled}). A comma after the place and a
     * year are read too ("Brno, 4. prosince 2026 (ČTK) - "), and, here and in {@link #PLACE_DATED}, an agency's short
     * name in lower case, as German-speaking agencies write it ({@link #AGENCY_AGAIN}: "Ansbach, 20. November 2026
     * (dpa) - ").
     */
    private static final String DAY_MONTH_AGENCY = ANY_PLACE + ",? (?<dayMonth>\\d{1,2}\\.? \\p{L}{3,12})\\.?"
            + "(?: (?<dayMonthYear>(?:19|20)\\d{2}))? ?\\((?<monthAgency>\\p{Lu}[\\p{L} .&'-]{1,40}|\\p{Ll}{2,4})\\) ?[-—–_]{1,2}\\s+";
    /**
     * A news site that writes its own address as the dateline's source after the place ("PADANG, KOMPAS.com - ",
     * "Surabaya, Tribunnews.com - "): a name and a domain ending in small letters.
     */
    private static final String SITE = "(?<site>\\p{L}[\\p{L}\\d-]{1,30}\\.[a-z]{2,6}(?:\\.[a-z]{2})?)";
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Z][a-z]{2})[a-z]*\\.? (\\d{1,2})");
    private static final java.util.List<String> MONTHS = java.util.List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final String AGENCY = "\\((?<agency>\\p{Lu}[\\p{L} .&'-]{1,40})\\)";
    /** German-speaking agencies write their short names in lower case: "Berlin (dpa) -", "Wien (apa) -". */
    private static final String AGENCY_AGAIN = "\\((?<named>\\p{Lu}[\\p{L} .&'-]{1,40}|\\p{Ll}{2,4})\\)";
    private static final String KNOWN_AGENCY = "\\((?<known>AP|CNN|Reuters|AFP|UPI|dpa|Xinhua|Bloomberg|NYT|CNS)\\)";
    /** "REDFIELD (Tribune) - March 3, 2026 - Talks ...": the filing date between two dashes. */
    private static final String FILED = "(?:(?<filed>(?:[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}))\\s*[-—–]{1,2}\\s+)?";
    /**
     * Russian wires: the day before the month, if given, then the agency in slashes or after a dash ("КАЗАНЬ, 9
     * ноября. /ТАСС/.", "МОСКВА, 9 ноя — РИА Новости.", "ТВЕРЬ. /ИТАР-ТАСС/.").
     */
    private static final String DAY_FIRST_AGENCY = "(?:, (?<dayFirst>\\d{1,2} \\p{L}{3,10}))?\\.?\\s*"
            + "(?:/(?<slashed>\\p{Lu}[\\p{L} .-]{1,30})/\\.?|[—–-]\\s*(?<dashed>\\p{Lu}[\\p{L} .-]{1,30}?)\\.)";
    /**
     * A place in a script without capitals (Arabic, Hebrew) with its agency in brackets and a dash: "الإسكندرية
     * (رويترز) - ".
     */
    private static final String UNCASED_AGENCY = "\\p{Lo}[\\p{Lo}\\p{M} ]{0,30}? ?\\((?<uncased>\\p{Lo}[\\p{Lo}\\p{M} ]{1,30})\\)"
            + " ?[-—–_]{1,2}\\s+";
    /**
     * A Chinese agency's credit: the agency ("...社"), the place, the day and "电" (cabled), perhaps the reporters
     * in brackets: "新华社北京11月10日电（记者王明）".
     */
    private static final String CABLED = "(?<cabled>\\p{IsHan}{1,5}社)\\p{IsHan}{1,10}?(?<cabledMonth>\\d{1,2})月"
            + "(?<cabledDay>\\d{1,2})日电\\s*(?:[（(][^）)]{1,30}[）)])?\\s*";
    /**
     * After a Chinese agency's credit the story may open with its day ("新华社合肥11月15日电（记者 赵敏）15日凌晨，..."):
     * a figure right after "电" or the reporters' full-width bracket, never after a Latin dateline.
     */
    private static final String CABLED_DAY = "(?<=[电）]\\s{0,2})\\d";
    /**
     * A press release's dateline names the newswire that distributed it, in slashes or in brackets between double
     * dashes, the date before or after it: "KELLPORT, Dec. 1, 2026 /PRNewswire/ -- ", "KELLPORT--(BUSINESS WIRE)--Dec.
     * 2, 2026--", "KELLPORT, Dec. 02, 2026 (GLOBE NEWSWIRE) -- ". The newswire is no author: the issuer is
     * ({@link PressReleases}).
     */
    static final String NEWSWIRES = "PRNewswire(?:-[\\p{L}]{2,20}){0,2}|PR Newswire|BUSINESS WIRE|Business Wire"
            + "|GLOBE NEWSWIRE|GlobeNewswire|Globe Newswire|CNW|EINPresswire|ACCESSWIRE|ACCESS Newswire|PRWeb|Newsfile"
            + "|MARKETWIRED|Marketwired";
    private static final String NEWSWIRE_DATELINE = CAPS_PLACE + REGION + "(?:,? (?<released>" + FULL_DATE + "))?\\s*"
            + "(?:/(?<slashedWire>" + NEWSWIRES + ")/|-{1,2}\\s*\\((?<dashedWire>" + NEWSWIRES + ")\\)|\\((?<bracketWire>"
            + NEWSWIRES + ")\\))\\s*(?:-{1,2}|[—–])\\s*(?:(?<releasedAfter>" + FULL_DATE + ")\\s*(?:-{1,2}|[—–])\\s*)?";
    /** A place in capitals, or any place with an agency: then a dash, an underscore (wire copy) or nothing. */
    private static final Pattern WIRE = Pattern.compile("^(?:"
            + NEWSWIRE_DATELINE + "|"
            + PLACE + ", ?" + SITE + " ?[-—–_]{1,2}\\s+"
            + "|" + CAPS_PLACE + REGION + "(?:,? (?<dated>" + FULL_DATE + ")|,? (?<day>" + MONTH_AND_DAY + "))?"
            + "\\s*(?:" + AGENCY + ")?\\s*[-—–_]{1,2}\\s+" + FILED
            + "|" + PLACE + REGION + day("agencyDay") + " ?" + AGENCY_AGAIN + " ?[-—–_]{1,2}\\s+"
            + "|" + PLACE + REGION + " ?[—–_]{1,2} "
            // a script without capitals cannot tell a place from a sentence's subject: only its dash, spaced on both
            // sides after a word or three, opens its wire copy ("نیک‌آباد - ", "تهران – ")
            + "|" + UNCASED_PLACE + " [-—–] "
            + "|" + PLACE + REGION + " ?" + KNOWN_AGENCY + " ?"
            + "|" + PLACE_DATED + "|" + DAY_MONTH_AGENCY
            + "|" + CAPS_PLACE + DAY_FIRST_AGENCY + "\\s+" + "|" + UNCASED_AGENCY + "|" + CABLED
            + ")(?=\\p{Lu}|\\p{Lo}|[\"“‘'「«]|" + CABLED_DAY + ")");
    /** Text left after a dateline must still be a sentence: this many characters, or {@link #MIN_REST_WORDS}. */
    private static final int MIN_REST = 40;
    /** A sentence's worth in a script without spaces, where 40 characters are 20 words. */
    private static final int MIN_REST_WORDS = 10;

    private Datelines() {
    }

    /**
     * The dateline the text opens with, matched, or null. A date in a language only CLDR knows ("2 दिसंबर 2026") is
     * matched by its form alone, so it counts only when it reads as a date.
     */
    private static Matcher wire(String text) {
        Matcher wire = WIRE.matcher(text);
        if (!wire.find()) {
            return null;
        }
        String dated = wire.group("placeDated");
        return dated == null || LooseDate.find(dated).or(() -> CldrDates.yearFirst(dated)).isPresent()
                || CldrDates.dateLine(dated).isPresent() ? wire : null;
    }

    /** The paragraph without its dateline, or empty when it opens with none. */
    public static Optional<String> strip(String paragraph) {
        Matcher header = DATE_HEADER.matcher(paragraph);
        if (header.find()) {
            String rest = paragraph.substring(header.end());
            Matcher city = CAPS_CITY.matcher(rest);
            return Optional.of(city.find() ? rest.substring(city.end()) : rest);
        }
        Matcher wire = wire(paragraph);
        if (wire != null && (paragraph.length() - wire.end() > MIN_REST
                || dev.storybrief.model.Words.count(paragraph.substring(wire.end())) >= MIN_REST_WORDS)) {
            return Optional.of(paragraph.substring(wire.end()));
        }
        return Optional.empty();
    }

    /** The text after a dateline however short it is (a headline's first sentence), or the text itself. */
    public static String skip(String text) {
        Matcher header = DATE_HEADER.matcher(text);
        if (header.find()) {
            return strip(text).orElse(text);
        }
        Matcher wire = wire(text);
        return wire != null ? text.substring(wire.end()) : text;
    }

    /**
     * The filing date a paragraph's dateline gives ("REDFIELD (Tribune) - March 3, 2026 - ...", "CARROW VALE, 29
     * December 2026 - ..."), if it has one.
     */
    public static Optional<java.time.LocalDate> filed(String paragraph) {
        Matcher wire = wire(paragraph);
        if (wire == null) {
            return Optional.empty();
        }
        if (wire.group("dayMonthYear") != null) {
            return dayFirst(wire.group("dayMonth")).flatMap(day -> yearOf(day, wire.group("dayMonthYear")));
        }
        String filed = wire.group("filed") != null ? wire.group("filed")
                : wire.group("dated") != null ? wire.group("dated")
                : wire.group("released") != null ? wire.group("released")
                : wire.group("releasedAfter") != null ? wire.group("releasedAfter") : wire.group("placeDated");
        return filed != null ? LooseDate.find(filed).or(() -> CldrDates.yearFirst(filed)).or(() -> CldrDates.dateLine(filed))
                : Optional.empty();
    }

    /**
     * The month and day a paragraph's dateline gives without a year ("SOUTHPORT, Oct. 6 - ..."), if it gives them and
     * no full filing date: the day the story was filed, its year to be taken from the story.
     */
    public static Optional<java.time.MonthDay> dayFiled(String paragraph) {
        Matcher wire = wire(paragraph);
        if (wire == null || wire.group("filed") != null || wire.group("dated") != null
                || wire.group("placeDated") != null || wire.group("dayMonthYear") != null) {
            return Optional.empty();
        }
        if (wire.group("dayFirst") != null || wire.group("dayMonth") != null) {
            return dayFirst(wire.group("dayFirst") != null ? wire.group("dayFirst") : wire.group("dayMonth"));
        }
        if (wire.group("cabledMonth") != null) {
            return monthDay(Integer.parseInt(wire.group("cabledMonth")), Integer.parseInt(wire.group("cabledDay")));
        }
        String written = wire.group("day") != null ? wire.group("day") : wire.group("agencyDay");
        Matcher day = written == null ? null : MONTH_DAY.matcher(written);
        if (day == null || !day.matches() || !MONTHS.contains(day.group(1))) {
            return Optional.empty();
        }
        return monthDay(MONTHS.indexOf(day.group(1)) + 1, Integer.parseInt(day.group(2)));
    }

    /** The month and day, or empty when there is no such day (a month 0 is a name no language list knows). */
    private static Optional<java.time.MonthDay> monthDay(int month, int day) {
        try {
            return Optional.of(java.time.MonthDay.of(month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * "9 ноября", "4. prosince", "24 ноя": a day and a month name of any language {@link WrittenDates} knows, or the
     * first letters of one (Russian wires shorten the month: "ноя" for "ноября").
     */
    private static Optional<java.time.MonthDay> dayFirst(String written) {
        String[] parts = written.split("\\.? ");
        return monthDay(monthOf(parts[1]), Integer.parseInt(parts[0]));
    }

    /** Letters a shortened month keeps at least ("ноя", "dec"). */
    private static final int MONTH_LETTERS = 3;

    /**
     * The number of a month's name, or of its first letters when every name of the languages with their own month
     * table ({@link WrittenDates#monthsOf}) that opens with them is one month's; 0 when none is.
     */
    static int monthOf(String word) {
        String name = word.toLowerCase(java.util.Locale.ROOT);
        int month = WrittenDates.monthNumber(name);
        if (month != 0 || name.length() < MONTH_LETTERS) {
            return month;
        }
        java.util.Set<Integer> opened = new java.util.HashSet<>();
        for (String language : SHORTENED_LANGUAGES) {
            WrittenDates.monthsOf(language).forEach((full, number) -> {
                if (full.startsWith(name)) {
                    opened.add(number);
                }
            });
        }
        // a language without a month table ("LEMBAH JATI, 3 Dis (Bernama) --"): its names as CLDR writes them
        return opened.size() == 1 ? opened.iterator().next() : opened.isEmpty() ? CldrDates.monthNamed(name) : 0;
    }

    /** The languages whose wires shorten a month's name in a dateline. */
    private static final java.util.List<String> SHORTENED_LANGUAGES = java.util.List.of("ru", "cs", "pl", "tr");

    /** The day in the year written beside it, or empty when there is no such day. */
    private static Optional<java.time.LocalDate> yearOf(java.time.MonthDay day, String year) {
        int y = Integer.parseInt(year);
        return day.isValidYear(y) ? Optional.of(day.atYear(y)) : Optional.empty();
    }

    /**
     * The place a paragraph's dateline names, as a name is written ("Brenmoor" for "BRENMOOR (Northern Wire) -",
     * "New York" for "NEW YORK, March 3 -"), if it opens with a dateline that names one.
     */
    public static Optional<String> place(String paragraph) {
        Matcher wire = wire(paragraph);
        if (wire == null || DATE_HEADER.matcher(paragraph).find()) {
            return Optional.empty();
        }
        String head = paragraph.substring(0, wire.end()).split("[(,،/—–_]| -", 2)[0].strip();
        if (!head.matches("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}")) {
            return Optional.empty();
        }
        if (!head.equals(head.toUpperCase(java.util.Locale.ROOT))) {
            return Optional.of(head);
        }
        StringBuilder name = new StringBuilder();
        for (String word : head.split(" ")) {
            name.append(name.length() > 0 ? " " : "").append(word.charAt(0))
                    .append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.of(name.toString());
    }

    /** The agency a paragraph's dateline names ("Reuters" in "BRUSSELS (Reuters) - ..."), if it has one. */
    public static Optional<String> agency(String paragraph) {
        Matcher wire = wire(paragraph);
        if (wire == null) {
            return Optional.empty();
        }
        for (String group : new String[]{"slashedWire", "dashedWire", "bracketWire", "agency", "named", "known", "placeAgency", "agencyAfter", "monthAgency", "site", "slashed", "dashed", "uncased", "cabled"}) {
            if (wire.group(group) != null) {
                return Optional.of(wire.group(group).strip());
            }
        }
        return Optional.empty();
    }
}
