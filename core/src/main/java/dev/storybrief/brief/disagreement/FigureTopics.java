package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.quantity.QuantityExtractor;
import java.util.Set;

/**
 * The topic a number disagreement is shown under, from its figures' key and the units its claims write: a length of
 * time by what it is of ("year in prison"), an amount of money as an amount ("fine (amount)"), a casualty count by
 * its key ("people killed"), a percentage by what it is a share of ("turnout (per cent)") or what changed by it
 * ("shares fell (per cent)"), a speed by what moved and
 * its units, a crowd as a crowd, any other count by the units written ("NATO bombing runs / sorties").
 */
final class FigureTopics {
    private FigureTopics() {
    }

    /** The topic of a disagreement over figures of {@code key} whose claims write {@code units}. */
    static String topic(String key, Set<String> units) {
        // an amount keyed by its act ("took £240,000") is shown as what it is, the act's stem being no word to show
        return key.startsWith(QuantityExtractor.DURATION) ? key.substring(QuantityExtractor.DURATION.length())
                : key.startsWith(QuantityExtractor.MONEY_ACT) || key.equals(QuantityExtractor.BARE_MONEY) ? "amount"
                : key.startsWith("money ") ? key.substring(6) + " (amount)"
                : key.startsWith("people ") ? key
                : FigureKeys.isChange(key) ? String.join(" / ", units)
                + (key.endsWith(QuantityExtractor.FALL) ? " fell" : " rose") + " (per cent)"
                : key.startsWith(FigureKeys.PERCENT) ? (units.isEmpty() ? key.substring(FigureKeys.PERCENT.length())
                : String.join(" / ", units)) + " (per cent)"
                : key.startsWith(FigureKeys.SPEED) ? key.substring(FigureKeys.SPEED.length(), key.lastIndexOf(' '))
                + " (" + String.join(" / ", units) + ")"
                : units.isEmpty() || key.equals(FigureKeys.CROWD) ? key : String.join(" / ", units);
    }
}
