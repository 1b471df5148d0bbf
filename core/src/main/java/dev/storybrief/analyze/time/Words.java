package dev.storybrief.analyze.time;

import java.util.Locale;
import java.util.Set;

/** Looks at the words just around a match, which is how the rules tell a month from a verb or a name. */
final class Words {

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "this", "that");

    private Words() {
    }

    /** The word ending right before {@code index} (whitespace skipped), or "" at the sentence start. */
    static String before(String sentence, int index) {
        int end = index;
        while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isWordChar(sentence.charAt(start - 1))) {
            start--;
        }
        return sentence.substring(start, end);
    }

    /** The word starting right after {@code index} (whitespace skipped), or "" at the sentence end. */
    static String after(String sentence, int index) {
        int start = index;
        while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < sentence.length() && isWordChar(sentence.charAt(end))) {
            end++;
        }
        return sentence.substring(start, end);
    }

    /**
     * Where a match starts without its leading determiner: "a [two-year] option", "its [third-quarter] loss". An
     * expression used as an adjective modifies the noun after it, and TimeML leaves the determiner to that noun; a
     * match that is all determiner, or starts with none, keeps {@code start}.
     */
    static int withoutDeterminer(String sentence, int start, int end) {
        String first = after(sentence, start);
        int rest = start + first.length();
        while (rest < end && Character.isWhitespace(sentence.charAt(rest))) {
            rest++;
        }
        boolean determiner = isDeterminer(first.toLowerCase(Locale.ROOT)) && sentence.startsWith(first, start);
        return determiner && rest > start + first.length() && rest < end ? rest : start;
    }

    /** An article, possessive or demonstrative before a noun ("the", "its", "this"), given in lower case. */
    static boolean isDeterminer(String lowerCaseWord) {
        return DETERMINERS.contains(lowerCaseWord);
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }
}
