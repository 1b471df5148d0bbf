package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which side of the article a weekday or a month falls on when the clause tells it by its verb: a match report's past
 * "beat" before a purpose infinitive, the day a thing is set for ("for Monday"), a timetabled event in the simple
 * present ("meet Monday"), a past act with its object before "in December", "agreed" (a past form the "-ed" rule
 * missed), and the quarter an earnings story reports. Made-up sentences; articles dated Wednesday 9 December 2026 and Monday 30 October 1989.
 */
class ActsDoneAndDaysSetAheadTest {

    @ParameterizedTest(name = "{0} [{2}] -> {3}")
    @CsvSource(delimiter = '|', value = {
            // a past "beat" and the purpose infinitive after the date: the match is over
            "Arsenal beat Chelsea on Saturday to reach the final.                      | 2026-12-09 | Saturday | 2026-12-05",
            "Arsenal beat Chelsea, 2-1, on Saturday to reach the final.                | 2026-12-09 | Saturday | 2026-12-05",
            "Arsenal must beat Chelsea on Saturday to reach the final.                 | 2026-12-09 | Saturday | 2026-12-12",
            "Arsenal hope to beat Chelsea on Saturday to reach the final.              | 2026-12-09 | Saturday | 2026-12-12",
            // the days a state is set for lie ahead; a state told in the past keeps the past
            "The ferry service is suspended for Monday and Tuesday.                    | 2026-12-09 | Monday   | 2026-12-14",
            "The ferry service is suspended for Monday and Tuesday.                    | 2026-12-09 | Tuesday  | 2026-12-15",
            "Officials closed the bridge for Monday and Tuesday.                       | 2026-12-09 | Tuesday  | 2026-12-15",
            "Schools stay closed until Monday or Tuesday.                              | 2026-12-09 | Tuesday  | 2026-12-15",
            "The bridge was closed for Monday.                                         | 2026-12-09 | Monday   | 2026-12-07",
            "Talks were held on Monday and Tuesday.                                    | 2026-12-09 | Tuesday  | 2026-12-08",
            // a timetabled event in the simple present is ahead; a noun or a past verb is not
            "He and the prime minister meet separately Monday with the envoy.          | 2026-12-09 | Monday   | 2026-12-14",
            "Trading resumes on Monday, the exchange said.                             | 2026-12-09 | Monday   | 2026-12-14",
            "His visit on Monday angered the neighbours.                               | 2026-12-09 | Monday   | 2026-12-07",
            "The trial opened Monday.                                                  | 2026-12-09 | Monday   | 2026-12-07",
            // "agreed" is past, but what was agreed to is still ahead
            "The company agreed on Monday to buy the unit.                             | 2026-12-09 | Monday   | 2026-12-07",
            "The company agreed to meet the unions on Monday.                          | 2026-12-09 | Monday   | 2026-12-14",
            "Society Corp., which is also a bank, agreed in June to buy Trustcorp.     | 1989-10-30 | June     | 1989-06",
            // a past act with its object before "in <month>" dates the month, however near the next one is
            "The operator changed from a fiscal year to a calendar year in December.   | 1989-10-30 | December | 1988-12",
            "The firm posted a record loss in December.                                | 1989-10-30 | December | 1988-12",
            "The company agreed to sell the unit in December.                          | 1989-10-30 | December | 1989-12",
            "The merger agreed last week takes effect in December.                     | 1989-10-30 | December | 1989-12",
            "The plan approved yesterday begins in December.                           | 1989-10-30 | December | 1989-12",
            // "plans" or "a plan" as the object of a past verb or after a determiner is the noun: the verb tells the
            // side; "plans to" and "plans a" after a subject stay the verb, which points ahead
            "Councillors approved plans for a harbour tunnel on Thursday.              | 2026-12-09 | Thursday | 2026-12-03",
            "The council unveiled a plan for the harbour on Monday.                    | 2026-12-09 | Monday   | 2026-12-07",
            "Its plans for the harbour were rejected on Monday.                        | 2026-12-09 | Monday   | 2026-12-07",
            "The council plans to vote on the tunnel on Thursday.                      | 2026-12-09 | Thursday | 2026-12-10",
            "The council plans a vote on the tunnel on Thursday.                       | 2026-12-09 | Thursday | 2026-12-10",
            // a rule's start told in the simple present is timetabled
            "The ban goes into effect Monday.                                          | 2026-12-09 | Monday   | 2026-12-14",
            "The ban took effect Monday.                                               | 2026-12-09 | Monday   | 2026-12-07",
    })
    void theVerbTellsTheSide(String sentence, LocalDate article, String word, String expected) {
        assertThat(new TemporalTagger().tag(sentence, article)).filteredOn(m -> m.text().equals(word))
                .extracting(TemporalMention::value).containsExactly(expected);
    }

    /**
     * A quarter still running at the article's date and named without a tense is no report, so "the latest quarter"
     * after it is the last one closed; a fiscal quarter reported in the past still anchors what follows.
     */
    @Test
    void aQuarterStillRunningIsNoReportUnlessToldInThePast() {
        LocalDate october30 = LocalDate.of(1989, 10, 30);
        List<TemporalMention> running = new TemporalTagger().tagArticle(List.of(
                "The company has no estimate of the impact of the storm on fourth-quarter results.",
                "In the latest quarter, it had a $23 million loss on its home line."), october30).get(1);
        assertThat(running).extracting(TemporalMention::text, TemporalMention::value)
                .containsExactly(tuple("the latest quarter", "1989-Q3"));
        List<TemporalMention> fiscal = new TemporalTagger().tagArticle(List.of(
                "The company reported a 47% decline in fourth-quarter earnings.",
                "Sales rose 13% in the latest period."), october30).get(1);
        assertThat(fiscal).extracting(TemporalMention::text, TemporalMention::value)
                .containsExactly(tuple("the latest period", "1989-Q4"));
    }

    /** "That year", "earlier that day", "the same month" take the date their sentence named before them, or none. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Imports were $37 million in 1988, a small share of all imports that year. | that year        | 1988",
            "He was killed on Oct. 23, 1998, and earlier that day his family sent a fax. | earlier that day | 1998-10-23",
            "The bill passed in March 2020 and was signed the same month.              | the same month   | 2020-03",
            "Traders can suffer huge losses on trades made that day.                   | that day         | ",
    })
    void aUnitNamedByThatIsTheOneOfTheDateBefore(String sentence, String text, String expected) {
        assertThat(new TemporalTagger().tag(sentence, LocalDate.of(2026, 12, 9)))
                .filteredOn(m -> m.text().equals(text)).extracting(TemporalMention::value)
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }
}
