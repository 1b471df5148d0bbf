package dev.storybrief.analyze.time;

/** Looks at the words just around a match, which is how the rules tell a month from a verb or a name. */
final class Words {

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

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }
}
