package dev.storybrief.brief.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One date of a summarised timeline and the sentences that tell it.
 *
 * @param date      the day
 * @param sentences its sentences, each with the id of the article it comes from
 */
public record DatedSummary(LocalDate date, List<SourcedSentence> sentences) {

    public DatedSummary {
        sentences = List.copyOf(sentences);
    }

    /**
     * A sentence and its article.
     *
     * @param text   the sentence, verbatim
     * @param source the id of its article
     */
    public record SourcedSentence(String text, String source) {
    }
}
