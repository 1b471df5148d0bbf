package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.quantity.Measures;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.EntitySpan;
import dev.storybrief.model.EntityType;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Gathers every figure the quantity layer read in a set of articles under its key, as the disagreement search
 * compares them: counts, lengths of time, positions and bare amounts as read; a birth year as the age it gives on
 * its article's date ("born in 1941" against "died aged 84"); a length in metres whatever its unit; a count of a word
 * that names no thing of its own ("180,000 units") also under the thing its sentence names. Units of measure and time
 * alone ({@link FigureKeys#isMeasure}) are left out.
 */
final class StatedFigures {
    private StatedFigures() {
    }

    /** The articles' figures by key, in the order the articles and their sentences give them. */
    static Map<String, List<StatedFigure>> byKey(List<AnalyzedArticle> articles, StatementReadings readings) {
        Map<String, List<StatedFigure>> byKey = new LinkedHashMap<>();
        for (AnalyzedArticle article : articles) {
            LocalDate published = article.article().published();
            for (Sentence sentence : article.sentences()) {
                // every figure the quantity layer read, by its kind: counts, lengths of time, positions, bare amounts,
                // and birth years as the age they give on the article's date ("born in 1941" against "died aged 84")
                for (QuantitySpan figure : article.figures(sentence)) {
                    if (figure.kind() == QuantitySpan.Kind.BIRTH_YEAR && published == null) {
                        continue;
                    }
                    // a language without quantity rules keys a figure by the noun it counts, or not at all
                    Optional<String> key = readings.key(figure, sentence.text(), article.start(sentence));
                    if (key.isEmpty()) {
                        continue;
                    }
                    QuantitySpan read = key.get().equals(figure.key()) ? figure : figure.scaled(1, key.get());
                    QuantitySpan stated = published == null ? read : read.asAgeOn(published.getYear());
                    OptionalDouble metres = Measures.metres(stated);
                    QuantitySpan q = metres.isPresent() ? stated.scaled(metres.getAsDouble(), Measures.DISTANCE) : stated;
                    if (!FigureKeys.isMeasure(q.key()) && q.kind() != QuantitySpan.Kind.BIRTH_YEAR) {
                        byKey.computeIfAbsent(q.key(), k -> new ArrayList<>())
                                .add(new StatedFigure(q, sentence, article.start(sentence), q.key().equals(FigureKeys.AGE)
                                        ? personBefore(article, sentence, q) : null));
                    }
                }
            }
        }
        withUnitsOfNamedThings(byKey, readings);
        return byKey;
    }

    /**
     * Adds each count of a word that names no thing of its own ("180,000 units", "items") to the figures of the
     * counted thing its sentence names ("the recall of Kettlewise KX-200 kettles covers about 180,000 units": the
     * units are kettles, and meet "120,000 kettles"), so the two are compared under that thing's key.
     */
    private static void withUnitsOfNamedThings(Map<String, List<StatedFigure>> byKey, StatementReadings readings) {
        Map<String, List<StatedFigure>> added = new LinkedHashMap<>();
        for (String generic : FigureKeys.GENERIC_COUNTS) {
            for (StatedFigure s : byKey.getOrDefault(generic, List.of())) {
                List<String> terms = readings.sentenceTerms(s);
                byKey.keySet().stream().filter(k -> !FigureKeys.GENERIC_COUNTS.contains(k) && !k.contains(" ")
                                && terms.contains(k))
                        .forEach(k -> added.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
            }
        }
        added.forEach((k, list) -> byKey.get(k).addAll(list));
    }

    /** The last word of the person named nearest before the figure in its sentence ("Ruth Calder": "Calder"), or null. */
    private static String personBefore(AnalyzedArticle article, Sentence sentence, QuantitySpan q) {
        String person = null;
        for (EntitySpan e : article.entities(sentence)) {
            if (e.type() == EntityType.PERSON && e.end() <= q.start()) {
                person = e.text().substring(e.text().lastIndexOf(' ') + 1);
            }
        }
        return person;
    }
}
