package dev.storybrief.analyze.entity;

import dev.storybrief.analyze.terms.ScriptFolding;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tests for two written names meaning the same thing: transliteration variants ("Gadhafi", "Gaddafi", "Qaddafi",
 * "Moammar"/"Muammar"; Cyrillic read in Latin letters, "Вучић" as "Vučić") and acronyms ("NTC" for "National Transitional Council").
 *
 * <p>Variants must share a consonant skeleton (lower case, accents dropped, g/k/q and dh/d, th/t, ph/f, kh/k, gh/g
 * folded, vowels, h, w and y dropped, doubled letters collapsed) and differ by at most a third of their letters
 * (Levenshtein distance), which keeps "Hussein" apart from "Hassan".
 */
final class NameVariants {

    // compiled once: names are compared pairwise, and compiling these per call cost a tenth of a whole briefing
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");
    private static final Pattern SILENT = Pattern.compile("[aeiouhwy]");
    private static final int MIN_VARIANT_LENGTH = 5;
    /** The fewest letters of a compound's part an acronym takes a letter from ("Hilfs", "werk"); see spells. */
    private static final int MIN_PART = 4;
    private static final double MAX_EDIT_SHARE = 0.34;
    private static final Set<String> ACRONYM_SKIPPED = Set.of("of", "the", "for", "and", "&", "de", "du", "la", "le",
            "in", "on");
    /**
     * The small words of a body's name in the languages the recogniser reads, which an acronym may skip or spell:
     * "Agência Portuguesa do Ambiente (APA)", "Rijksinstituut voor Volksgezondheid en Milieu (RIVM)".
     */
    private static final Set<String> ACRONYM_SMALL_WORDS = Set.of("of", "the", "for", "and", "&", "de", "du", "des",
            "la", "le", "les", "l'", "d'", "in", "on", "et", "en", "à", "au", "aux", "pour", "sur", "von", "der", "die",
            "das", "dem", "den", "und", "für", "zur", "zum", "del", "della", "delle", "dei", "degli", "di", "e", "ed",
            "per", "da", "do", "dos", "y", "el", "los", "las", "van", "voor", "het", "op");

    private NameVariants() {
    }

    /** Same word, or a spelling variant of it. */
    static boolean sameWord(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        if (x.equals(y)) {
            return true;
        }
        if (x.length() < MIN_VARIANT_LENGTH || y.length() < MIN_VARIANT_LENGTH || !skeleton(x).equals(skeleton(y))) {
            return false;
        }
        return (double) levenshtein(x, y) / Math.max(x.length(), y.length()) <= MAX_EDIT_SHARE;
    }

    /** Word-by-word variants of each other, with the same number of words. */
    static boolean sameWords(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameWord(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "NTC" and "National Transitional Council", "U.N." and "United Nations"; also an acronym that takes more than one
     * letter from a compound ("THW" and "Technisches Hilfswerk", "RIVM" and "Rijksinstituut voor Volksgezondheid en
     * Milieu", "DWD" and "Deutscher Wetterdienst") or the initial of a small word ("APA" and "Agência Portuguesa do
     * Ambiente", with or without the "do"): German and Dutch write a body's name as compounds and abbreviate their parts.
     * Every word but the small ones gives its initial, in order, so "AP" spells no "Agência Portuguesa do Ambiente".
     */
    static boolean isAcronymOf(String acronym, List<String> words) {
        String letters = acronym.replace(".", "");
        if (letters.length() < 2 || !letters.chars().allMatch(Character::isUpperCase) || words.size() < 2) {
            return false;
        }
        return initials(words).equals(letters) || spells(plain(letters), 0, words, 0);
    }

    /** Whether the words from {@code word} on spell the acronym's letters from {@code at} on (see isAcronymOf). */
    private static boolean spells(String letters, int at, List<String> words, int word) {
        if (word == words.size()) {
            return at == letters.length();
        }
        String text = afterElision(words.get(word));
        String plainWord = plain(text);
        boolean small = plainWord.isEmpty() || ACRONYM_SMALL_WORDS.contains(text.toLowerCase(Locale.ROOT));
        if (small && spells(letters, at, words, word + 1)) {
            return true;
        }
        if (plainWord.isEmpty() || at == letters.length() || plainWord.charAt(0) != letters.charAt(at)) {
            return false;
        }
        // the initial, then each further letter of the acronym found where a compound's part may start, leftmost
        // first: three letters in at least and a word of four letters after ("Hilfs|werk", "Wetter|dienst"), so the
        // "t" of "National" spells no "NTC" of "National Council"
        int next = at + 1;
        if (spells(letters, next, words, word + 1)) {
            return true;
        }
        for (int i = MIN_PART; i + MIN_PART < plainWord.length() + 1 && next < letters.length(); i++) {
            if (plainWord.charAt(i) == letters.charAt(next)) {
                next++;
                if (spells(letters, next, words, word + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "aviation" of "l'aviation": French and Italian write an elided article onto the word. */
    private static String afterElision(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        return apostrophe > 0 && apostrophe <= 4 && apostrophe < word.length() - 1 ? word.substring(apostrophe + 1) : word;
    }

    /** The upper-case initials of a name's words, small words such as "of" and "the" left out. */
    static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && !ACRONYM_SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    static String plain(String word) {
        // a Serbian story told in both scripts names "Vučić" and "Вучић": one person, one key
        String latin = ScriptFolding.hasCyrillic(word) ? ScriptFolding.toLatin(word) : word;
        String decomposed = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        return NON_LETTERS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static String skeleton(String plainWord) {
        String folded = SILENT.matcher(plainWord.replace("dh", "d").replace("th", "t").replace("ph", "f").replace("kh", "k")
                .replace("gh", "g").replace('q', 'k').replace('g', 'k')).replaceAll("");
        StringBuilder out = new StringBuilder();
        for (char c : folded.toCharArray()) {
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
