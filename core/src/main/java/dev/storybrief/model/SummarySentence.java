package dev.storybrief.model;

import java.util.List;

/**
 * A sentence of the summary, traceable to where it came from.
 *
 * @param text          the sentence as the summary shows it: the source sentence, or a trimmed form of it made only
 *                      by deleting words (see {@code brief.SentenceTrimmer})
 * @param verbatim      the whole sentence, verbatim from its source article
 * @param source        id of the article it was taken from
 * @param support       ids of the other articles that say nearly the same thing
 * @param sentenceIndex index of the sentence within the source article
 * @param score         the salience score that selected it (for {@code --explain})
 */
public record SummarySentence(String text, String verbatim, String source, List<String> support, int sentenceIndex,
                              double score) {

    public SummarySentence {
        support = List.copyOf(support);
    }

    /** A sentence shown verbatim, untrimmed. */
    public SummarySentence(String text, String source, List<String> support, int sentenceIndex, double score) {
        this(text, text, source, support, sentenceIndex, score);
    }

    /** Number of outlets (articles) that back the sentence, its source included. */
    public int outletCount() {
        return 1 + support.size();
    }

    /** True when the summary shows a shortened form of the source sentence. */
    public boolean trimmed() {
        return !text.equals(verbatim);
    }
}
