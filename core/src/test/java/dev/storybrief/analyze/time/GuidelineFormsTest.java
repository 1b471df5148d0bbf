package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Forms the TIMEX3 guidelines value plainly that the tagger missed or cut (made-up sentences, a Friday article date):
 * counts above twelve in words, counts forward from the writing, a quarter "of next year", seasons that recur and
 * a year modifier after an adjective.
 */
class GuidelineFormsTest {

    /** Friday, 15 March 2013. */
    private static final LocalDate MARCH_15_2013 = LocalDate.of(2013, 3, 15);

    private final TemporalTagger tagger = new TemporalTagger();

    private static void expect(String sentence, String text, TimexType type, String value) {
        OneMention.expect(MARCH_15_2013, sentence, text, type, value);
    }

    /** "Twenty-five years ago" was "five years ago" (2008), "twenty years ago" nothing: any count is counted back. */
    @Test
    void anyCountInWordsCountsBack() {
        expect("Twenty years ago the town was small.", "Twenty years ago", TimexType.DATE, "1993");
        expect("It happened twenty-five years ago.", "twenty-five years ago", TimexType.DATE, "1988");
        expect("The company was founded forty years ago.", "forty years ago", TimexType.DATE, "1973");
        // a week is held by its Monday (TIMEX3 writes 2013-W09)
        expect("It happened a couple of weeks ago.", "a couple of weeks ago", TimexType.DATE, "2013-02-25");
        expect("Fifteen days before Christmas the shop closed.", "Fifteen days before Christmas", TimexType.DATE,
                "2012-12-10");
    }

    /** "Two weeks from now", "three months hence": a date counted forward from the writing, not "now" alone. */
    @Test
    void aCountFromNowIsTheDateItReaches() {
        expect("The decision is due two weeks from now.", "two weeks from now", TimexType.DATE, "2013-03-25");
        expect("The plant will open three months hence.", "three months hence", TimexType.DATE, "2013-06");
    }

    /** One expression, as "the first half of 2012" already was: not a quarter of this year beside next year. */
    @Test
    void aQuarterOfNextYearIsOneExpression() {
        expect("The plant will close in the third quarter of next year.", "the third quarter of next year",
                TimexType.DATE, "2014-Q3");
    }

    @Test
    void everySeasonRecurs() {
        expect("Every summer the town fills with tourists.", "Every summer", TimexType.SET, "XXXX-SU");
        expect("The river floods each spring.", "each spring", TimexType.SET, "XXXX-SP");
    }

    /** "Half an hour" was "an hour" (PT1H): half of one unit is its own length. */
    @Test
    void halfAUnitIsHalfItsLength() {
        expect("The trip took half an hour.", "half an hour", TimexType.DURATION, "PT30M");
        expect("The firm has lost money for half a century.", "half a century", TimexType.DURATION, "P50Y");
        expect("The talks lasted half a day.", "half a day", TimexType.DURATION, "PT12H");
    }

    /** A year between an adjective and a singular noun modifies it; a count after such a word counts a plural. */
    @Test
    void aYearAfterAnAdjectiveModifiesTheNoun() {
        expect("He lost his unsuccessful 1996 campaign for re-election.", "1996", TimexType.DATE, "1996");
        expect("He won the disputed 2000 election.", "2000", TimexType.DATE, "2000");
        assertThat(tagger.tag("The remaining 1500 shares were sold.", MARCH_15_2013)).isEmpty();
        assertThat(tagger.tag("They sold the first 1900 copies.", MARCH_15_2013)).isEmpty();
        assertThat(tagger.tag("They hired the new 1900 workers.", MARCH_15_2013)).isEmpty();
    }

    /**
     * "Over the years", "through the decades": TIMEX3's vague duration, as "for years" is (the preposition outside the
     * extent); "the years of war" names a stretch the text bounds, no vague one.
     */
    @Test
    void yearsPassingAreAVagueDuration() {
        expect("Over the years the village has changed beyond recognition.", "the years", TimexType.DURATION, "PXY");
        expect("The recipe was handed down through the decades.", "the decades", TimexType.DURATION, "PXE");
        expect("Prices rose steadily over the months, traders said.", "the months", TimexType.DURATION, "PXM");
        assertThat(tagger.tag("Over the years of war the village emptied.", MARCH_15_2013))
                .noneMatch(m -> m.text().equals("the years"));
    }
}
