package dev.storybrief.group.stories;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What another partition needs to know about a story to tell whether it continues there: its centroid, its time
 * span and the MinHash signatures of its distinct articles. Serializable, so that Spark can ship it.
 *
 * @param storyId  the story's id
 * @param centroid the centroid's heaviest terms, unit length
 * @param firstDay earliest article day, or {@link ArticleDates#UNDATED}
 * @param lastDay  latest article day, or {@link ArticleDates#UNDATED}
 * @param articles the distinct articles
 */
public record StorySketch(String storyId, Map<String, Double> centroid, long firstDay, long lastDay,
                         List<ArticleSketch> articles) implements Serializable {

    public StorySketch {
        centroid = Map.copyOf(centroid);
        articles = List.copyOf(articles);
    }

    /** This sketch with only the articles that pass the filter (for shipping only those near a block edge). */
    public StorySketch withArticles(java.util.function.Predicate<ArticleSketch> keep) {
        return new StorySketch(storyId, centroid, firstDay, lastDay, articles.stream().filter(keep).toList());
    }

    /**
     * One distinct article of a sketched story.
     *
     * @param articleId the article's id
     * @param signature its MinHash signature
     * @param day       its day, or {@link ArticleDates#UNDATED}
     */
    public record ArticleSketch(String articleId, int[] signature, long day) implements Serializable {
    }
}
