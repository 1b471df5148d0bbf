package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The centre a summary's sentences are ranked by when one article is longer than all the others together (a long
 * read beside short reports): each article weighs the same, and a line an article repeats counts once. Summed sentence
 * by sentence, a 14,000-word feature would be the story's centre by sheer length, and the filler it repeats dozens of
 * times ("The mood on the shop floor was grim.") its most central lines; the reports' news, told once each, would fall
 * behind. Where the articles are of comparable length, the centre stays the sum of the sentences, as measured best on
 * the benchmarks.
 */
public final class ArticleCentre {
    private ArticleCentre() {
    }

    /** The centre of the articles: per article when one outweighs the rest together, else {@code sentenceCentre}. */
    public static TermVector of(SentenceIndex index, List<AnalyzedArticle> articles, TermVector sentenceCentre) {
        return outweighsTheRest(articles) ? perArticle(index, articles) : sentenceCentre;
    }

    /** True when an article has more sentences than all the others together (and there are others). */
    static boolean outweighsTheRest(List<AnalyzedArticle> articles) {
        if (articles.size() < 2) {
            return false;
        }
        int total = articles.stream().mapToInt(a -> a.sentences().size()).sum();
        int longest = articles.stream().mapToInt(a -> a.sentences().size()).max().orElse(0);
        return longest > total - longest;
    }

    /** The normalised sum of each article's own normalised centre, each distinct sentence of it counted once. */
    static TermVector perArticle(SentenceIndex index, List<AnalyzedArticle> articles) {
        Map<String, Double> sum = new HashMap<>();
        for (AnalyzedArticle article : articles) {
            Map<String, Double> own = new HashMap<>();
            Set<String> said = new HashSet<>();
            for (Sentence sentence : article.sentences()) {
                if (said.add(sentence.text().toLowerCase(Locale.ROOT).strip())) {
                    index.vector(sentence).weights().forEach((t, w) -> own.merge(t, w, Double::sum));
                }
            }
            TermVector.normalised(own).weights().forEach((t, w) -> sum.merge(t, w, Double::sum));
        }
        return TermVector.normalised(sum);
    }
}
