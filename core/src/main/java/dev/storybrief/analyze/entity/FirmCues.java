package dev.storybrief.analyze.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How English news introduces a company it names with no legal form or trade word ("Torvex chief executive Helen
 * Marsh", "Kelvane's chief executive", "analysts at Carbury"): by an office only a business has, written after its
 * name, and by the analysts, economists or researchers it employs. A person has a spokesman, aides and staff, so those
 * say nothing; a company's chief executive, chairman, shareholders and employees do. Stateless and thread-safe.
 */
final class FirmCues {

    /** What only a business has, written after its name ("Torvex chief executive", "Kelvane's shareholders"). */
    private static final Set<String> FIRM_ROLES = Set.of("chief executive", "ceo", "chairman", "chairwoman",
            "shareholders", "employees", "executives", "founder", "co-founder", "board");
    /** Those whose "at" names the firm or house that employs them ("analysts at Carbury"). */
    private static final Set<String> EMPLOYED = Set.of("analysts", "analyst", "economists", "economist",
            "strategists", "strategist", "researchers", "researcher");

    private FirmCues() {
    }

    /**
     * Whether an office or body only a business has follows the word at {@code index}, bare or after its possessive
     * ("Torvex chief executive Helen Marsh", "Kelvane's chief executive", "Norquill shareholders").
     */
    static boolean beforeFirmRole(List<Token> tokens, int index) {
        int k = index + 1 < tokens.size() && tokens.get(index + 1).isPossessiveMarker() ? index + 2 : index + 1;
        if (k >= tokens.size()) {
            return false;
        }
        String one = tokens.get(k).text().toLowerCase(Locale.ROOT);
        String two = k + 1 < tokens.size() ? one + " " + tokens.get(k + 1).text().toLowerCase(Locale.ROOT) : one;
        return FIRM_ROLES.contains(one) || FIRM_ROLES.contains(two);
    }

    /** "analysts at Carbury", "economists at Brenmoor": the house that employs them, not a place. */
    static boolean employs(List<Token> tokens, int index) {
        return index >= 2 && tokens.get(index - 1).text().equals("at")
                && EMPLOYED.contains(tokens.get(index - 2).text().toLowerCase(Locale.ROOT));
    }
}
