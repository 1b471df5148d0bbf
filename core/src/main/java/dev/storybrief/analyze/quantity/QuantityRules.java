package dev.storybrief.analyze.quantity;

import dev.storybrief.model.QuantitySpan;
import java.util.List;

/**
 * The quantity rules of one language: which numbers a sentence states and what each counts. English has
 * {@link QuantityExtractor}; French, German, Spanish, Italian and Portuguese share {@link EuropeanQuantityExtractor},
 * driven by each language's {@link QuantityLanguage} table; Chinese and Japanese share {@link CjkQuantityExtractor}. Keys are language-neutral where it matters
 * ("people killed", "sortie", "money cost"), so figures can be compared across languages.
 */
public interface QuantityRules {

    /**
     * The quantities stated in one sentence, left to right.
     *
     * @param offset   where the sentence starts in its document: added to every offset
     * @param sentence the sentence's index, recorded in every quantity
     */
    List<QuantitySpan> extract(String text, int offset, int sentence);

    /** The head noun of a counted phrase as {@link QuantitySpan#unit()} writes it ("bombing runs": "runs"). */
    String head(String unit);

    /**
     * The harm a stretch of text speaks of, "people killed" or "people injured" (English's keys), by the first cue
     * word in it ("injuring", "were hurt", "blessés", "getötet"); null when it names none. Two figures beside the same
     * harm count the same victims however the sentences word it.
     */
    String harm(String text);

    /** True for the languages with quantity rules of their own. */
    static boolean supports(String language) {
        return "en".equals(language) || isChineseOrJapanese(language) || QuantityLanguage.of(language) != null;
    }

    /**
     * The rules of a language; English's for a language without rules of its own (as before languages were told apart),
     * reading its digits by its own separators ({@link LocaleDigits}).
     */
    static QuantityRules forLanguage(String language) {
        if (isChineseOrJapanese(language)) {
            return CjkQuantityExtractor.INSTANCE;
        }
        QuantityLanguage table = QuantityLanguage.of(language);
        return table == null ? LocaleDigits.of(QuantityExtractor.ENGLISH, language) : EuropeanQuantityExtractor.of(table);
    }

    private static boolean isChineseOrJapanese(String language) {
        return "zh".equals(language) || "ja".equals(language);
    }
}
