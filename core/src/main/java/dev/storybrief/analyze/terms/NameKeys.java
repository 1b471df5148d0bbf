package dev.storybrief.analyze.terms;

/**
 * The key under which a name word meets its forms in other languages and cases. Languages with cases write one
 * name with many endings: Lithuanian "Klaipėda", "Klaipėdos", "Klaipėdoje", Latvian "Klaipēdas", Estonian
 * "Klaipėdast", Czech "Obamy", Serbian "Beogradu"; a Latvian nominative adds -s to a foreign name ("Jankausks"); other
 * scripts and spellings double letters or not ("Marella", "Марела") and write a glide as j or y ("Клайпеда" is
 * "Klajpeda"). A key is the name folded to lower-case ASCII (the caller's folding) with doubled letters single, a
 * glide after a vowel as i, and its ending cut: the trailing vowels with up to two of the consonants case endings are
 * made of (j, m, n, s, t) before each run, repeatedly ("klaipedoje", "klaipedast" and "klaipeda" are all
 * "klaiped"), or a lone -s after a consonant. The same cut for every language, since the forms must meet across
 * languages; at least {@link #MIN_LENGTH} letters stay, so short names are kept whole rather than cut to a syllable.
 */
public final class NameKeys {
    /** Fewest letters a key keeps of its name. */
    public static final int MIN_LENGTH = 4;
    private static final String VOWELS = "aeiouy";
    private static final String ENDING_CONSONANTS = "jmnst";
    private static final int MAX_ENDING_CONSONANTS = 2;

    private NameKeys() {
    }

    /** The key of a name word already folded to lower-case ASCII ({@code "klaipedos"} is {@code "klaiped"}). */
    public static String key(String folded) {
        String word = singleLetters(glides(folded));
        int cut = endingStart(word);
        return word.substring(0, Math.max(Math.min(MIN_LENGTH, word.length()), cut));
    }

    /** Where the word's ending starts (its length when it has none). */
    private static int endingStart(String word) {
        int n = word.length();
        if (n > 1 && word.charAt(n - 1) == 's' && !isVowel(word.charAt(n - 2))) {
            return n - 1;
        }
        int cut = n;
        while (true) {
            int consonants = cut;
            while (consonants > 0 && cut - consonants < MAX_ENDING_CONSONANTS
                    && ENDING_CONSONANTS.indexOf(word.charAt(consonants - 1)) >= 0) {
                consonants--;
            }
            int vowels = consonants;
            while (vowels > 0 && isVowel(word.charAt(vowels - 1))) {
                vowels--;
            }
            if (vowels == consonants) {
                return cut;
            }
            cut = vowels;
        }
    }

    /** A j or y after a vowel as i: "klajpeda" (Cyrillic й) and "klaipeda" meet, "sergej" and "sergey". */
    private static String glides(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean glide = (c == 'j' || c == 'y') && i > 0 && "aeiou".indexOf(word.charAt(i - 1)) >= 0;
            out.append(glide ? 'i' : c);
        }
        return out.toString();
    }

    /** Doubled letters once: "marella" and "marela", "rotterdam" and "roterdam". */
    private static String singleLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
