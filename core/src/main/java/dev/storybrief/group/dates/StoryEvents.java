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
    /**
     * A sentence of a dated article with a day it names, and the verbs of the acts it tells as done where the language
     * marks them all (empty where not known, {@link dev.storybrief.analyze.time.ClauseTenses#pastActs}).
     */
    record DatedMention(LocalDate day, TermVector vector, String article, List<String> acts) {
    }

    /** A sentence a dated article tells as still to come, and that article's date. */
    record Expectation(LocalDate told, TermVector vector, String article) {
    }

    /** Two sentences this alike (TF-IDF cosine) are the same words, one carried over from the other. */
    static final double COPY = 0.8;
    private final List<DatedMention> mentions = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    /** Sentences told as done, each with its article's date (an {@link Expectation} record read as "told"). */
    private final List<Expectation> done = new ArrayList<>();
    private LocalDate firstPublished;
    private LocalDate lastPublished;

    /** Records the publication date of a dated article of the story. */
    void addPublished(LocalDate published) {
        firstPublished = firstPublished == null || published.isBefore(firstPublished) ? published : firstPublished;
        lastPublished = lastPublished == null || published.isAfter(lastPublished) ? published : lastPublished;
    }

    /** The earliest and latest publication dates of the story's dated articles, or null when none is dated. */
    LocalDate[] publishedSpan() {
        return firstPublished == null ? null : new LocalDate[]{firstPublished, lastPublished};
    }

    void addMention(LocalDate day, TermVector vector, String article, List<String> acts) {
        mentions.add(new DatedMention(day, vector, article, List.copyOf(acts)));
    }

    void addExpectation(LocalDate told, TermVector vector, String article) {
        expectations.add(new Expectation(told, vector, article));
    }

    /** The mentions of {@code day} by articles other than {@code except}. */
    List<DatedMention> on(LocalDate day, String except) {
        return mentions.stream().filter(m -> m.day().equals(day) && !m.article().equals(except)).toList();
    }

    /** Records a sentence a dated article tells as done, with that article's date. */
    void addDone(LocalDate told, TermVector vector, String article) {
        done.add(new Expectation(told, vector, article));
    }

    /**
     * Whether {@code expectation} is a copy: the same words ({@value #COPY} cosine) stood in another article published
     * before it, told done or still to come. Running stories carry sentences over from one report to the next, live
     * pages most of all; a copy is no new expectation, and the day it was copied bounds nothing.
     */
    boolean copied(Expectation expectation) {
        for (List<Expectation> told : List.of(done, expectations)) {
            for (Expectation d : told) {
                if (d.told().isBefore(expectation.told()) && !d.article().equals(expectation.article())
                        && expectation.vector().cosine(d.vector()) >= COPY) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Expectation> expectations() {
        return expectations;
    }
}
