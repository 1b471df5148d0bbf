package dev.storybrief.brief.summary;

import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A summary line stating a figure the outlets dispute says so where it states it: "Some 250 residents (250 to 300,
 * reports differ) were evacuated". One side of a disagreement is stated as the story's fact
 * ({@link OneSideOfEachDisagreement}), and a reader of the summary alone would take it as settled; the mark gives the
 * spread of the sides' figures, in the outlets' own numerals ({@link FigureNumerals}), and the disagreement below
 * tells whose each figure is. The shown line is no longer a deletion of its sentence: the verbatim sentence and its
 * offsets travel with it ({@code SummarySentence.sentence}).
 */
final class DisputedFigureMarks {
    /** The language the mark is worded in. */
    private static final String MARKED_LANGUAGE = "en";

    private DisputedFigureMarks() {
    }

    /**
     * The lines with each disputed figure they state marked with its spread; the lowest-scored unmarked lines give
     * way when the marks take the summary past its words. The same list when no line states a disputed figure.
     */
    static List<SummaryCandidate> marked(List<SummaryCandidate> chosen, FigureSides sides, int budget) {
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        Set<SummaryCandidate> marked = new HashSet<>();
        for (int i = 0; i < result.size(); i++) {
            SummaryCandidate line = result.get(i);
            String text = markedText(line, sides);
            if (!text.equals(line.text())) {
                SummaryCandidate mark = new SummaryCandidate(line.article(), line.sentence(), text, Words.count(text),
                        line.score(), line.trimmer(), line.stead());
                result.set(i, mark);
                marked.add(mark);
            }
        }
        while (SummaryCandidate.words(result) > budget && result.stream().anyMatch(s -> !marked.contains(s))) {
            result.remove(result.stream().filter(s -> !marked.contains(s))
                    .min(Comparator.comparingDouble(SummaryCandidate::score)).get());
        }
        // a single marked line past the budget states its figure bare rather than not at all
        while (SummaryCandidate.words(result) > budget && result.size() > 1) {
            result.remove(result.stream().min(Comparator.comparingDouble(SummaryCandidate::score)).get());
        }
        if (SummaryCandidate.words(result) > budget) {
            return chosen;
        }
        return result;
    }

    /** The line's text with the spread after each disputed figure it shows; the text as it is otherwise. */
    private static String markedText(SummaryCandidate line, FigureSides sides) {
        String text = line.text();
        if (!MARKED_LANGUAGE.equals(line.article().language())) {
            // the mark's words are English: inside another language's line they would be the one foreign phrase of
            // the summary; there the disagreement is told in its own section
            return text;
        }
        for (FigureSides.Spread spread : sides.spreads(line.article(), line.sentence())) {
            String low = FigureNumerals.numeral(spread.low());
            String high = FigureNumerals.numeral(spread.high());
            if (low != null && high != null && hasDigit(low) != hasDigit(high)) {
                // "14 to Twenty-three": one outlet wrote the number in words; a range is read in one form, digits
                low = digits(spread.low().value());
                high = digits(spread.high().value());
            }
            // a figure in words is written as it opened its own sentence ("Three crew members"); inside the mark
            // it stands mid-sentence
            low = low == null || hasDigit(low) ? low : low.toLowerCase(java.util.Locale.ENGLISH);
            high = high == null || hasDigit(high) ? high : high.toLowerCase(java.util.Locale.ENGLISH);
            int at = text.indexOf(spread.own().text());
            if (low == null || high == null || at < 0) {
                continue;
            }
            int end = at + spread.own().text().length();
            text = text.substring(0, end) + " (" + low + " to " + high + ", reports differ)" + text.substring(end);
        }
        return text;
    }

    private static boolean hasDigit(String numeral) {
        return numeral.chars().anyMatch(Character::isDigit);
    }

    /** A figure's value in English digits ("23", "1,100", "2.5"), as the English mark is worded. */
    private static String digits(double value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
