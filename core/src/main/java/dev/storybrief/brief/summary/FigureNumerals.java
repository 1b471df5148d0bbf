package dev.storybrief.brief.summary;

import dev.storybrief.model.QuantitySpan;
import java.util.Locale;

/**
 * The number of a figure as its text writes it, without its qualifier and counted noun: "four" of "four people",
 * "1,100" of "about 1,100 residents", "vingt-trois" of "vingt-trois blessés". A headline repeats a figure in these
 * words ({@link OutdatedTitles}), and a range of disputed figures is told in them ({@link DisputedFigureMarks}), in
 * the outlets' own writing of the number rather than one formatted anew in another language's style.
 */
final class FigureNumerals {
    private FigureNumerals() {
    }

    /** The figure's last word before its counted noun, or null when its text has none with a letter or digit. */
    static String numeral(QuantitySpan figure) {
        String text = figure.text().strip();
        String unit = figure.unit() == null ? "" : figure.unit().strip();
        if (!unit.isEmpty() && text.toLowerCase(Locale.ROOT).endsWith(unit.toLowerCase(Locale.ROOT))) {
            text = text.substring(0, text.length() - unit.length()).strip();
        }
        if (text.isEmpty()) {
            return null;
        }
        String[] words = text.split("\\s+");
        String last = words[words.length - 1];
        return last.chars().anyMatch(Character::isLetterOrDigit) ? last : null;
    }
}
