package dev.storybrief.group;

import dev.storybrief.analyze.TermVector;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group stage for one story: finds, for every sentence, the other articles that say nearly the same thing
 * (cross-outlet support), and sets apart follow-up articles from another period.
 */
public final class StoryGrouper {
    /** TF-IDF cosine above which two sentences count as the same statement. */
    public static final double DEFAULT_SUPPORT_THRESHOLD = 0.36;
    /** Two sentences must also share this many content terms: short sentences reach a high cosine by chance. */
    public static final int MIN_SHARED_TERMS = 3;

    private final double supportThreshold;
    private final PeriodDetector periods = new PeriodDetector();

    /** A grouper with the default support threshold. */
    public StoryGrouper() {
        this(DEFAULT_SUPPORT_THRESHOLD);
    }

    /** A grouper with its own support threshold, between 0 and 1. */
    public StoryGrouper(double supportThreshold) {
        this.supportThreshold = supportThreshold;
    }

    /** Groups the articles of one story. */
    public Story group(String id, List<AnalyzedArticle> articles) {
        SentenceIndex index = new SentenceIndex(articles);
        List<String> later = periods.otherPeriod(articles);
        return new Story(id, articles, later, support(articles, later, index));
    }

    /** Support only counts between articles of the same period: a follow-up does not corroborate the event. */
    private Map<Sentence, List<String>> support(List<AnalyzedArticle> articles, List<String> later,
                                                SentenceIndex index) {
        Map<Sentence, List<String>> support = new HashMap<>();
        for (AnalyzedArticle article : articles) {
            for (Sentence sentence : article.sentences()) {
                List<String> others = new ArrayList<>();
                for (AnalyzedArticle other : articles) {
                    boolean samePeriod = later.contains(other.id()) == later.contains(article.id());
                    if (other != article && samePeriod && saysTheSame(sentence, other, index)) {
                        others.add(other.id());
                    }
                }
                support.put(sentence, others);
            }
        }
        return support;
    }

    private boolean saysTheSame(Sentence sentence, AnalyzedArticle other, SentenceIndex index) {
        TermVector vector = index.vector(sentence);
        if (vector.isEmpty()) {
            return false;
        }
        for (Sentence candidate : other.sentences()) {
            TermVector theirs = index.vector(candidate);
            if (vector.cosine(theirs) >= supportThreshold && vector.sharedTerms(theirs) >= MIN_SHARED_TERMS) {
                return true;
            }
        }
        return false;
    }
}
