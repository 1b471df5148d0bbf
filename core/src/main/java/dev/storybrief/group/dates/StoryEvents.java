package dev.storybrief.group.dates;

import dev.storybrief.model.vector.TermVector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the dated articles of a story say happened when: each day-precise date of a sentence with the sentence's
 * terms, and each sentence told as still to come with the date of the article telling it. Grows as articles are
 * dated, so an article dated by inference can date the next.
 */
final class StoryEvents {
    /** A sentence of a dated article with a day it names. */
    record DatedMention(LocalDate day, TermVector vector, String article) {
    }

    /** A sentence a dated article tells as still to come, and that article's date. */
    record Expectation(LocalDate told, TermVector vector, String article) {
    }

    private final List<DatedMention> mentions = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();

    void addMention(LocalDate day, TermVector vector, String article) {
        mentions.add(new DatedMention(day, vector, article));
    }

    void addExpectation(LocalDate told, TermVector vector, String article) {
        expectations.add(new Expectation(told, vector, article));
    }

    /** The mentions of {@code day} by articles other than {@code except}. */
    List<DatedMention> on(LocalDate day, String except) {
        return mentions.stream().filter(m -> m.day().equals(day) && !m.article().equals(except)).toList();
    }

    List<Expectation> expectations() {
        return expectations;
    }
}
