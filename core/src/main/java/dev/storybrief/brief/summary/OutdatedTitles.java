package dev.storybrief.brief.summary;

import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.brief.disagreement.LatestFigures;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.vector.SentenceIndex;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A title stating an older figure of a count a later report gives anew. The title's own figure is read first
 * ({@link LatestFigures#outdated}: "forces evacuation of 800 residents"); but headlines drop the counted noun ("Storm
 * kills four", "Blast injures 12", "Sturm tötet vier"), so the quantity rules read no count in them. The title's
 * article then says what its number counts: a sentence of its body stating the same number as a count ("Storm Xavier
 * killed four people") is the figure the title repeats, and when a later report gives that count anew ("the death
 * toll rose to five") the title is as outdated as the sentence.
 */
final class OutdatedTitles {
    private OutdatedTitles() {
    }

    /** True when the article's title states a figure that a later-dated sentence among {@code sentences} gives anew. */
    static boolean outdated(AnalyzedArticle article, Map<Sentence, AnalyzedArticle> sentences, SentenceIndex index) {
        String title = article.article().title();
        if (title == null || title.isBlank()) {
            return false;
        }
        if (LatestFigures.outdated(article, title, sentences, index)) {
            return true;
        }
        for (Sentence sentence : article.sentences()) {
            boolean restated = article.quantities(sentence).stream()
                    .anyMatch(q -> QuantityExtractor.isEventCount(q.key()) && statesNumber(title, q));
            if (restated && LatestFigures.newer(article, sentence, sentences, index).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the title writes the figure's number as a word of its own: as the sentence writes it ("four", "1,100",
     * "twenty-three") or in digits ("4" for "four people": headlines write numbers in digits).
     */
    static boolean statesNumber(String title, QuantitySpan figure) {
        String numeral = FigureNumerals.numeral(figure);
        if (numeral != null && wordIn(title, numeral)) {
            return true;
        }
        double value = figure.value();
        if (value != Math.rint(value) || value < 0) {
            return false;
        }
        long whole = (long) value;
        return wordIn(title, Long.toString(whole)) || wordIn(title, String.format(java.util.Locale.ROOT, "%,d", whole));
    }

    /** True when {@code word} stands in the text as a word of its own (no letter or digit joined to it). */
    private static boolean wordIn(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}]|[.,]\\p{N})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}
