package dev.storybrief.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a news story opens with ("date 2011-10-24 BRUSSELS ", "WASHINGTON (Reuters) - ",
 * "LONDON, Oct 24 (AP) — ", "SANTIAGO, Chile (AP) _ ", "Kabul, Afghanistan (CNN) "): where it ends, so the first
 * sentence reads as a sentence, and the agency it names, which is the outlet. The one place storybrief knows how
 * datelines are written; the clean stage strips them, grouping reads headlines past them.
 */
public final class Datelines {
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s+");
    private static final Pattern CAPS_CITY = Pattern.compile("^((?:\\p{Lu}{2,}[ ,]+)+?)(?=\\p{Lu}\\p{L}*\\s+\\p{Ll})");
    private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu} .'/-]{1,40}";
    private static final String PLACE = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}";
    private static final String REGION = "(?:, ?" + PLACE + ")?";
    private static final String DAY = "(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?";
    private static final String AGENCY = "\\((?<agency>\\p{Lu}[\\p{L} .&'-]{1,40})\\)";
    /** German-speaking agencies write their short names in lower case: "Berlin (dpa) -", "Wien (apa) -". */
    private static final String AGENCY_AGAIN = "\\((?<named>\\p{Lu}[\\p{L} .&'-]{1,40}|\\p{Ll}{2,4})\\)";
    private static final String KNOWN_AGENCY = "\\((?<known>AP|CNN|Reuters|AFP|UPI|dpa|Xinhua|Bloomberg|NYT|CNS)\\)";
    /** "REDFIELD (Tribune) - March 3, 2026 - Talks ...": the filing date between two dashes. */
    private static final String FILED = "(?:(?<filed>(?:[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}))\\s*[-—–]{1,2}\\s+)?";
    /** Russian agencies between slashes after the place and the day: "КАЗАНЬ, 9 ноября. /ТАСС/. ". */
    private static final String SLASHED_AGENCY = CAPS_PLACE + "(?:,\\s*\\d{1,2}\\s+\\p{Ll}{3,9}\\.?)?\\s*"
            + "/(?<slashed>\\p{Lu}[\\p{L} -]{1,30})/\\.?\\s+";
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
    /** A place in capitals, or any place with an agency: then a dash, an underscore (wire copy) or nothing. */
    private static final Pattern WIRE = Pattern.compile("^(?:"
            + CAPS_PLACE + REGION + DAY + "\\s*(?:" + AGENCY + ")?\\s*[-—–_]{1,2}\\s+" + FILED
            + "|" + PLACE + REGION + DAY + " ?" + AGENCY_AGAIN + " ?[-—–_]{1,2}\\s+"
            + "|" + PLACE + REGION + " ?[—–_]{1,2} "
            + "|" + PLACE + REGION + " ?" + KNOWN_AGENCY + " ?"
            + "|" + SLASHED_AGENCY + "|" + UNCASED_AGENCY + "|" + CABLED
            + ")(?=\\p{Lu}|\\p{Lo}|[\"“‘'「«])");
    /** Text left after a dateline must still be a sentence: this many characters, or {@link #MIN_REST_WORDS}. */
    private static final int MIN_REST = 40;
    /** A sentence's worth in a script without spaces, where 40 characters are 20 words. */
    private static final int MIN_REST_WORDS = 10;

    private Datelines() {
    }

    /** The paragraph without its dateline, or empty when it opens with none. */
    public static Optional<String> strip(String paragraph) {
        Matcher header = DATE_HEADER.matcher(paragraph);
        if (header.find()) {
            String rest = paragraph.substring(header.end());
            Matcher city = CAPS_CITY.matcher(rest);
            return Optional.of(city.find() ? rest.substring(city.end()) : rest);
        }
        Matcher wire = WIRE.matcher(paragraph);
        if (wire.find() && (paragraph.length() - wire.end() > MIN_REST
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
        Matcher wire = WIRE.matcher(text);
        return wire.find() ? text.substring(wire.end()) : text;
    }

    /** The filing date a paragraph's dateline gives ("REDFIELD (Tribune) - March 3, 2026 - ..."), if it has one. */
    public static Optional<java.time.LocalDate> filed(String paragraph) {
        Matcher wire = WIRE.matcher(paragraph);
        return wire.find() && wire.group("filed") != null ? LooseDate.find(wire.group("filed")) : Optional.empty();
    }

    /** The agency a paragraph's dateline names ("Reuters" in "BRUSSELS (Reuters) - ..."), if it has one. */
    public static Optional<String> agency(String paragraph) {
        Matcher wire = WIRE.matcher(paragraph);
        if (!wire.find()) {
            return Optional.empty();
        }
        for (String group : new String[]{"agency", "named", "known", "slashed", "uncased", "cabled"}) {
            if (wire.group(group) != null) {
                return Optional.of(wire.group(group).strip());
            }
        }
        return Optional.empty();
    }
}
