package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One count told with two nouns by two outlets, in a language without quantity rules, where a figure is keyed by the
 * noun it counts ({@link CountedNouns}): "евакуйовано 2 000 мешканців" (residents) against "1 200 людей евакуювали"
 * (people), "1.500 de locuitori au fost evacuați" against "au evacuat 2.500 de oameni". A table would give both the
 * key of the people evacuated; a stem cannot join two words. What joins them is how reports are written: each outlet
 * names the thing it counts with one noun of its own, in its lead, and says what befell it with the words the other
 * uses too (its predicate, "evacuated"). So two nouns are held to count one thing when a report counting the one
 * counts nothing under the other, and the other report likewise, both figures stand in their reports' leads
 * ({@link FigureConflict#inLead}), stay within {@link FigureConflict#MAX_RATIO}, and their own clauses share a content
 * word beyond the nouns and numbers, by its root ({@link StatementReadings#clausesMeetByPrefix}). The other noun's figure is then compared
 * under the first noun's key too, by the same tests as every figure of a key; an outlet that counts both nouns tells
 * them apart, and so does a predicate of their own.
 */
final class NounsOfOneCount {
    private NounsOfOneCount() {
    }

    /** Adds to each key of {@code byKey} the figures of another noun that count the same thing by the rule above. */
    static void join(Map<String, List<StatedFigure>> byKey, Story story, StatementReadings readings, FigureConflict test) {
        Map<String, Set<String>> keysOf = new LinkedHashMap<>();
        byKey.forEach((key, stated) -> stated.forEach(s ->
                keysOf.computeIfAbsent(s.articleId(), x -> new HashSet<>()).add(key)));
        Map<String, List<StatedFigure>> added = new LinkedHashMap<>();
        List<String> keys = byKey.keySet().stream().filter(k -> k.startsWith(CountedNouns.COUNT)).collect(Collectors.toList());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String x = keys.get(i);
                String y = keys.get(j);
                for (StatedFigure a : byKey.get(x)) {
                    for (StatedFigure b : byKey.get(y)) {
                        if (oneCount(a, x, b, y, keysOf, story, readings, test)) {
                            added.computeIfAbsent(x, k -> new ArrayList<>()).add(b);
                        }
                    }
                }
            }
        }
        added.forEach((key, figures) -> figures.stream().distinct()
                .filter(f -> !byKey.get(key).contains(f)).forEach(byKey.get(key)::add));
    }

    private static boolean oneCount(StatedFigure a, String x, StatedFigure b, String y, Map<String, Set<String>> keysOf,
                                    Story story, StatementReadings readings, FigureConflict test) {
        QuantitySpan qa = a.quantity();
        QuantitySpan qb = b.quantity();
        return qa.kind() == QuantitySpan.Kind.COUNT && qb.kind() == QuantitySpan.Kind.COUNT
                && !story.reportOf(a.articleId()).equals(story.reportOf(b.articleId()))
                // an outlet counting both nouns tells them apart
                && !keysOf.get(a.articleId()).contains(y) && !keysOf.get(b.articleId()).contains(x)
                && FigureConflict.ratio(qa, qb) <= FigureConflict.MAX_RATIO
                && test.inLead(a) && test.inLead(b)
                && readings.clausesMeetByPrefix(a, b, readings.unitTerms(a, b));
    }
}
