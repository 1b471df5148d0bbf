package dev.storybrief.analyze.entity;

import java.util.regex.Pattern;

/** A word or punctuation mark with its character offsets in the sentence. */
record Token(String text, int start, int end) {

    private static final Pattern ELIDED_BEFORE_LOWER_CASE = Pattern.compile("(?:L|D|Un|Dell|Dall|All|Nell)['’]\\p{Ll}.*");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|as|ash|ibn|bin|abu)-\\p{Lu}.*");

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /**
     * Starts with a capital letter, counting "al-Senussi" (Arabic article before a capitalised name), but not an
     * elided French or Italian article opening a sentence before a common noun ("L'avocate Sophie Martin", "L'avvocata
     * Marta Bassi": the capital is the sentence's; "L'Oréal" keeps its own).
     */
    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0)) && !ELIDED_BEFORE_LOWER_CASE.matcher(text).matches()
                || ARABIC_ARTICLE.matcher(text).matches();
    }

    /** Two or more letters, all of them upper case ("NATO", "U.N."). */
    boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean isPossessiveMarker() {
        return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
    }
}
