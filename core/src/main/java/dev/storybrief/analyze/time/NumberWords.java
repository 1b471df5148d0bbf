package dev.storybrief.analyze.time;

import java.util.List;
import java.util.Locale;

/** Cardinal numbers as they appear in "two days ago", "a week later", "twenty four hours" or "the past 18 months". */
final class NumberWords {

    /** Small counts for regexes ("a", "two", "12"); digits are accepted too. */
    static final String PATTERN = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}";

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    /**
     * Any count up to the hundreds, in words or digits: "twenty four", "thirty-six", "a hundred", "18", "2,000"; longer
     * forms come first so that "twenty four" is not cut at "twenty".
     */
    static final String CARDINAL = "(?:(?:" + TENS + ")(?:[\\s-](?:" + UNITS + "))?|" + TEENS + "|" + UNITS
            + "|(?:a|one)\\s+hundred|(?:a\\s+)?couple\\s+of|a|an|\\d{1,3}(?:,\\d{3})?)";

    /**
     * A year as broadcast transcripts spell it: "nineteen ninety-six", "nineteen eighteen", "two thousand and one",
     * "two thousand" (the last two are also counts, so callers want a cue with them: see {@link #isCountLike}).
     */
    static final String YEAR = "(?:nineteen[\\s-]+(?:(?:" + TENS + ")(?:[\\s-]+(?:" + UNITS + "))?|" + TEENS + ")"
            + "|two\\s+thousand(?:(?:\\s+and)?[\\s-]+(?:" + TEENS + "|" + UNITS + "))?)";

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TEN_WORDS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");

    private NumberWords() {
    }

    /** The year {@link #YEAR} spells: 1996 for "nineteen ninety-six", 2001 for "two thousand and one". */
    static int year(String written) {
        String word = written.toLowerCase(Locale.ROOT).trim().replaceAll("[\\s-]+", " ");
        if (word.startsWith("nineteen ")) {
            return 1900 + value(word.substring("nineteen ".length()));
        }
        String rest = word.substring("two thousand".length()).replaceFirst("^ and", "").trim();
        return 2000 + (rest.isEmpty() ? 0 : value(rest));
    }

    /** True for the forms of {@link #YEAR} that are also plain counts ("two thousand", "two thousand and one"). */
    static boolean isCountLike(String written) {
        return written.toLowerCase(Locale.ROOT).startsWith("two");
    }

    /** The value of anything {@link #CARDINAL} or {@link #PATTERN} matches. */
    static int value(String written) {
        String word = written.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        if (word.endsWith("hundred")) {
            return 100;
        }
        if (word.endsWith("couple of")) { // "a couple of", "the next couple of"
            return 2;
        }
        if (word.matches("[\\d,]+")) {
            return Integer.parseInt(word.replace(",", ""));
        }
        String[] parts = word.split("[ -]");
        int tens = TEN_WORDS.indexOf(parts[0]);
        if (tens >= 2) {
            return tens * 10 + (parts.length > 1 ? WORDS.indexOf(parts[1]) : 0);
        }
        return WORDS.indexOf(word);
    }
}
