package dev.storybrief.eval.baseline;

import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One sentence a baseline may pick: where it sits in the story and the content terms it is compared by.
 *
 * @param article  position of its article in {@link Story#articles()}, from 0
 * @param position position among its article's candidates, from 0 (the lead sentence is 0)
 * @param sentence the sentence, verbatim as the analyze stage split it
 * @param terms    its stemmed content terms ({@link TermChains} (English)), with repeats
 */
record Candidate(int article, int position, Sentence sentence, List<String> terms) {

    /** Article order, then position: the order a reader meets the sentences in. */
    static final Comparator<Candidate> DOCUMENT_ORDER =
            Comparator.comparingInt(Candidate::article).thenComparingInt(Candidate::position);

    Candidate {
        terms = List.copyOf(terms);
    }

    /** Whitespace words, as the budget counts them. */
    int words() {
        return sentence.words();
    }

    /**
     * Every sentence of every article of the story (follow-ups included: the classic systems know no periods)
     * that has at least one content term, in document order. Sentences without one carry nothing to compare.
     */
    static List<Candidate> of(Story story) {
        List<Candidate> all = new ArrayList<>();
        List<AnalyzedArticle> articles = story.articles();
        for (int a = 0; a < articles.size(); a++) {
            int position = 0;
            for (Sentence sentence : articles.get(a).sentences()) {
                List<String> terms = TermChains.english().terms(sentence.text());
                if (!terms.isEmpty() && sentence.words() > 0) {
                    all.add(new Candidate(a, position++, sentence, terms));
                }
            }
        }
        return all;
    }
}
