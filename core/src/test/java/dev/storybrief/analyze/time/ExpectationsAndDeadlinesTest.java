package dev.storybrief.analyze.time;

import static dev.storybrief.analyze.time.MentionAssertions.expectOne;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a present verb of expectation looks ahead to, "until then" after a deadline, and the quarter an earnings story
 * reports when it is named in a clause about the future (made-up sentences, TIMEX3 values).
 */
class ExpectationsAndDeadlinesTest {

    /** Wednesday, 11 March 2026: the third quarter and November are still ahead. */
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 11);
    /** Thursday, 5 November 2026: the third quarter has closed, its results are being told. */
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 5);

    private final TemporalTagger tagger = new TemporalTagger();

    /** "Expects", "anticipates", "expect": what is expected lies ahead, not in the months gone by. */
    @Test
    void aPresentVerbOfExpectationLooksAhead() {
        List<TemporalMention> results = tagger.tag("The company expects third-quarter results in November.", MARCH);
        assertThat(results).extracting(TemporalMention::value).containsExactly("2026-Q3", "2026-11");
        OneMention.expect(MARCH, "The ministry anticipates a surplus in October.", "October", TimexType.DATE,
                "2026-10");
        OneMention.expect(MARCH, "Analysts expect a rebound in November.", "November", TimexType.DATE, "2026-11");
        OneMention.expect(MARCH, "Traders don't expect a rate cut in November.", "November", TimexType.DATE,
                "2026-11");
        // after "did" the expecting is over, and so is what was not expected
        OneMention.expect(MARCH, "Analysts did not expect the loss in November.", "November", TimexType.DATE,
                "2025-11");
    }

    /** "Until then", "by then" name the date told before them; "since then" and "and then" are no date. */
    @Test
    void untilThenIsTheDeadlineJustTold() {
        List<TemporalMention> until = tagger.tagArticle(List.of("The offer expires on March 20.",
                "Until then, holders may convert their shares."), MARCH).get(1);
        expectOne(until, "then", TimexType.DATE, "2026-03-20");
        expectOne(tagger.tag("The vote is set for March 20, and by then the council hopes to have a budget.",
                MARCH).subList(1, 2), "then", TimexType.DATE, "2026-03-20");
        assertThat(tagger.tagArticle(List.of("The deal closed on March 3.", "Since then, shares have doubled."),
                MARCH).get(1)).isEmpty();
        assertThat(tagger.tagArticle(List.of("The deal closed on March 3.", "Shares rose and then fell."),
                MARCH).get(1)).isEmpty();
        // with no date told before, "then" is not guessed
        assertThat(tagger.tagArticle(List.of("Until then, holders may convert their shares."), MARCH).get(0))
                .isEmpty();
    }

    /** A closed quarter named ahead of its report is still the one "a year ago" compares with. */
    @Test
    void aClosedQuarterToldAheadOfItsReportIsTheReportedOne() {
        List<List<TemporalMention>> article = tagger.tagArticle(List.of(
                "The bank said it plans to cut jobs after a third-quarter loss of $7 million.",
                "A year ago, the bank had a profit of $2 million."), NOVEMBER);
        assertThat(article.get(0)).extracting(TemporalMention::value).containsExactly("2026-Q3");
        expectOne(article.get(1), "A year ago", TimexType.DATE, "2025-Q3");
        // a quarter still running, named in a forecast, is not what the article reports
        List<List<TemporalMention>> forecast = tagger.tagArticle(List.of(
                "The bank expects a fourth-quarter charge.", "A year ago, the bank had a profit of $2 million."),
                NOVEMBER);
        expectOne(forecast.get(1), "A year ago", TimexType.DATE, "2025");
    }
}
