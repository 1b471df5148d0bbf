package dev.storybrief.eval.quotes;

import java.util.Locale;

/**
 * Whether a predicted speaker name names the person of a gold source mention: the last word of the name (its surname,
 * letters only) appears, capitalised, as a word of the gold mention ("Clinton" and "Hillary Clinton's campaign" do;
 * "he" never does). Two people who share a surname are not told apart by this check; the span check is.
 */
public final class SameName {
    private SameName() {
    }

    /** True when the name's last word is a capitalised word of the mention. */
    public static boolean matches(String speakerName, String goldMention) {
        if (speakerName == null || goldMention == null) {
            return false;
        }
        String[] nameWords = speakerName.strip().split("[^\\p{L}\\p{N}'’-]+");
        String surname = nameWords.length == 0 ? "" : stripPossessive(nameWords[nameWords.length - 1]);
        if (surname.length() < 2) {
            return false;
        }
        for (String word : goldMention.split("[^\\p{L}\\p{N}'’-]+")) {
            String w = stripPossessive(word);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && w.toLowerCase(Locale.ROOT).equals(surname.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String stripPossessive(String word) {
        return word.replaceFirst("['’]s?$", "");
    }
}
