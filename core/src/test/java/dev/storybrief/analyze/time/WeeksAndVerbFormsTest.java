package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English forms around weeks and the verb a day belongs to (made-up sentences, TIMEX3 values): a verb after a modal is
 * no past however it is spelt, "this weekend" told in the past is the one just gone, "the week before last" is two
 * weeks back, a fronted "that week" is the week of the date last named, and a day after a present "is" lies ahead.
 */
class WeeksAndVerbFormsTest {

    /** Monday, 23 March 2026 (ISO week 13). */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);
    /** Sunday, 22 March 2026 (ISO week 12). */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 22);
    private static final TemporalTagger TAGGER = new TemporalTagger();

    /** "Hit" is spelt the same in the past and the present: after "will", "won't" or "to" it is the bare verb. */
    @Test
    void aVerbAfterAModalOrToIsNoPastWhateverItsSpelling() {
        OneMention.expect(MONDAY, "The storm will hit Tuesday.", "Tuesday", TimexType.DATE, "2026-03-24");
        OneMention.expect(MONDAY, "The storm is forecast to hit Tuesday.", "Tuesday", TimexType.DATE, "2026-03-24");
        OneMention.expect(MONDAY, "Forecasters said the storm won't hit Tuesday.", "Tuesday", TimexType.DATE,
                "2026-03-24");
        // told in the past, the same spelling keeps the day gone by
        OneMention.expect(MONDAY, "The storm hit Tuesday.", "Tuesday", TimexType.DATE, "2026-03-17");
        OneMention.expect(MONDAY, "The storm had already hit Tuesday.", "Tuesday", TimexType.DATE, "2026-03-17");
    }

    /** "This weekend" is the one of the article's week, unless the clause tells it in the past. */
    @Test
    void thisWeekendToldInThePastIsTheOneJustGone() {
        OneMention.expect(MONDAY, "Thousands marched this weekend in the capital.", "this weekend", TimexType.DATE,
                "2026-W12-WE");
        OneMention.expect(MONDAY, "Thousands will march this weekend.", "this weekend", TimexType.DATE, "2026-W13-WE");
        // on a Sunday the weekend of the article's week is the one just told
        OneMention.expect(SUNDAY, "Thousands marched this weekend.", "this weekend", TimexType.DATE, "2026-W12-WE");
        // a possessive names the weekend too, and "this past weekend" is the past one, "this" in its extent
        OneMention.expect(MONDAY, "Last weekend's storm cut power.", "Last weekend", TimexType.DATE, "2026-W12-WE");
        OneMention.expect(MONDAY, "Clashes erupted this past weekend.", "this past weekend", TimexType.DATE,
                "2026-W12-WE");
    }

    /** "Before last", "after next", "the day before yesterday": two units from the article's, one TIMEX3. */
    @Test
    void theUnitTwoStepsAwayIsOneDate() {
        // a week is held as its Monday, granularity WEEK (the annotator writes 2026-W11)
        OneMention.expect(MONDAY, "Prices fell the week before last.", "the week before last", TimexType.DATE,
                "2026-03-09");
        assertThat(TAGGER.tag("The week before last, prices fell.", MONDAY).get(0).granularity())
                .isEqualTo(Granularity.WEEK);
        OneMention.expect(MONDAY, "The week before last, prices fell.", "The week before last", TimexType.DATE,
                "2026-03-09");
        OneMention.expect(MONDAY, "The talks resume the week after next.", "the week after next", TimexType.DATE,
                "2026-04-06");
        OneMention.expect(MONDAY, "He was arrested the day before yesterday.", "the day before yesterday",
                TimexType.DATE, "2026-03-21");
        OneMention.expect(MONDAY, "The court rules the day after tomorrow.", "the day after tomorrow",
                TimexType.DATE, "2026-03-25");
        OneMention.expect(MONDAY, "Sales peaked the month before last.", "the month before last", TimexType.DATE,
                "2026-01");
        OneMention.expect(MONDAY, "The games open the year after next.", "the year after next", TimexType.DATE,
                "2028");
    }

    /** "Every night", "each afternoon", "every weekend" recur as the part of the day or the weekend they name. */
    @Test
    void partsOfTheDayAndWeekendsRecurAsTheirTimexForms() {
        OneMention.expect(MONDAY, "Shelling resumed every night.", "every night", TimexType.SET, "XXXX-XX-XXTNI");
        OneMention.expect(MONDAY, "Crowds gather each afternoon.", "each afternoon", TimexType.SET, "XXXX-XX-XXTAF");
        OneMention.expect(MONDAY, "Markets close every weekend.", "every weekend", TimexType.SET, "XXXX-WXX-WE");
        // a price per night is a rate of days, not a time of the day
        OneMention.expect(MONDAY, "Rooms cost $90 per night.", "per night", TimexType.SET, "P1D");
    }

    /**
     * "Before last" with a time word after it counts from that time: "the week before last month's vote" (a guard:
     * the count with its date is the longer mention and wins).
     */
    @Test
    void beforeLastWithATimeAfterItIsNoTwoStepUnit() {
        List<TemporalMention> mentions = TAGGER.tag("The week before last month's vote, he fled.", MONDAY);
        assertThat(mentions).extracting(TemporalMention::text).doesNotContain("The week before last")
                .contains("last month");
        assertThat(TAGGER.tag("The week before last Tuesday's hearing, he fled.", MONDAY))
                .extracting(TemporalMention::text).doesNotContain("The week before last");
    }

    /** A fronted "that week", "the same week", "that weekend" is the week, or its weekend, of the date last named. */
    @Test
    void aFrontedThatWeekIsTheWeekOfTheDateLastNamed() {
        String failed = "The dam failed on March 3.";
        List<TemporalMention> week = TAGGER.tagArticle(List.of(failed, "That week, the army arrived."), MONDAY).get(1);
        assertThat(week).extracting(TemporalMention::text, TemporalMention::value, TemporalMention::granularity)
                .containsExactly(tuple("That week", "2026-03-02", Granularity.WEEK));
        List<TemporalMention> same = TAGGER.tagArticle(List.of(failed, "The same week, the army arrived."), MONDAY)
                .get(1);
        assertThat(same).extracting(TemporalMention::value).containsExactly("2026-03-02");
        List<TemporalMention> weekend = TAGGER.tagArticle(List.of(failed, "That weekend, the army arrived."), MONDAY)
                .get(1);
        assertThat(weekend).extracting(TemporalMention::text, TemporalMention::type, TemporalMention::value)
                .containsExactly(tuple("That weekend", TimexType.DATE, "2026-W10-WE"));
        // not fronted and with no date in its sentence, it is as often generic: left alone
        assertThat(TAGGER.tagArticle(List.of(failed, "Shops that sold out that week reopened."), MONDAY).get(1))
                .isEmpty();
    }

    /** "The final is on Wednesday": a present "is" right before the day sets it ahead; "was" keeps it past. */
    @Test
    void aDayRightAfterAPresentIsLiesAhead() {
        OneMention.expect(MONDAY, "The final is on Wednesday.", "Wednesday", TimexType.DATE, "2026-03-25");
        OneMention.expect(MONDAY, "The vote is Friday.", "Friday", TimexType.DATE, "2026-03-27");
        OneMention.expect(MONDAY, "The match is Wednesday evening.", "Wednesday evening", TimexType.TIME,
                "2026-03-25TEV");
        OneMention.expect(MONDAY, "The final was on Wednesday.", "Wednesday", TimexType.DATE, "2026-03-18");
    }
}
