package dev.storybrief.clean;

import dev.storybrief.analyze.language.LanguageGuess;
import dev.storybrief.analyze.language.LanguageIdentifier;
import dev.storybrief.model.Removal;
import java.util.ArrayList;
import java.util.List;

/**
 * A text followed (or preceded) by the same text in another language, as bilingual releases and notices are
 * published ("Version française" under the English release), or any long block in a second language at one end of an
 * article. Read whole, such a text is taken for the other language, and its summary would mix both. The main text is
 * the first part, unless the second is far longer; the other part is set apart: listed among the removals with its language,
 * not summarised, not lost.
 *
 * <p>Cheap for the common case: the first and the last stretch of the text are identified first (English prose by
 * its function words, without loading the language model), and only when they differ is each paragraph read.
 */
final class OtherLanguageParts {
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    /** A stretch of text long enough to tell its language (about a hundred words). */
    private static final int STRETCH_CHARS = 600;
    /** Letters of the shortest part set apart: a block, not a phrase or a name in another language. */
    private static final int MIN_PART_LETTERS = 250;
    /** How sure the identifier must be of each part's language (the top language over the top two). */
    private static final double SURE = 0.9;
    /** How many times longer than the first part the second must be to be the main text. */
    private static final int LONGER_PART = 2;
    /** Rule name of a paragraph set apart. */
    static final String RULE = "other-language";

    private OtherLanguageParts() {
    }

    /** The paragraphs of the main language, the others listed in {@code removals}. */
    static List<String> setApart(String id, List<String> paragraphs, List<Removal> removals) {
        int n = paragraphs.size();
        if (n < 2) {
            return paragraphs;
        }
        String head = language(stretch(paragraphs, true));
        String tail = language(stretch(paragraphs, false));
        if (head == null || tail == null || head.equals(tail)) {
            return paragraphs;
        }
        String[] of = new String[n];
        for (int i = 0; i < n; i++) {
            of[i] = language(paragraphs.get(i));
        }
        // the tail's block: from the first paragraph in the tail's language after the last one in the head's
        int lastOfHead = -1;
        for (int i = 0; i < n; i++) {
            if (head.equals(of[i])) {
                lastOfHead = i;
            }
        }
        int split = -1;
        for (int i = lastOfHead + 1; i < n; i++) {
            if (tail.equals(of[i])) {
                split = i;
                break;
            }
        }
        if (lastOfHead < 0 || split < 0) {
            return paragraphs;
        }
        // a short line between the two (a heading "Version française", too short to tell) opens the second part
        while (split - 1 > lastOfHead && of[split - 1] == null) {
            split--;
        }
        int firstLetters = letters(paragraphs.subList(0, split));
        int secondLetters = letters(paragraphs.subList(split, n));
        // a translation runs longer than its original (French by a fifth): the first part is the main text unless the
        // second is far longer, when the first is a preface or a summary in another language
        boolean firstIsMain = secondLetters < LONGER_PART * firstLetters;
        List<String> main = firstIsMain ? paragraphs.subList(0, split) : paragraphs.subList(split, n);
        List<String> other = firstIsMain ? paragraphs.subList(split, n) : paragraphs.subList(0, split);
        String mainLanguage = firstIsMain ? head : tail;
        String otherLanguage = firstIsMain ? tail : head;
        // both parts read whole must be sure of their languages: close languages (Danish, Norwegian) flip on a stretch
        if (letters(other) < MIN_PART_LETTERS || !sure(String.join("\n\n", main), mainLanguage)
                || !sure(String.join("\n\n", other), otherLanguage)) {
            return paragraphs;
        }
        for (String p : other) {
            removals.add(new Removal(id, p, RULE, "the text in another language (" + otherLanguage + ") beside the main text ("
                    + mainLanguage + "): set apart, not summarised"));
        }
        return new ArrayList<>(main);
    }

    /** The paragraphs at one end of the text, as many as make a stretch long enough to tell its language. */
    private static String stretch(List<String> paragraphs, boolean fromStart) {
        List<String> taken = new ArrayList<>();
        int chars = 0;
        for (int k = 0; k < paragraphs.size() && chars < STRETCH_CHARS; k++) {
            String p = paragraphs.get(fromStart ? k : paragraphs.size() - 1 - k);
            taken.add(p);
            chars += p.length();
        }
        if (!fromStart) {
            java.util.Collections.reverse(taken);
        }
        return String.join("\n\n", taken);
    }

    private static boolean sure(String text, String language) {
        LanguageGuess guess = LANGUAGES.identify(text);
        return guess.code().equals(language) && guess.confidence() >= SURE;
    }

    /** The language of the text, or null when it is too short to tell. */
    private static String language(String text) {
        return LANGUAGES.identify(text).codeIfSure(0);
    }

    private static int letters(List<String> paragraphs) {
        int count = 0;
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i++) {
                if (Character.isLetter(p.charAt(i))) {
                    count++;
                }
            }
        }
        return count;
    }
}
