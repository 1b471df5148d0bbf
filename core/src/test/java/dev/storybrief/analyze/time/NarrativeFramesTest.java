package dev.storybrief.analyze.time;

import static dev.storybrief.analyze.time.MentionAssertions.expectOne;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How news moves its story in time, read against the TIMEX3 guidelines (made-up sentences): a fronted "that day"
 * takes the day the article last named, and a plan reported in the past ("planned a march on Saturday") points
 * ahead of the report.
 */
class NarrativeFramesTest {

    /** Sunday, 24 October 1999. */
    private static final LocalDate SUNDAY_OCT_24_1999 = LocalDate.of(1999, 10, 24);
    /** Friday, 7 January 2000. */
    private static final LocalDate FRIDAY_JAN_7_2000 = LocalDate.of(2000, 1, 7);

    private final TemporalTagger tagger = new TemporalTagger();

    /** The mentions of the article's second sentence. */
    private List<TemporalMention> second(String first, String second) {
        return tagger.tagArticle(List.of(first, second), SUNDAY_OCT_24_1999).get(1);
    }

    /** "Earlier that day", "The same day", "That night" opening a sentence are the day the story last named. */
    @Test
    void aFrontedThatDayIsTheDayLastNamed() {
        String killed = "Slepian was killed on Oct. 23 by a sniper hiding in his backyard.";
        expectOne(second(killed, "Earlier that day, the family sent a fax to local police."), "Earlier that day",
                TimexType.DATE, "1999-10-23");
        expectOne(second(killed, "The same day, the clinic closed."), "The same day", TimexType.DATE, "1999-10-23");
        expectOne(second(killed, "On that day, the clinic closed."), "that day", TimexType.DATE, "1999-10-23");
        // a part of the day is the TIME of that day, as TIMEX3 writes "Friday night"
        expectOne(second(killed, "That night, police searched the woods."), "That night", TimexType.TIME,
                "1999-10-23TNI");
        expectOne(second("The clinic opened in March 1998.", "That year, protests grew."), "That year",
                TimexType.DATE, "1998");
    }

    /** Inside its clause, with no date before it in its sentence, "that day" stays untagged: it is as often generic. */
    @Test
    void anUnfrontedThatDayWithoutADateInItsSentenceIsLeftAlone() {
        assertThat(second("Shares fell on Oct. 13.", "Funds can suffer huge losses on trades made that day."))
                .isEmpty();
        // and a fronted one with no date named before it has nothing to take
        assertThat(tagger.tagArticle(List.of("That day, the family sent a fax."), SUNDAY_OCT_24_1999).get(0))
                .isEmpty();
    }

    /** What protesters "planned" in a report is still to come; a plan told in the past perfect is over. */
    @Test
    void anEventPlannedInThePastTenseLiesAhead() {
        List<TemporalMention> planned = tagger.tag(
                "Protesters planned a large demonstration in Little Havana on Saturday.", FRIDAY_JAN_7_2000);
        expectOne(planned, "Saturday", TimexType.DATE, "2000-01-08");
        List<TemporalMention> over = tagger.tag(
                "Protesters had planned a large demonstration on Saturday, but it was called off.", FRIDAY_JAN_7_2000);
        expectOne(over, "Saturday", TimexType.DATE, "2000-01-01");
        // a participle after its noun plans nothing of its own: the clause's verb tells the time
        List<TemporalMention> cancelled = tagger.tag(
                "A memorial service planned at the university for Saturday was canceled.", SUNDAY_OCT_24_1999);
        expectOne(cancelled, "Saturday", TimexType.DATE, "1999-10-23");
    }
}
