package dev.storybrief.group.stories;

import dev.storybrief.analyze.terms.NameKeys;
import dev.storybrief.analyze.terms.ScriptFolding;
import dev.storybrief.wording.WrittenDates;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of an article that survive translation, for comparing articles in different languages: the words of its
 * names, folded to lower-case ASCII ("Ségolène" and "Segolene" meet, "Путин" is "putin") and keyed without their
 * case endings ({@link NameKeys}: "Klaipėdos" and "Klaipēdas" meet), and its
 * numbers, years included, written one way ("26 000", "26.000" and "26,000" are all {@code #26000}; "2,5" is
 * {@code #2.5}). A word counts as a name when it is capitalised and the article never writes it in lower case, which
 * needs no list of names or of stop words in any language. Scripts without capitals (Arabic, Hebrew, Hindi ...) give
 * no names, only numbers: their words cannot be told from names, and taking every word transliterated drowns the
 * names (measured on MultiLing French-Arabic: 1 of 1,000 same-story pairs grouped instead of 206). Cased scripts
 * (Cyrillic, Greek) are transliterated ({@link ScriptFolding}: Serbian Cyrillic as Serbia's Latin writes it). Thread-safe. {@link dev.storybrief.group.SentenceAnchors} folds and reads
 * numbers with the same rules, sentence by sentence.
 */
public final class Anchors {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");
    // spaced thousands first ("26 000", also with the narrow no-break space of French typography), then digit groups
    // joined by dots or commas, which are thousands or a decimal part
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)*");
    private static final int MIN_NAME_LENGTH = 3;
    /** How a date's anchor starts. */
    static final String DATE_PREFIX = "@";
    // one-digit numbers are everywhere (lists, "2 people", days); they tell no event from another
    private static final int MIN_NUMBER_LENGTH = 2;

    private Anchors() {
    }

    /** How often each anchor occurs in the text: name words as themselves, numbers prefixed with {@code #}. */
    static Map<String, Integer> of(String text) {
        return of(text, ArticleDates.UNDATED);
    }

    /**
     * How often each anchor occurs in the text of an article published on {@code publishedDay} (an epoch day, or
     * {@link ArticleDates#UNDATED}): name words as themselves, numbers prefixed with {@code #}, and each full date
     * written in it once as {@code DATE_PREFIX + yyyy-mm-dd}, not as its day, month and year: "2026年11月10日" or "10
     * November 2026" is one fact, not three numbers (or a month's name) to share. The article's own publication date
     * is left out: every article of that day writes it, whatever its story.
     */
    static Map<String, Integer> of(String text, long publishedDay) {
        Map<String, Integer> anchors = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder(text);
        for (WrittenDates.Span date : WrittenDates.spans(text)) {
            for (int i = date.start(); i < date.end(); i++) {
                rest.setCharAt(i, ' ');
            }
            if (date.date().toEpochDay() != publishedDay) {
                anchors.merge(DATE_PREFIX + date.date(), 1, Integer::sum);
            }
        }
        names(rest.toString(), anchors);
        numbers(rest.toString(), anchors);
        return anchors;
    }

    /** True for the anchor of a full date: a date alone is shared by any two stories of that day. */
    static boolean isDate(String anchor) {
        return anchor.startsWith(DATE_PREFIX);
    }

    private static void names(String text, Map<String, Integer> anchors) {
        Set<String> lowerCase = new HashSet<>();
        Map<String, Integer> capitalised = new LinkedHashMap<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String w = word.group();
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            } else if (Character.isLowerCase(w.codePointAt(0))) {
                lowerCase.add(w);
            }
        }
        capitalised.forEach((w, count) -> {
            if (!lowerCase.contains(w)) {
                String folded = fold(w);
                if (folded.length() >= MIN_NAME_LENGTH) {
                    // the name's key: its forms in other cases and languages meet ("Klaipėdos", "Klaipēdas")
                    anchors.merge(NameKeys.key(folded), count, Integer::sum);
                }
            }
        });
    }

    /** Lower-case ASCII letters of a word: accents dropped, other scripts transliterated. */
    public static String fold(String word) {
        return ScriptFolding.toAscii(word);
    }

    private static void numbers(String text, Map<String, Integer> anchors) {
        numberValues(text).forEach(value -> anchors.merge("#" + value, 1, Integer::sum));
    }

    /** The numbers of a text written one way, digits of every script read, one-digit numbers left out; in order. */
    public static java.util.List<String> numberValues(String text) {
        java.util.List<String> values = new java.util.ArrayList<>();
        Matcher number = NUMBER.matcher(asciiDigits(text));
        while (number.find()) {
            for (String value : normalise(number.group())) {
                if (value.replace(".", "").length() >= MIN_NUMBER_LENGTH) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /**
     * One written number as its value: groups of three digits after the first are thousands ("26.000", "26 000"),
     * one other separator is a decimal point ("2,5"), and more ("12.03.2007") are separate numbers (a date).
     */
    public static String[] normalise(String written) {
        String[] groups = written.split("[ \\u00A0\\u202F.,]");
        if (groups.length == 1) {
            return new String[] {stripZeros(groups[0])};
        }
        boolean thousands = groups[0].length() <= 3;
        for (int i = 1; i < groups.length; i++) {
            thousands &= groups[i].length() == 3;
        }
        if (thousands) {
            return new String[] {stripZeros(String.join("", groups))};
        }
        if (groups.length == 2) {
            String fraction = groups[1].replaceAll("0+$", "");
            return new String[] {stripZeros(groups[0]) + (fraction.isEmpty() ? "" : "." + fraction)};
        }
        for (int i = 0; i < groups.length; i++) {
            groups[i] = stripZeros(groups[i]);
        }
        return groups;
    }

    private static String stripZeros(String digits) {
        return digits.replaceFirst("^0+(?=\\d)", "");
    }

    /** The text with digits of every script (Arabic-Indic "٢٠٠٥", Devanagari ...) as ASCII digits. */
    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                out.append((char) ('0' + digit));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
