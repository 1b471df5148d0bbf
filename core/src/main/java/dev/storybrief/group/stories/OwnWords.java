package dev.storybrief.group.stories;

import dev.storybrief.model.vector.TermVector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cosines of a group's articles by the words that are their own within the group: each word weighed by its TF-IDF
 * and by the share of the group's articles that do <em>not</em> use it. Two events of one kind in the same weeks
 * share the words of their kind and often their people and places (one city, its leaders), which every article of
 * the group uses and which therefore weigh next to nothing here; what is left is what each event's reports tell that
 * the other's do not (a port opened, a minister's visit), shared within an event and not across.
 */
final class OwnWords {
    private OwnWords() {
    }

    /**
     * The pairwise cosines of the articles at {@code positions} of {@code words} (each article's words weighed by
     * TF-IDF), each word further weighed by one minus the share of these articles that use it.
     */
    static double[][] cosines(List<Map<String, Double>> words, List<Integer> positions) {
        Map<String, Integer> users = new HashMap<>();
        for (int position : positions) {
            words.get(position).keySet().forEach(word -> users.merge(word, 1, Integer::sum));
        }
        double n = positions.size();
        List<TermVector> vectors = positions.stream().map(position -> {
            Map<String, Double> own = new HashMap<>();
            words.get(position).forEach((word, weight) -> {
                double rarity = 1 - users.get(word) / n;
                if (rarity > 0) {
                    own.put(word, weight * rarity);
                }
            });
            return TermVector.normalised(own);
        }).toList();
        return TermVector.cosines(vectors);
    }
}
