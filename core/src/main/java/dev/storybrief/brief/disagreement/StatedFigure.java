package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;

/**
 * A figure as one sentence states it, the unit the disagreement search ({@link NumberDisagreements}) compares:
 * {@code sentenceStart} locates the sentence in its article's text; {@code person} is the last word of the person
 * named nearest before an age in its sentence, else null.
 */
record StatedFigure(QuantitySpan quantity, Sentence sentence, int sentenceStart, String person) {
    StatedFigure(QuantitySpan quantity, Sentence sentence, int sentenceStart) {
        this(quantity, sentence, sentenceStart, null);
    }

    /**
     * The two figures allow one value, qualifiers read ({@link QuantitySpan#agreesWith}), unless one is the other's
     * words with the figure changed ({@link EditedFigure}): a copy's edit is a claim of its own.
     */
    boolean agreesWith(StatedFigure other) {
        return quantity.agreesWith(other.quantity) && !EditedFigure.of(this, other);
    }

    /** The article the sentence is of. */
    String articleId() {
        return sentence.articleId();
    }

    /** Where the figure starts in its sentence's text. */
    int startInSentence() {
        return quantity.start() - sentenceStart;
    }

    /** Where the figure ends in its sentence's text. */
    int endInSentence() {
        return quantity.end() - sentenceStart;
    }
}
