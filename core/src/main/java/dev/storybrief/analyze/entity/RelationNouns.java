package dev.storybrief.analyze.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns of kinship and closeness ("wife", "daughter", "sister", "neighbour"). They name what one person is to
 * another, so a name set off after them ("his wife, Florence", "Tollan's sister, Donna Reid") is a person's, whatever
 * place shares it; and after a speech verb they describe the speaker as a role noun does.
 */
public final class RelationNouns {
    private static final Set<String> NOUNS = Set.of("wife", "husband", "widow", "widower", "partner",
            "fiancé", "fiancée", "fiance", "fiancee", "son", "daughter", "sons", "daughters", "mother", "father",
            "mum", "mom", "dad", "parents", "sister", "brother", "sisters", "brothers", "sibling", "grandson",
            "granddaughter", "grandmother", "grandfather", "niece", "nephew", "cousin", "uncle", "aunt", "stepson",
            "stepdaughter", "stepfather", "stepmother", "friend", "neighbour", "neighbor", "girlfriend", "boyfriend",
            "colleague", "flatmate", "relative");
    /** Whose relative it is: "his wife", "their daughter" (a name's "'s" is a token of its own). */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "my", "our", "your");

    private RelationNouns() {
    }

    /** Whether {@code word} (any case, trailing punctuation ignored) is a noun of kinship or closeness. */
    public static boolean is(String word) {
        return NOUNS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""));
    }

    /**
     * Whether the name starting at token {@code first} follows someone's relation noun, with or without a comma:
     * "his wife, Florence", "their daughter Georgia", "Tollan's sister, Donna".
     */
    static boolean follows(List<Token> tokens, int first) {
        int noun = first - 1;
        if (noun >= 0 && tokens.get(noun).text().equals(",")) {
            noun--;
        }
        if (noun < 1 || !is(tokens.get(noun).text())) {
            return false;
        }
        Token owner = tokens.get(noun - 1);
        return POSSESSIVES.contains(owner.text().toLowerCase(Locale.ROOT)) || owner.isPossessiveMarker();
    }
}
