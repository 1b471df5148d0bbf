package dev.storybrief.brief;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Section;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds what only one outlet reports: statements central enough to the story to matter that no other article
 * says nearly the same. A few per article, most central first.
 */
public final class UniqueFacts implements BriefingPart {
    private static final double MIN_CENTRALITY = 0.12;
    private final CandidateFilter filter = new CandidateFilter();
    private final int perArticle;

    /** At most {@code perArticle} facts per article. */
    public UniqueFacts(int perArticle) {
        this.perArticle = perArticle;
    }

    @Override
    public String name() {
        return "unique";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.TERMS);
    }

    @Override
    public void addTo(BriefingDraft draft) {
        draft.put(Section.UNIQUE, find(draft.story()));
    }

    /** Facts reported by one outlet, in article order. Needs at least two main-period articles. */
    public List<Claim> find(Story story) {
        List<AnalyzedArticle> main = story.mainArticles();
        if (main.size() < 2) {
            return List.of();
        }
        SentenceIndex index = story.index(StoryView.MAIN);
        TermVector centroid = index.centroid();
        List<Claim> facts = new ArrayList<>();
        var inStoryLanguage = story.inStoryLanguage();
        for (AnalyzedArticle article : main) {
            if (!inStoryLanguage.test(article)) {
                continue;
            }
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
}
