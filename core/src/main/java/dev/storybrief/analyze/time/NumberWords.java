package dev.storybrief.analyze.time;

import java.util.List;
import java.util.Locale;

/** Small cardinal numbers as they appear in "two days ago" or "a week later". */
final class NumberWords {

    /** Alternation for regexes; digits are accepted too. */
    static final String PATTERN = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}";

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private NumberWords() {
    }

    static int value(String written) {
        String word = written.toLowerCase(Locale.ROOT);
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        int index = WORDS.indexOf(word);
        return index >= 0 ? index : Integer.parseInt(word);
    }
}
