package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import java.util.List;

/**
 * A summary candidate with its trimmed text and that text's word count; {@code stead} is the sentence of an older
 * figure it replaced, whose place in the reading order it takes (null for any other); {@code wording} is its text's
 * words and numbers, split once for every comparison of one wording told with other figures ({@link SameWording}).
 */
record SummaryCandidate(AnalyzedArticle article, Sentence sentence, String text, int words, double score,
                        SentenceTrimmer trimmer, SummaryCandidate stead, SameWording.Wording wording) {
    SummaryCandidate(AnalyzedArticle article, Sentence sentence, String text, int words, double score,
                     SentenceTrimmer trimmer) {
        this(article, sentence, text, words, score, trimmer, null);
    }

    SummaryCandidate(AnalyzedArticle article, Sentence sentence, String text, int words, double score,
                     SentenceTrimmer trimmer, SummaryCandidate stead) {
        this(article, sentence, text, words, score, trimmer, stead, SameWording.of(text));
    }

    /** This sentence read where {@code old} stood (where the first of a chain of replaced figures stood). */
    SummaryCandidate inPlaceOf(SummaryCandidate old) {
        return new SummaryCandidate(article, sentence, text, words, score, trimmer, old.stead != null ? old.stead : old,
                wording);
    }

    /** The same candidate under another score (its text, and so its wording, unchanged). */
    SummaryCandidate withScore(double otherScore) {
        return new SummaryCandidate(article, sentence, text, words, otherScore, trimmer, stead, wording);
    }

    /** The sentence whose place in the reading order this one takes: the replaced one, else itself. */
    SummaryCandidate place() {
        return stead != null ? stead : this;
    }

    /** The words of the candidates' trimmed texts together. */
    static int words(List<SummaryCandidate> candidates) {
        return candidates.stream().mapToInt(SummaryCandidate::words).sum();
    }

    /**
     * Whether a candidate of this sentence is among the chosen. By sentence, not by candidate: a step that swaps a
     * line keeps the replaced line's score (and may mark its text), so the same sentence under its ranked score is
     * not equal to the chosen one and would be stated twice.
     */
    static boolean holds(List<SummaryCandidate> chosen, dev.storybrief.model.Sentence sentence) {
        return chosen.stream().anyMatch(c -> c.sentence().equals(sentence));
    }
}
