package dev.storybrief.eval.rouge;

import java.util.Arrays;

/**
 * The Porter stemmer exactly as embedded in ROUGE-1.5.5: Martin Porter's Perl "Release 1" with
 * Chin-Yew Lin's 2004 change to step 4, which runs three tests one after another instead of one
 * alternation: (a) {@code al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize},
 * (b) {@code ment}, (c) {@code ent}, else {@code (s|t)ion}; each strips when the measure is above 1.
 * So {@code agreement -> agreem}, where standard Porter keeps {@code agreement}.
 *
 * <p>Other details kept from the Perl: words shorter than 3 characters come back unchanged; an
 * initial {@code y} is upper-cased during stemming so that it is never a vowel; the "cvc" test matches
 * the <em>whole</em> stem ({@code ^C v [^aeiouwxy]$}); a suffix list matches its longest suffix
 * (the leftmost regex match) and nothing else is tried when its condition fails.
 *
 * <p>The regex conditions are evaluated by a deterministic scan: the Perl patterns
 * {@code C = [^aeiou][^aeiouy]*} and {@code V = [aeiouy][aeiou]*} split a word into alternating runs in
 * only one way once the first letter is not a lower-case {@code y}, which the upper-casing guarantees.
 * Stateless and thread-safe.
 */
public final class PerlPorterStemmer {
    private static final String[][] STEP2 = byLengthDescending(new String[][] {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
        {"logi", "log"},
    });
    private static final String[][] STEP3 = byLengthDescending(new String[][] {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
        {"ness", ""},
    });
    private static final String[][] STEP4A = byLengthDescending(new String[][] {
        {"al", ""}, {"ance", ""}, {"ence", ""}, {"er", ""}, {"ic", ""}, {"able", ""}, {"ible", ""},
        {"ant", ""}, {"ement", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""}, {"iti", ""}, {"ous", ""},
        {"ive", ""}, {"ize", ""},
    });

    private PerlPorterStemmer() {
    }

    /** Stems one lower-case token; tokens shorter than 3 characters are returned unchanged. */
    public static String stem(String token) {
        if (token.length() < 3) {
            return token;
        }
        Word word = new Word(token);
        boolean initialY = word.chars[0] == 'y';
        if (initialY) {
            word.chars[0] = 'Y';
        }
        word.step1a();
        word.step1b();
        word.step1c();
        word.replaceLongestSuffix(STEP2, 0);
        word.replaceLongestSuffix(STEP3, 0);
        word.step4();
        word.step5();
        if (initialY) {
            word.chars[0] = 'y';
        }
        return word.toString();
    }

    private static String[][] byLengthDescending(String[][] rules) {
        String[][] sorted = rules.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(b[0].length(), a[0].length()));
        return sorted;
    }

    /** A word being stemmed: a char buffer with one spare slot for an appended 'e'. */
    private static final class Word {
        private final char[] chars;
        private int length;

        Word(String token) {
            chars = new char[token.length() + 1];
            token.getChars(0, token.length(), chars, 0);
            length = token.length();
        }

        void step1a() {
            if (endsWith("sses") || endsWith("ies")) {
                length -= 2;
            } else if (length >= 2 && chars[length - 1] == 's' && chars[length - 2] != 's') {
                length -= 1;
            }
        }

        void step1b() {
            if (endsWith("eed")) {
                if (measure(length - 3) > 0) {
                    length -= 1;
                }
                return;
            }
            int suffix = endsWith("ed") ? 2 : endsWith("ing") ? 3 : 0;
            if (suffix == 0 || !hasVowel(length - suffix)) {
                return;
            }
            length -= suffix;
            if (endsWith("at") || endsWith("bl") || endsWith("iz")) {
                append('e');
            } else if (endsWithDoubleConsonant()) {
                length -= 1;
            } else if (isWholeCvc(length)) {
                append('e');
            }
        }

        void step1c() {
            if (length > 0 && chars[length - 1] == 'y' && hasVowel(length - 1)) {
                chars[length - 1] = 'i';
            }
        }

        /** Replaces the longest listed suffix when the stem's measure exceeds {@code minMeasure}. */
        void replaceLongestSuffix(String[][] rules, int minMeasure) {
            for (String[] rule : rules) {
                if (endsWith(rule[0])) {
                    int stem = length - rule[0].length();
                    if (measure(stem) > minMeasure) {
                        length = stem;
                        for (int i = 0; i < rule[1].length(); i++) {
                            append(rule[1].charAt(i));
                        }
                    }
                    return;
                }
            }
        }

        /** Lin's step 4: three tests in sequence, each on the result of the previous one. */
        void step4() {
            replaceLongestSuffix(STEP4A, 1);
            stripIfMeasureAboveOne("ment", 4);
            if (endsWith("ent")) {
                stripIfMeasureAboveOne("ent", 3);
            } else if (endsWith("sion") || endsWith("tion")) {
                stripIfMeasureAboveOne("ion", 3);
            }
        }

        void step5() {
            if (length > 0 && chars[length - 1] == 'e') {
                int stem = length - 1;
                int m = measure(stem);
                if (m > 1 || (m == 1 && !isWholeCvc(stem))) {
                    length = stem;
                }
            }
            if (endsWith("ll") && measure(length) > 1) {
                length -= 1;
            }
        }

        private void stripIfMeasureAboveOne(String suffix, int strip) {
            if (endsWith(suffix) && measure(length - strip) > 1) {
                length -= strip;
            }
        }

        /** Number of vowel-run/consonant-run pairs in the first {@code n} chars ({@code [C](VC)^m[V]}). */
        private int measure(int n) {
            if (n <= 0) {
                return 0;
            }
            int m = 0;
            boolean inVowels = isPlainVowel(chars[0]);
            for (int k = 1; k < n; k++) {
                char c = chars[k];
                if (inVowels) {
                    if (!isPlainVowel(c)) {
                        inVowels = false;
                        m++;
                    }
                } else if (isPlainVowel(c) || c == 'y') {
                    inVowels = true;
                }
            }
            return m;
        }

        /** Perl's {@code /^(C)?v/}: some char of the first {@code n} is one of {@code aeiouy}. */
        private boolean hasVowel(int n) {
            for (int k = 0; k < n; k++) {
                if (isPlainVowel(chars[k]) || chars[k] == 'y') {
                    return true;
                }
            }
            return false;
        }

        /** Perl's {@code /^C v [^aeiouwxy]$/} on the first {@code n} chars. */
        private boolean isWholeCvc(int n) {
            if (n < 3 || isPlainVowel(chars[0])) {
                return false;
            }
            for (int k = 1; k < n - 2; k++) {
                if (isPlainVowel(chars[k]) || chars[k] == 'y') {
                    return false;
                }
            }
            char v = chars[n - 2];
            char last = chars[n - 1];
            return (isPlainVowel(v) || v == 'y') && "aeiouwxy".indexOf(last) < 0;
        }

        private boolean endsWithDoubleConsonant() {
            return length >= 2 && chars[length - 1] == chars[length - 2]
                    && "aeiouylsz".indexOf(chars[length - 1]) < 0;
        }

        private boolean endsWith(String suffix) {
            int n = suffix.length();
            if (n > length) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (chars[length - n + i] != suffix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private void append(char c) {
            chars[length++] = c;
        }

        private static boolean isPlainVowel(char c) {
            return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
