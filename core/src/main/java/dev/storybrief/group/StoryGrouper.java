package dev.storybrief.group;

import dev.storybrief.BriefingInterruptedException;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group stage for one story: finds, for every sentence, the other articles that say nearly the same thing
 * (cross-outlet support) and how closely the other articles come to it on average (corroboration), and sets apart
 * follow-up articles from another period.
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
        var terms = TermChains.standard().forLanguage(mainLanguage(articles));
        SentenceIndex index = new SentenceIndex(articles, terms::terms);
        List<String> later = periods.otherPeriod(articles);
        Map<Sentence, List<String>> support = new HashMap<>();
        Map<Sentence, Double> corroboration = new HashMap<>();
        for (AnalyzedArticle article : articles) {
            BriefingInterruptedException.check();
            List<AnalyzedArticle> peers = articles.stream()
                    .filter(o -> o != article && later.contains(o.id()) == later.contains(article.id())).toList();
            for (Sentence sentence : article.sentences()) {
                List<String> others = new ArrayList<>();
                double sum = 0;
                for (AnalyzedArticle other : peers) {
                    Match match = bestMatch(sentence, other, index);
                    sum += match.cosine;
                    if (match.saysTheSame) {
                        others.add(other.id());
                    }
                }
                support.put(sentence, others);
                corroboration.put(sentence, peers.isEmpty() ? 0.0 : sum / peers.size());
            }
        }
        List<AnalyzedArticle> main = articles.stream().filter(a -> !later.contains(a.id())).toList();
        SentenceIndex mainIndex = main.isEmpty() || main.size() == articles.size() ? index
                : new SentenceIndex(main, terms::terms);
        return new Story(id, articles, later, support, corroboration, index, mainIndex);
    }

    /** The language most of the articles are in (the first one's on a tie). */
    static String mainLanguage(List<AnalyzedArticle> articles) {
        Map<String, Integer> count = new java.util.LinkedHashMap<>();
        articles.forEach(a -> count.merge(a.language(), 1, Integer::sum));
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }

    /** How close the other article comes to a sentence: its best cosine, and whether some sentence says the same. */
    private record Match(double cosine, boolean saysTheSame) {
    }

    /** Support and corroboration only count between articles of the same period: a follow-up does not back the event. */
    private Match bestMatch(Sentence sentence, AnalyzedArticle other, SentenceIndex index) {
        TermVector vector = index.vector(sentence);
        if (vector.isEmpty()) {
            return new Match(0, false);
        }
        double best = 0;
        boolean same = false;
        for (Sentence candidate : other.sentences()) {
            TermVector theirs = index.vector(candidate);
            double cosine = vector.cosine(theirs);
            best = Math.max(best, cosine);
            same = same || cosine >= supportThreshold && vector.sharedTerms(theirs) >= MIN_SHARED_TERMS;
        }
        return new Match(best, same);
    }
}
