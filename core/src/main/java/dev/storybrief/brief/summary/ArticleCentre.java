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
 * The centre a summary's sentences are ranked by when one article is many times longer than all the others together
 * (a long read beside short reports): each article weighs the same, and a line an article repeats counts once. Summed
 * sentence by sentence, a 14,000-word feature would be the story's centre by sheer length, and the filler it repeats
 * dozens of times ("The mood on the shop floor was grim.") its most central lines; the reports' news, told once each,
 * would fall behind. Where one article is only longer than the rest (two reports, one twice the other's length: most
 * Multi-News clusters), the centre stays the sum of the sentences, as measured best on the benchmarks (weighing each
 * article the same whenever one had more sentences than the others together cost Multi-News R-2 15.47 -> 15.07, from
 * four times their sentences 15.36; from ten times 15.46).
 */
final class ArticleCentre {
    /** How many times the sentences of all the other articles together the longest must have. */
    static final int LONG_READ_TIMES = 10;

    private ArticleCentre() {
    }

    /** The centre of the articles: per article when one outweighs the rest together, else {@code sentenceCentre}. */
    static TermVector of(SentenceIndex index, List<AnalyzedArticle> articles, TermVector sentenceCentre) {
        return outweighsTheRest(articles) ? perArticle(index, articles) : sentenceCentre;
    }

    /** True when an article has {@link #LONG_READ_TIMES} times the sentences of all the others together. */
    static boolean outweighsTheRest(List<AnalyzedArticle> articles) {
        if (articles.size() < 2) {
            return false;
        }
        int total = articles.stream().mapToInt(a -> a.sentences().size()).sum();
        int longest = articles.stream().mapToInt(a -> a.sentences().size()).max().orElse(0);
        return longest >= LONG_READ_TIMES * (total - longest);
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
