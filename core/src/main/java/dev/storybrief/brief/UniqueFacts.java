package dev.storybrief.brief;

import dev.storybrief.analyze.TermVector;
import dev.storybrief.group.SentenceIndex;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what only one outlet reports: statements central enough to the story to matter that no other article
 * says nearly the same. A few per article, most central first.
 */
public final class UniqueFacts {
    private static final double MIN_CENTRALITY = 0.12;
    private final CandidateFilter filter = new CandidateFilter();
    private final int perArticle;

    /** At most {@code perArticle} facts per article. */
    public UniqueFacts(int perArticle) {
        this.perArticle = perArticle;
    }

    /** Facts reported by one outlet, in article order. Needs at least two main-period articles. */
    public List<Claim> find(Story story) {
        List<AnalyzedArticle> main = story.mainArticles();
        if (main.size() < 2) {
            return List.of();
        }
        SentenceIndex index = new SentenceIndex(main);
        TermVector centroid = centroid(main, index);
        List<Claim> facts = new ArrayList<>();
        for (AnalyzedArticle article : main) {
            article.sentences().stream()
                    .filter(s -> filter.accepts(article, s) && story.supportOf(s).isEmpty())
                    .filter(s -> index.vector(s).cosine(centroid) >= MIN_CENTRALITY)
                    .sorted(Comparator.comparingDouble((Sentence s) -> -index.vector(s).cosine(centroid)))
                    .limit(perArticle)
                    .sorted(Comparator.comparingInt(Sentence::index))
                    .forEach(s -> facts.add(new Claim(s.text(), s.articleId(), s.text())));
        }
        return facts;
    }

    static TermVector centroid(List<AnalyzedArticle> articles, SentenceIndex index) {
        Map<String, Double> sum = new HashMap<>();
        for (AnalyzedArticle article : articles) {
            for (Sentence sentence : article.sentences()) {
                index.vector(sentence).weights().forEach((t, w) -> sum.merge(t, w, Double::sum));
            }
        }
        return TermVector.normalised(sum);
    }
}
