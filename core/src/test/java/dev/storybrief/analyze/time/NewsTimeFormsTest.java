package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.CountedLength;
import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms by which English news states time that the tagger read against the TIMEX3 guidelines (made-up sentences,
 * a Wednesday article date): the adjective "current", the end or start of a decade or century, the year ended Dec. 31.
 */
class NewsTimeFormsTest {

    /** Wednesday, 15 October 1997. */
    private static final LocalDate OCT_15_1997 = LocalDate.of(1997, 10, 15);

    private final TemporalTagger tagger = new TemporalTagger();

    private static void expect(String sentence, String text, TimexType type, String value) {
        OneMention.expect(OCT_15_1997, sentence, text, type, value);
    }

    /** The adjective before its noun ties the noun to the time of writing; "then current" to the past's present. */
    @Test
    void currentBeforeItsNounIsThePresent() {
        expect("The company blamed current market conditions.", "current", TimexType.DATE, "PRESENT_REF");
        expect("Kellogg's current share is below 40%.", "current", TimexType.DATE, "PRESENT_REF");
        expect("Holders may buy shares at half the then current market price.", "then current", TimexType.DATE,
                "PAST_REF");
        // the longer expression keeps its own value
        expect("Sales in the current fiscal year will rise.", "the current fiscal year", TimexType.DATE, "1997");
    }

    /** The noun, electricity and the accounting sense of "short-term" tell no time. */
    @Test
    void currentAsANounOrAnAccountingTermIsNoTimex() {
        assertThat(tagger.tag("The swimmer was swept away by the current.", OCT_15_1997)).isEmpty();
        assertThat(tagger.tag("The current was too strong for the boat.", OCT_15_1997)).isEmpty();
        assertThat(tagger.tag("The plant runs on alternating current supplied by the grid.", OCT_15_1997)).isEmpty();
        assertThat(tagger.tag("The country's current account deficit widened.", OCT_15_1997)).isEmpty();
        assertThat(tagger.tag("Current assets exceed current liabilities.", OCT_15_1997)).isEmpty();
    }

    /** The edge of a decade or century is that decade or century, as TIMEX3 writes "the 1990s" (199) or "the 20th century" (19). */
    @Test
    void theEndOfTheDecadeIsTheDecade() {
        expect("The company expects to close the plant by the end of the decade.", "the end of the decade",
                TimexType.DATE, "199");
        expect("The line will be rebuilt by the end of next decade.", "the end of next decade", TimexType.DATE, "200");
        expect("The town was founded at the start of the century.", "the start of the century", TimexType.DATE, "19");
        expect("Sales have doubled this decade.", "this decade", TimexType.DATE, "199");
        // a decade already named keeps its own value, and an age is no timex
        expect("Sales fell in the last decade.", "the last decade", TimexType.DATE, "198");
        assertThat(tagger.tag("A 45-year-old man and his 3-year-old daughter were hurt.", OCT_15_1997)).isEmpty();
    }

    /**
     * "Three days later" moves the narrative on by a length TimeML tags as the TIMEX3 ("later" a signal); the date it
     * reaches stays the mention's value for the timeline. The year of a comparison stays the year it names.
     */
    @Test
    void aStepOfDaysIsTheLengthItCounts() {
        List<TemporalMention> later = tagger.tag("Trading halted on Oct. 10. Three days later, the index recovered.",
                OCT_15_1997);
        assertThat(later).hasSize(2);
        assertThat(later.get(1).value()).isEqualTo("1997-10-13");
        assertThat(later.get(1).length()).isEqualTo(new CountedLength("Three days", "P3D"));
        List<TemporalMention> earlier = tagger.tag("Trucks stopped on Oct. 10; a day earlier, scores crossed.",
                OCT_15_1997);
        assertThat(earlier.get(1).value()).isEqualTo("1997-10-09");
        assertThat(earlier.get(1).length()).isEqualTo(new CountedLength("a day", "P1D"));
        List<TemporalMention> year = tagger.tag("Profit was $5 million in 1996, up from $2 million a year earlier.",
                OCT_15_1997);
        assertThat(year.get(1).value()).isEqualTo("1995");
        assertThat(year.get(1).length()).isNull();
    }

    /**
     * "For the year ended Dec. 31" in a report of March is the calendar year that has closed, as its Dec. 31 is; a year
     * "ending Dec. 31", or one reported on Dec. 31 itself, is the article's year.
     */
    @Test
    void theYearEndedDecemberThirtyFirstIsTheYearThatClosed() {
        LocalDate march15 = LocalDate.of(1998, 3, 15);
        List<TemporalMention> ended = tagger.tag("The company reported a loss for the year ended Dec. 31.", march15);
        assertThat(ended).extracting(TemporalMention::text, TemporalMention::value)
                .containsExactly(tuple("the year", "1997"),
                        tuple("Dec. 31", "1997-12-31"));
        assertThat(tagger.tag("The company expects a loss for the year ending Dec. 31.", march15).get(0).value())
                .isEqualTo("1998");
        assertThat(tagger.tag("The company reported a loss for the year ended Dec. 31.", LocalDate.of(1998, 12, 31))
                .get(0).value()).isEqualTo("1998");
    }

    /**
     * "The second quarter ended Oct. 31" in an Oct. 27 report: what ended has ended by the telling, so the day is last
     * year's, however near the coming Oct. 31 is; "ending" may lie ahead and keeps the nearest day.
     */
    @Test
    void aDayAPeriodEndedOnLiesBeforeTheTelling() {
        LocalDate oct27 = LocalDate.of(1989, 10, 27);
        assertThat(tagger.tag("In the second quarter, which ended Oct. 31, the company lost money.", oct27))
                .extracting(TemporalMention::text, TemporalMention::value)
                .contains(tuple("Oct. 31", "1988-10-31"));
        assertThat(tagger.tag("The strike ended on Nov. 2, the union said.", oct27))
                .extracting(TemporalMention::text, TemporalMention::value)
                .containsExactly(tuple("Nov. 2", "1988-11-02"));
        LocalDate march15 = LocalDate.of(1998, 3, 15);
        assertThat(tagger.tag("Profit rose in the fiscal year ended March 31.", march15))
                .extracting(TemporalMention::text, TemporalMention::value)
                .contains(tuple("March 31", "1997-03-31"));
        // a period still running, or a day of the past already, keeps its day
        assertThat(tagger.tag("Profit will rise in the fiscal year ending March 31.", march15))
                .extracting(TemporalMention::text, TemporalMention::value)
                .contains(tuple("March 31", "1998-03-31"));
        assertThat(tagger.tag("The strike ended Oct. 20.", oct27))
                .extracting(TemporalMention::text, TemporalMention::value)
                .containsExactly(tuple("Oct. 20", "1989-10-20"));
    }

    /** "Nearly four years ago": the approximation is in the extent, as in a duration's; the value is the count's. */
    @Test
    void anApproximatedAgoKeepsItsApproximation() {
        LocalDate feb27 = LocalDate.of(1998, 2, 27);
        OneMention.expect(feb27, "The massacre took place nearly four years ago.", "nearly four years ago",
                TimexType.DATE, "1994");
        OneMention.expect(feb27, "He was last seen almost two weeks ago.", "almost two weeks ago", TimexType.DATE,
                "1998-02-09");
        OneMention.expect(feb27, "The mill closed about a decade ago.", "about a decade ago", TimexType.DATE, "198");
        // "half a century ago" is still no century back
        assertThat(tagger.tag("The mill closed half a century ago.", feb27))
                .noneMatch(m -> m.text().endsWith("century ago") && "19".equals(m.value()));
    }

    /** "Oct. 12, the day before the plunge": set beside a day, "the day before ..." is that day, not one counted. */
    @Test
    void theDayBeforeAnEventSetBesideADayIsThatDay() {
        LocalDate oct30 = LocalDate.of(1989, 10, 30);
        assertThat(tagger.tag("Funds were strong on Oct. 12, the day before the stock market plunge.", oct30))
                .extracting(TemporalMention::text, TemporalMention::value)
                .containsExactly(tuple("Oct. 12", "1989-10-12"), tuple("the day before", "1989-10-12"));
        // not set beside it, the count still runs from the day named
        assertThat(tagger.tag("Funds were strong on Oct. 12 and fell the day after.", oct30))
                .extracting(TemporalMention::text, TemporalMention::value)
                .containsExactly(tuple("Oct. 12", "1989-10-12"), tuple("the day after", "1989-10-13"));
    }
}
