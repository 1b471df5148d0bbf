package dev.storybrief.group;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How closely each article of a story keeps to the others: the best cosine of its words with the words of any one
 * other article, under the story's own sentence weights. A reader who briefs a folder means one story; an article
 * that comes close to none of the others was most likely put there by mistake (another story, a site's notice, a
 * weather box saved as a page), and is named, so the briefing does not silently mix it in. The bar comes from
 * {@code OffTopicEvaluation} (eval module) on the tuning part of DUC 2004 and Multi-News.
 */
public final class StoryCohesion {
    /** Below this cosine with every other article, an article is named as apart from the story. */
    public static final double MIN_COSINE = 0.12;
    /** A collection larger than a reader's folder is not checked: its pairs would cost more than the briefing. */
    public static final int MAX_ARTICLES = 300;

    private StoryCohesion() {
    }

    /**
     * Each article's best cosine with another article, in story order; empty for a story of one article or of more
     * than {@link #MAX_ARTICLES}.
     */
    public static Map<String, Double> ofArticles(Story story) {
        return ofArticles(story, cosines(story));
    }

    /** As {@link #ofArticles(Story)}, from the story's {@link #cosines} already worked out (null: not checked). */
    static Map<String, Double> ofArticles(Story story, double[][] cosine) {
        List<AnalyzedArticle> articles = story.articles();
        Map<String, Double> best = new LinkedHashMap<>();
        if (cosine == null) {
            return best;
        }
        for (int a = 0; a < articles.size(); a++) {
            double closest = 0;
            for (int b = 0; b < articles.size(); b++) {
                closest = b == a ? closest : Math.max(closest, cosine[a][b]);
            }
            best.put(articles.get(a).id(), closest);
        }
        return best;
    }

    /**
     * The cosine of every two articles' words under the story's own sentence weights, in story order; null for a story
     * of one article or of more than {@link #MAX_ARTICLES}. The off-topic check and the two-way cut ({@link
     * FolderSplit}) both read it: work it out once and hand it to both.
     */
    public static double[][] cosines(Story story) {
        List<AnalyzedArticle> articles = story.articles();
        if (articles.size() < 2 || articles.size() > MAX_ARTICLES) {
            return null;
        }
        SentenceIndex index = story.index(StoryView.ALL);
        return TermVector.cosines(articles.stream().map(a -> index.centroidOf(List.of(a))).toList());
    }

    /** The articles that come close to no other, worst first. */
    public static List<String> apart(Story story) {
        return apart(story, cosines(story));
    }

    /** As {@link #apart(Story)}, from the story's {@link #cosines} already worked out. */
    public static List<String> apart(Story story, double[][] cosine) {
        return ofArticles(story, cosine).entrySet().stream().filter(e -> e.getValue() < MIN_COSINE)
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }
}
