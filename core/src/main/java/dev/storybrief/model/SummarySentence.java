package dev.storybrief.model;

import java.util.List;

/**
 * A sentence of the summary, traceable to where it came from.
 *
 * @param text    the sentence, verbatim from its source article
 * @param source  id of the article it was taken from
 * @param support ids of the other articles that say nearly the same thing
 * @param sentenceIndex index of the sentence within the source article
 * @param score   the salience score that selected it (for {@code --explain})
 */
public record SummarySentence(String text, String source, List<String> support, int sentenceIndex, double score) {

    public SummarySentence {
        support = List.copyOf(support);
    }

    /** Number of outlets (articles) that back the sentence, its source included. */
    public int outletCount() {
        return 1 + support.size();
    }
}
