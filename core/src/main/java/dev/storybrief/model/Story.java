package dev.storybrief.model;

import java.util.List;
import java.util.Map;

/**
 * One story after grouping: its articles, which of them are later follow-ups, and for each sentence the other
 * articles that say nearly the same thing.
 *
 * @param id            story id (the JSON Lines cluster id, or the folder name)
 * @param articles      analysed articles, in input order
 * @param laterArticles ids of articles published long after the rest
 * @param support       for each sentence, ids of other articles carrying a near-identical statement
 * @param corroboration for each sentence, the mean over the other articles of the same period of their closest
 *                      sentence's similarity (TF-IDF cosine, 0 to 1): a graded form of support, high when many
 *                      outlets report much of what the sentence says, even in other words
 */
public record Story(String id, List<AnalyzedArticle> articles, List<String> laterArticles,
                    Map<Sentence, List<String>> support, Map<Sentence, Double> corroboration) {

    public Story {
        articles = List.copyOf(articles);
        laterArticles = List.copyOf(laterArticles);
        support = Map.copyOf(support);
        corroboration = Map.copyOf(corroboration);
    }

    /** Articles that belong to the main time window of the story. */
    public List<AnalyzedArticle> mainArticles() {
        return articles.stream().filter(a -> !laterArticles.contains(a.id())).toList();
    }

    /** Support of a sentence (never {@code null}). */
    public List<String> supportOf(Sentence sentence) {
        return support.getOrDefault(sentence, List.of());
    }

    /** Corroboration of a sentence, 0 when unknown. */
    public double corroborationOf(Sentence sentence) {
        return corroboration.getOrDefault(sentence, 0.0);
    }
}
