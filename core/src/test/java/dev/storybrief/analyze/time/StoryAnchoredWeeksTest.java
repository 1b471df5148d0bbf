package dev.storybrief.analyze.time;

import static dev.storybrief.analyze.time.MentionAssertions.expectOne;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Weeks and weekends counted from the date a story has reached, "this past week", and the words that place a time
 * within a named day ("late yesterday", "the evening of March 3") (made-up sentences, TIMEX3 values; a week is held as its Monday, granularity WEEK).
 */
class StoryAnchoredWeeksTest {

    /** Wednesday, 22 April 2026 (ISO week 17). */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 4, 22);
    /** Sunday, 26 April 2026 (ISO week 17). */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 4, 26);
    /** Monday, 27 April 2026 (ISO week 18). */
    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 27);
    /** Tuesday, 3 March 2026 (ISO week 10), as the story names it. */
    private static final String OPENED = "The talks opened on March 3.";

    private final TemporalTagger tagger = new TemporalTagger();

    /** The mentions of the article's second sentence. */
    private List<TemporalMention> second(String first, String second) {
        return tagger.tagArticle(List.of(first, second), WEDNESDAY).get(1);
    }

    /** "The next weekend", "the following weekend", "the previous weekend" count from the day the story is at. */
    @Test
    void aWeekendAfterANamedDayIsCountedFromThatDay() {
        // the weekend after Tuesday 3 March is 7-8 March, not the one after the article's Wednesday in April
        expectOne(second(OPENED, "The next weekend, protesters gathered outside."), "The next weekend",
                TimexType.DATE, "2026-W10-WE");
        expectOne(second(OPENED, "The following weekend, protesters gathered outside."), "The following weekend",
                TimexType.DATE, "2026-W10-WE");
        expectOne(second(OPENED, "Protesters had gathered the previous weekend."), "the previous weekend",
                TimexType.DATE, "2026-W09-WE");
        // from a Sunday, the next weekend is the one after, the previous one the one before its own
        expectOne(tagger.tag("On Sunday, March 8, the talks opened; the next weekend they broke down.", WEDNESDAY)
                .subList(1, 2), "the next weekend", TimexType.DATE, "2026-W11-WE");
        expectOne(tagger.tag("On Sunday, March 8, the talks opened; the previous weekend they were called.", WEDNESDAY)
                .subList(1, 2), "the previous weekend", TimexType.DATE, "2026-W09-WE");
        // with no date told, "next weekend" is still the reader's
        expectOne(tagger.tag("The band plays the next weekend.", WEDNESDAY), "next weekend", TimexType.DATE,
                "2026-W17-WE");
    }

    /** "The next week" or "the next year" told in the past after a date is the story's, not the reader's. */
    @Test
    void theNextWeekToldInThePastCountsFromTheDateLastNamed() {
        List<TemporalMention> week = second(OPENED, "The next week, the delegates walked out.");
        expectOne(week, "The next week", TimexType.DATE, "2026-03-09");
        assertThat(week.get(0).granularity()).isEqualTo(Granularity.WEEK);
        expectOne(tagger.tagArticle(List.of("The company was founded in 1975.", "The next year, it moved to Ohio."),
                WEDNESDAY).get(1), "The next year", TimexType.DATE, "1976");
        // a date in its own sentence anchors it whatever the tense
        expectOne(tagger.tag("The final is on May 9, and the replay is the next week.", WEDNESDAY).subList(1, 2),
                "the next week", TimexType.DATE, "2026-05-11");
        // not told in the past, with no date before it: neither the story's nor a date ("the next week" ahead of
        // the reader is mostly a stretch of days), and "over the next week" is a stretch
        assertThat(second(OPENED, "The talks will resume the next week, a spokesman said.")).isEmpty();
        assertThat(tagger.tag("The next week, the delegates walked out.", WEDNESDAY)).isEmpty();
    }

    /** "This past week" is the calendar week just told: a weekend paper's own, else the one before the article's. */
    @Test
    void thisPastWeekIsTheWeekJustTold() {
        OneMention.expect(WEDNESDAY, "Prices rose this past week, traders said.", "this past week", TimexType.DATE,
                "2026-04-13");
        OneMention.expect(SUNDAY, "Prices rose this past week, traders said.", "this past week", TimexType.DATE,
                "2026-04-20");
        OneMention.expect(MONDAY, "Prices rose this past week, traders said.", "this past week", TimexType.DATE,
                "2026-04-20");
    }

    /** "Late yesterday", "Earlier Sunday", "the early hours of Monday": the words are in the extent, the value the day's. */
    @Test
    void wordsPlacingATimeWithinADayAreInItsExtent() {
        OneMention.expect(WEDNESDAY, "Police clashed with protesters late yesterday.", "late yesterday",
                TimexType.DATE, "2026-04-21");
        OneMention.expect(WEDNESDAY, "Earlier Sunday, police clashed with protesters.", "Earlier Sunday",
                TimexType.DATE, "2026-04-19");
        OneMention.expect(WEDNESDAY, "Two people were hurt in the early hours of Monday, police said.",
                "the early hours of Monday", TimexType.DATE, "2026-04-20");
        OneMention.expect(WEDNESDAY, "The minister will meet them later this afternoon.", "later this afternoon",
                TimexType.TIME, "2026-04-22TAF");
        // a word that belongs to another phrase stays out
        OneMention.expect(WEDNESDAY, "The train ran late, Monday's timetable shows.", "Monday", TimexType.DATE,
                "2026-04-20");
    }

    /** "The evening of March 3", "the night of Monday": the part of that day, a TIMEX3 TIME. */
    @Test
    void aPartOfANamedDayIsATimeOfThatDay() {
        OneMention.expect(WEDNESDAY, "Shots were heard on the evening of March 3.", "the evening of March 3",
                TimexType.TIME, "2026-03-03TEV");
        OneMention.expect(WEDNESDAY, "The fire started on the night of Monday, April 20.",
                "the night of Monday, April 20", TimexType.TIME, "2026-04-20TNI");
        // a part of something else stays out
        OneMention.expect(WEDNESDAY, "He spoke of the morning of his life on March 3.", "March 3", TimexType.DATE,
                "2026-03-03");
    }
}
