package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A timeline row is not credited to an outlet that tells its event with another figure of the same kind; outlets that
 * tell one event with figures the disagreements set against each other give one row, showing what most of them say,
 * whatever order the articles come in.
 */
class TimelineRowFiguresTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 14);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(date, "page").analyzed();
    }

    @Test
    void anotherPrisonTermIsNotCreditedOnTheRow() {
        Story story = new StoryGrouper().group("s", List.of(
                article("record", "Tarn Record", MONDAY,
                        "Former Pellan mayor Otto Brask was sentenced on Monday to six years in prison for taking bribes."),
                article("courier", "Tarn Courier", MONDAY,
                        "Former Pellan mayor Otto Brask was sentenced on Monday to seven years in prison for taking bribes.")));
        List<TimelineEvent> rows = new TimelineBuilder(15).build(story);
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.sources()).hasSize(1));
    }

    private static final String QUAKE = "A magnitude %s earthquake struck the town of Orvale on Monday, killing %d people.";

    /** Five outlets, one event: two figures disputed in it give one row, with the majority's figures and outlets. */
    @Test
    void oneEventToldWithDisputedFiguresIsOneRowOfTheMajority() {
        List<AnalyzedArticle> articles = List.of(
                article("a", "Tarn Record", MONDAY, QUAKE.formatted("5.9", 14)),
                article("b", "Tarn Courier", MONDAY, QUAKE.formatted("6.1", 21)),
                article("c", "Kelby Times", MONDAY, QUAKE.formatted("5.9", 14)),
                article("d", "Valley Wire", MONDAY, QUAKE.formatted("5.9", 17)),
                article("e", "Coast News", MONDAY, QUAKE.formatted("5.9", 14)));
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", articles));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.text()).contains("5.9", "killing 14 people");
            assertThat(row.sources()).containsExactlyInAnyOrder("a", "c", "e");
        });
    }

    /** The same two reports in either order, under any ids, give the same row. */
    @Test
    void aRowsWordsDoNotDependOnTheInputOrder() {
        String gazette = "About 3,000 litres of diesel leaked into the Brill canal from a ruptured tank at the Ostrom"
                + " depot on Monday night, killing hundreds of fish.";
        String chronicle = "Ostrom apologised after 30,000 litres of diesel leaked from a tank at its Brill depot into"
                + " the canal on Monday.";
        List<TimelineEvent> one = new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(
                article("gazette", "Brill Gazette", MONDAY.plusDays(1), gazette),
                article("chronicle", "Brill Chronicle", MONDAY.plusDays(1), chronicle))));
        List<TimelineEvent> other = new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(
                article("x1", "Brill Chronicle", MONDAY.plusDays(1), chronicle),
                article("x2", "Brill Gazette", MONDAY.plusDays(1), gazette))));
        assertThat(one).singleElement();
        assertThat(other).extracting(TimelineEvent::text).isEqualTo(one.stream().map(TimelineEvent::text).toList());
    }

    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    /**
     * A clause merged into an event for telling the leak found that morning, without the row's count, is not
     * credited on the evacuation's row: merges chain through the words two tellings share, credit must not.
     */
    @Test
    void aRowIsCreditedOnlyToOutletsTellingWhatItShows() {
        String evacuated = "About 1,200 residents of Brenton were evacuated on Wednesday after engineers found water"
                + " leaking through the wall of the Brenton reservoir dam.";
        List<AnalyzedArticle> articles = List.of(
                article("gazette", "Brent Gazette", WEDNESDAY, evacuated, "Rest centres have opened in two schools.",
                        "The leak in the Brenton reservoir dam wall was found by engineers."),
                article("wire", "Valley Wire", WEDNESDAY, evacuated, "Engineers are inspecting the wall.",
                        "Engineers found the leak at the Brenton reservoir dam during an inspection."),
                article("post", "Moor Post", WEDNESDAY,
                        "The leak at the Brenton reservoir dam was found on Wednesday during a routine inspection.",
                        "The dam was built in the last century."));
        Story story = new StoryGrouper().group("s", articles);
        List<TimelineEvent> rows = new TimelineBuilder(15).build(story);
        assertThat(rows).filteredOn(row -> row.text().contains("1,200")).singleElement()
                .satisfies(row -> assertThat(row.sources()).containsExactlyInAnyOrder("gazette", "wire"));
    }

    /** A figure that only qualifies a noun ("the 15-nation council") is not what an outlet must give to be credited. */
    @Test
    void aFigureQualifyingANounIsNotTheRowsCount() {
        List<AnalyzedArticle> articles = List.of(
                article("wire", "Valley Wire", WEDNESDAY,
                        "The 15-nation Orvale regional council voted on Wednesday to end the Brenton ferry subsidy.",
                        "The subsidy had paid for the crossing since the harbour closed."),
                article("post", "Moor Post", WEDNESDAY,
                        "The Orvale regional council voted on Wednesday to end its subsidy for the Brenton ferry.",
                        "Ferry staff said they feared for their jobs."));
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", articles));
        assertThat(rows).filteredOn(row -> row.text().contains("voted")).singleElement()
                .satisfies(row -> assertThat(row.sources()).containsExactlyInAnyOrder("wire", "post"));
    }
    /**
     * One evacuation told with 1,200 by two outlets and 2,000 by a third, which the disagreement sets against the
     * first outlet's "About 1,200 residents": the second outlet's "about 1,200 people" is no claim of it, but takes
     * its side by its figure. One event, one row: the majority's figure, credited to its outlets, and the other side
     * shown in the row.
     */
    @Test
    void oneEventToldWithTwoFiguresIsOneRowShowingTheOtherSide() {
        List<AnalyzedArticle> articles = List.of(
                article("gazette", "Brent Gazette", WEDNESDAY,
                        "About 1,200 residents of Brenton were evacuated on Wednesday morning after engineers found"
                                + " water leaking through the wall of the Brenton reservoir dam.",
                        "Rest centres have opened in two schools."),
                article("wire", "Valley Wire", WEDNESDAY,
                        "Engineers found a leak in the wall of the Brenton reservoir dam on Wednesday morning, forcing"
                                + " the evacuation of about 1,200 people.",
                        "Pumps have been brought in from three counties."),
                article("courier", "Kelby Courier", WEDNESDAY,
                        "Around 2,000 people have left their homes in Brenton after a leak was found in the reservoir"
                                + " dam on Wednesday morning.",
                        "Kate Lowe said they had grabbed the children and run."));
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", articles));
        assertThat(rows).filteredOn(row -> row.text().contains("1,200") || row.text().contains("2,000"))
                .singleElement().satisfies(row -> {
                    assertThat(row.text()).contains("1,200");
                    assertThat(row.sources()).containsExactlyInAnyOrder("gazette", "wire");
                    assertThat(row.otherFigures()).singleElement().satisfies(other -> {
                        assertThat(other.figure()).contains("2,000");
                        assertThat(other.sources()).containsExactly("courier");
                    });
                });
    }
}
