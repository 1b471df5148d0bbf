package dev.storybrief.group.stories;

import dev.storybrief.model.EntitySpan;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The act a report leads with: the content words (stems) of its first sentences, the title and the first sentence of
 * its text, with the names of people, organisations and places taken out. Two reports of one week about the same
 * people in the same place (an airport opened, a president's visit to it) share their names and differ by what
 * happened, and news says what happened at the top; the names are read by the other facets already.
 */
final class LeadAct {
    /** The title and the first sentence of the text (or the first two sentences of a text without a title). */
    static final int SENTENCES = 2;

    private LeadAct() {
    }

    /**
     * The act's term counts, read from the first {@link #SENTENCES} of {@code sentences} in {@code language} (null
     * for unknown) with each mention of {@code entities} (found in the same sentences) blanked out first.
     */
    static Map<String, Integer> of(List<String> sentences, List<EntitySpan> entities, String language) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(SENTENCES, sentences.size()); i++) {
            text.append(sentences.get(i)).append('\n');
        }
        String act = text.toString();
        // the longest names first, so that "New York" goes before a "York" of its own
        List<String> names = entities.stream().map(EntitySpan::text).filter(n -> !n.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : names) {
            act = act.replace(name, " ");
        }
        return SparseVector.termFrequencies(act, language);
    }
}
