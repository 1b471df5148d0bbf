package dev.storybrief.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the summary, traceable to where it came from.
 *
 * @param text     the sentence as the summary shows it: the source sentence, a trimmed form of it made by deleting
 *                 words (see {@code brief.SentenceTrimmer}), or either with a note in brackets after a figure (whose
 *                 press release it came from, the spread of a disputed figure); {@code sentence} is always the
 *                 original
 * @param sentence the source sentence, located in its article
 * @param support  ids of the other articles that say nearly the same thing
 * @param score    the salience score that selected it (for {@code --explain})
 */
public record SummarySentence(String text, Sentence sentence, List<String> support, double score) {

    public SummarySentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        support = List.copyOf(support);
    }

    /** A sentence shown verbatim, untrimmed. */
    public SummarySentence(Sentence sentence, List<String> support, double score) {
        this(sentence.text(), sentence, support, score);
    }

    /** The whole sentence, verbatim from its source article. */
    public String verbatim() {
        return sentence.text();
    }

    /** Id of the article it was taken from. */
    public String source() {
        return sentence.articleId();
    }

    /** Index of the sentence within the source article. */
    public int sentenceIndex() {
        return sentence.index();
    }

    /** Number of outlets (articles) that back the sentence, its source included. */
    public int outletCount() {
        return 1 + support.size();
    }

    /** True when the summary shows a shortened form of the source sentence. */
    public boolean trimmed() {
        return !text.equals(sentence.text());
    }
}
