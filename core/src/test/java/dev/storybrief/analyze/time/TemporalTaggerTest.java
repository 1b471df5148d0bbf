package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test (or a few) per resolution rule of {@link TemporalTagger}; sentences are made up for the tests. */
class TemporalTaggerTest {

    /** A Monday. */
    private static final LocalDate MONDAY_OCT_31 = LocalDate.of(2011, 10, 31);
    /** A Friday. */
    private static final LocalDate FRIDAY_OCT_28 = LocalDate.of(2011, 10, 28);

    private final TemporalTagger tagger = new TemporalTagger();

    private List<TemporalMention> tag(String sentence, LocalDate date) {
        return tagger.tag(sentence, date);
    }

    /** The one calendar date of the sentence (durations, references such as "now" and sets are other tests'). */
    /** The sentence has exactly one mention, with this text and value. */
    private void expectOnly(String sentence, LocalDate date, String text, String value) {
        assertThat(tag(sentence, date)).as(sentence).extracting(TemporalMention::text, TemporalMention::value)
                .containsExactly(tuple(text, value));
    }

    private TemporalMention only(String sentence, LocalDate date) {
        List<TemporalMention> mentions = tag(sentence, date).stream()
                .filter(m -> m.granularity() != null).toList();
        assertThat(mentions).hasSize(1);
        return mentions.get(0);
    }

    @Nested
    class AbsoluteDates {

        @Test
        void monthDayYearNeedsNoArticleDate() {
            TemporalMention m = only("The treaty was signed on October 31, 2011, in Brussels.", null);
            assertThat(m.text()).isEqualTo("October 31, 2011");
            assertThat(m.value()).isEqualTo("2011-10-31");
            assertThat(m.granularity()).isEqualTo(Granularity.DAY);
            assertThat(m.relative()).isFalse();
        }

        @Test
        void dayMonthYearAbbreviated() {
            assertThat(only("Page updated 19 Nov 2011 15:04", null).value()).isEqualTo("2011-11-19");
        }

        @Test
        void isoDate() {
            TemporalMention m = only("filed 2011-10-24 from the capital", null);
            assertThat(m.value()).isEqualTo("2011-10-24");
            assertThat(m.relative()).isFalse();
        }

        @Test
        void apStyleAbbreviationWithoutYearTakesTheNearestYear() {
            TemporalMention m = only("The mission will end on Oct. 31.", FRIDAY_OCT_28);
            assertThat(m.text()).isEqualTo("Oct. 31");
            assertThat(m.value()).isEqualTo("2011-10-31");
            assertThat(m.relative()).isTrue();
        }

        @Test
        void dayMonthWithoutYearAndPrepositionLeftOutOfTheExtent() {
            TemporalMention m = only("The envoys met on 27 May at the headquarters.", LocalDate.of(2013, 6, 10));
            assertThat(m.text()).isEqualTo("27 May");
            assertThat(m.value()).isEqualTo("2013-05-27");
        }

        @Test
        void weekdayBeforeADateIsPartOfIt() {
            TemporalMention m = only("Officials spoke on Monday 4 June about the plan.", LocalDate.of(2012, 6, 20));
            assertThat(m.text()).isEqualTo("Monday 4 June");
            assertThat(m.value()).isEqualTo("2012-06-04");
        }

        @Test
        void weekdayWithPartOfDayBeforeADate() {
            TemporalMention m = only("Troops advanced early Saturday morning, Sept. 26, from the hills.",
                    LocalDate.of(1998, 11, 14));
            assertThat(m.text()).isEqualTo("Saturday morning, Sept. 26");
            assertThat(m.type()).isEqualTo(TimexType.TIME);
            assertThat(m.value()).isEqualTo("1998-09-26TMO");
            assertThat(m.calendarValue()).isEqualTo("1998-09-26");
            assertThat(m.isCalendarDate()).isTrue();
        }

        @Test
        void weekdayAndDateBeforeAColonAreOneDate() {
            TemporalMention m = only("The Times said in an editorial on Monday, Oct. 26: The murder is an outrage.",
                    LocalDate.of(1998, 10, 25));
            assertThat(m.text()).isEqualTo("Monday, Oct. 26");
            assertThat(m.value()).isEqualTo("1998-10-26");
        }

        @Test
        void pastTenseSendsAFarDateBackAYear() {
            // March 31, 2012 would be nearer to Oct. 28, 2011, but the campaign "began" in the past
            TemporalMention m = only("The campaign began on March 31 with air strikes.", FRIDAY_OCT_28);
            assertThat(m.value()).isEqualTo("2011-03-31");
        }

        @Test
        void futureTenseSendsAFarDateForward() {
            assertThat(only("The talks will resume on March 31.", FRIDAY_OCT_28).value()).isEqualTo("2012-03-31");
        }

        @Test
        void withoutTenseTheNearestYearWins() {
            assertThat(only("The March 31 deadline matters.", FRIDAY_OCT_28).value()).isEqualTo("2012-03-31");
        }

        @Test
        void aDateTheTenseWouldPutNineMonthsAwayIsInTheArticlesYear() {
            // "said" would send Dec. 9 back to 2010, 323 days before; news would have written that year
            assertThat(only("The company said it calls the bonds on Dec. 9.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-12-09");
            // "will" sends June 25 forward to 2012, 241 days on: close enough for the tense to decide
            assertThat(only("The plant will reopen on June 25.", FRIDAY_OCT_28).value()).isEqualTo("2012-06-25");
        }

        @Test
        void aDateWithinAMonthIgnoresTheTense() {
            assertThat(only("Ministers said the mission ends on Nov. 2.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-11-02");
        }

        @Test
        void impossibleDayIsNotADate() {
            assertThat(tag("Article 45 of the Feb. 30 draft", FRIDAY_OCT_28)).isEmpty();
        }
    }

    @Nested
    class MonthsAndYears {

        @Test
        void yearEndIsThisYearsUnlessItHasPassed() {
            expectOnly("The sale should close by year-end.", FRIDAY_OCT_28, "year-end", "2011");
            expectOnly("The index has risen 4% since year's end.", FRIDAY_OCT_28, "year's end", "2010");
            expectOnly("The board said the rules had to be in place by year end.", FRIDAY_OCT_28, "year end", "2011");
        }

        @Test
        void monthWithYear() {
            TemporalMention m = only("Elections were held in June 1995 after a long delay.", null);
            assertThat(m.value()).isEqualTo("1995-06");
            assertThat(m.granularity()).isEqualTo(Granularity.MONTH);
        }

        /** "Between" opens a range of months as "from" does, so a capitalised "Between" is no name before it. */
        @Test
        void aMonthAfterBetweenIsAMonth() {
            assertThat(tag("Between March and June, exports fell.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::value).containsExactly("2011-03", "2011-06");
        }

        /**
         * An "-ed" word after an article or a possessive qualifies a noun: the clause's verb further left decides
         * before it.
         */
        @Test
        void anAdjectiveInEdIsNoPastTense() {
            expectOnly("The dividend will be paid on a still unspecified date in February to holders.", FRIDAY_OCT_28,
                    "February", "2012-02");
            expectOnly("Officials will meet on the revised date in February.", FRIDAY_OCT_28, "February", "2012-02");
            // the same word as the verb keeps the past
            expectOnly("The company revised its schedule in February.", FRIDAY_OCT_28, "February", "2011-02");
        }

        /** "dating to 1994" reaches back to a year; after a bare "to" a four-digit number may be a count. */
        @Test
        void aYearReachedBackToIsADate() {
            expectOnly("The attacks form a pattern dating to 1994.", FRIDAY_OCT_28, "1994", "1994");
            expectOnly("The feud goes back to 1987, relatives said.", FRIDAY_OCT_28, "1987", "1987");
            assertThat(tag("The army raised the force to 2000 troops.", FRIDAY_OCT_28)).isEmpty();
        }

        /** Past the date's own clause, an infinitive complement ("a vote to ratify") is no future cue. */
        @Test
        void anInfinitiveInTheMainClauseDoesNotSendADateInASubordinateClauseAhead() {
            LocalDate sunday = LocalDate.of(2011, 10, 30);
            assertThat(only("Most recently, the cabinet put off a vote to ratify the accord after a bombing Friday in"
                    + " the capital.", sunday).value()).isEqualTo("2011-10-28");
        }

        /** A prepositional aside between the date and its clause's verb is skipped: its infinitive tells nothing. */
        @Test
        void anAsideAfterTheDateDoesNotDecideItsTense() {
            assertThat(only("In June, with the bank on its way to collapse, the minister declared an end to the"
                    + " crisis.", FRIDAY_OCT_28).value()).isEqualTo("2011-06");
            assertThat(only("In March, with the budget on its way to approval, the council will vote again.",
                    FRIDAY_OCT_28).value()).isEqualTo("2012-03");
        }

        /** So is a count that places the date against an event ("a week after the anniversary"). */
        @Test
        void aCountedAsideAfterTheDateDoesNotHideItsClausesVerb() {
            assertThat(tag("In January, a week after the anniversary of the ruling, a bomb exploded at a clinic.",
                    FRIDAY_OCT_28).get(0).value()).isEqualTo("2011-01");
            assertThat(tag("In January, two weeks after the law takes effect, the clinic will reopen.",
                    FRIDAY_OCT_28).get(0).value()).isEqualTo("2012-01");
        }

        /**
         * A past event verb right before "in" dates its own object: "was detained in December" in an October article
         * is last December, though the coming one is nearer; a reporting verb or a future clause keeps the nearest.
         */
        @Test
        void aPastEventVerbSendsANearMonthBack() {
            assertThat(only("The envoy, who was detained in December by rebel troops, has been freed.", FRIDAY_OCT_28)
                    .value()).isEqualTo("2010-12");
            assertThat(only("Workers fought during December to save the mill.", FRIDAY_OCT_28).value())
                    .isEqualTo("2010-12");
            assertThat(only("Officials said in December that the plan would go ahead.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-12");
            assertThat(only("The envoy will be detained in December.", FRIDAY_OCT_28).value()).isEqualTo("2011-12");
            assertThat(only("Fans of Leeds United in December will see the new stand.", FRIDAY_OCT_28).value())
                    .as("a capitalised -ed word is a name, not a past verb").isEqualTo("2011-12");
        }

        /** Irregular past forms are past cues too: "was shot to death Friday" is no infinitive "to death". */
        @Test
        void irregularPastFormsAreCues() {
            LocalDate tuesday = LocalDate.of(2011, 11, 1);
            assertThat(only("The deputy was shot to death Friday evening outside her flat.", tuesday).value())
                    .isEqualTo("2011-10-28TEV");
            assertThat(only("The inspector spent Friday in the capital to review the plan.", tuesday).value())
                    .isEqualTo("2011-10-28");
            assertThat(only("The rally drew crowds to the square in early March.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-03");
        }

        @Test
        void bareMonthTakesTheNearestYear() {
            TemporalMention m = only("Leaders asked the alliance to stay through December.", FRIDAY_OCT_28);
            assertThat(m.value()).isEqualTo("2011-12");
            assertThat(m.relative()).isTrue();
        }

        @Test
        void lastAndNextMonthName() {
            assertThat(only("Talks collapsed last March.", FRIDAY_OCT_28).value()).isEqualTo("2011-03");
            assertThat(only("Talks resume next October.", FRIDAY_OCT_28).value()).isEqualTo("2012-10");
        }

        @Test
        void endOfMonthName() {
            TemporalMention m = only("The mandate expires at the end of October.", MONDAY_OCT_31);
            assertThat(m.text()).isEqualTo("the end of October");
            assertThat(m.value()).isEqualTo("2011-10");
        }

        @Test
        void endOfTheYearAndEndOfTheMonth() {
            assertThat(only("They asked it to stay until the end of the year.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011");
            assertThat(only("Forces leave after the end of the month.", FRIDAY_OCT_28).value()).isEqualTo("2011-10");
            assertThat(only("An appeal to stay until end of year.", FRIDAY_OCT_28).value()).isEqualTo("2011");
        }

        @Test
        void yearAfterAPreposition() {
            TemporalMention m = only("Elections may come sometime in 2012.", FRIDAY_OCT_28);
            assertThat(m.text()).isEqualTo("2012");
            assertThat(m.value()).isEqualTo("2012");
            assertThat(m.granularity()).isEqualTo(Granularity.YEAR);
            assertThat(m.relative()).isFalse();
        }

        @Test
        void yearUsedAsAnAdjective() {
            assertThat(only("Under the 1994 agreement the fuel keeps coming.", null).value()).isEqualTo("1994");
        }

        @Test
        void yearRange() {
            assertThat(tag("His first term, from 1991 to 1996, does not count.", null))
                    .extracting(TemporalMention::value).containsExactly("1991", "1996");
        }

        @Test
        void earlierThisYearLastYearNextMonthLastMonthThisMonth() {
            assertThat(only("The carrier sailed earlier this year.", FRIDAY_OCT_28).value()).isEqualTo("2011");
            assertThat(only("At the summit last year they agreed.", FRIDAY_OCT_28).value()).isEqualTo("2010");
            assertThat(only("A vote is due next month.", FRIDAY_OCT_28).value()).isEqualTo("2011-11");
            assertThat(only("The minister resigned last month.", FRIDAY_OCT_28).value()).isEqualTo("2011-09");
            assertThat(only("Prices rose this month.", FRIDAY_OCT_28).value()).isEqualTo("2011-10");
            TemporalMention fullYear = only("The firm forecast higher profit for the full year.", FRIDAY_OCT_28);
            assertThat(fullYear.text()).isEqualTo("the full year");
            assertThat(fullYear.value()).isEqualTo("2011");
            assertThat(only("Earnings will fall for the fiscal year.", FRIDAY_OCT_28).text())
                    .isEqualTo("the fiscal year");
        }
    }

    @Nested
    class Weekdays {

        @Test
        void aVerbMadeANounByADeterminerIsNoPlan() {
            // a Monday paper: "their offers" is a noun, so "to acquire" is no future cue and "extended" decides
            assertThat(only("Two bidders extended their offers to acquire the drug maker Friday.", MONDAY_OCT_31)
                    .value()).isEqualTo("2011-10-28");
            assertThat(only("The company offers to buy back shares Friday.", MONDAY_OCT_31).value())
                    .isEqualTo("2011-11-04");
        }

        @Test
        void bareWeekdayIsTheMostRecentOneOnOrBeforeTheArticleDate() {
            assertThat(only("Officials said on Wednesday that the threat remains.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-10-26");
        }

        @Test
        void weekdayOfTheArticleDateIsThatDay() {
            TemporalMention m = only("The Pentagon said Monday it would keep watching.", MONDAY_OCT_31);
            assertThat(m.value()).isEqualTo("2011-10-31");
            assertThat(m.relative()).isTrue();
        }

        @Test
        void possessiveWeekday() {
            assertThat(only("Friday's decision surprised nobody.", FRIDAY_OCT_28).value()).isEqualTo("2011-10-28");
        }

        @Test
        void possessiveWeekdayIsPastWhateverTheClauseSays() {
            assertThat(only("Relatives said they would look for ways around Wednesday's ruling.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-10-26");
            assertThat(only("Both parties campaigned hard ahead of Monday's vote.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-10-31");
        }

        /** An infinitive after the date tells the purpose of the past event before it: "won ... Tuesday to advance". */
        @Test
        void aPurposeInfinitiveAfterThePastEventIsNoPlan() {
            LocalDate thursday = LocalDate.of(2011, 10, 27);
            assertThat(only("When the Rovers defeated the City, 3-1, on Tuesday night to advance to the final, fans"
                    + " cheered.", thursday).value()).isEqualTo("2011-10-25TNI");
            assertThat(only("The team will travel to the coast on Saturday to play the final.", thursday).value())
                    .isEqualTo("2011-10-29");
        }

        /** An infinitive after a past verb and its object is told in that act's time: "forced him to cut short". */
        @Test
        void anInfinitiveAfterAPastVerbAndItsObjectIsNoPlan() {
            LocalDate thursday = LocalDate.of(2011, 10, 27);
            assertThat(only("An infection forced him to cut short his visit on Monday.", thursday).value())
                    .isEqualTo("2011-10-24");
            assertThat(only("Doctors ordered the minister to stay in bed Tuesday.", thursday).value())
                    .isEqualTo("2011-10-25");
            assertThat(only("The union wants to stage a walkout on Monday.", thursday).value())
                    .isEqualTo("2011-10-31");
        }

        /** A counted object is an object too: "forced more than 8,000 people to evacuate ... on Sunday" is past. */
        @Test
        void anInfinitiveAfterAPastVerbAndACountedObjectIsNoPlan() {
            LocalDate thursday = LocalDate.of(2011, 10, 27);
            assertThat(only("The flood forced more than 2,500 people to leave the valley on Monday.", thursday).value())
                    .isEqualTo("2011-10-24");
            assertThat(only("Police ordered about 300 residents to leave on Tuesday.", thursday).value())
                    .isEqualTo("2011-10-25");
            assertThat(only("The council plans to move 300 families to new homes on Monday.", thursday).value())
                    .isEqualTo("2011-10-31");
        }

        /**
         * A purpose or result infinitive after a past act in its clause is told in that act's time ("beat ... 2-0 to
         * lift the trophy on Saturday"); only a plan word or a modal before "to" makes the day one to come.
         */
        @Test
        void aPurposeInfinitiveAfterAPastActIsNoPlan() {
            LocalDate sunday = LocalDate.of(2025, 3, 16);
            assertThat(only("Eastbrook United beat Calder Athletic 2-0 to lift the Shield at Mill Lane on Saturday.",
                    sunday).value()).isEqualTo("2025-03-15");
            assertThat(only("Officers detained three youths to interview them about the thefts on Friday.", sunday)
                    .value()).isEqualTo("2025-03-14");
            assertThat(only("The Danish rider climbed brilliantly to take the stage on Saturday.", sunday).value())
                    .isEqualTo("2025-03-15");
            assertThat(only("The visitors came from two goals down to draw on Saturday.", sunday).value())
                    .isEqualTo("2025-03-15");
        }

        /** The same infinitives under a plan or a modal still point ahead. */
        @Test
        void aPlannedInfinitiveStillPointsAhead() {
            LocalDate sunday = LocalDate.of(2025, 3, 16);
            assertThat(only("Eastbrook United are to play Calder Athletic at Mill Lane on Saturday.", sunday).value())
                    .isEqualTo("2025-03-22");
            assertThat(only("Eastbrook United must beat Calder Athletic to lift the Shield on Saturday.", sunday)
                    .value()).isEqualTo("2025-03-22");
            assertThat(only("The club is set to unveil its new manager on Friday.", sunday).value())
                    .isEqualTo("2025-03-21");
            assertThat(only("Residents announced a vigil to remember the victims on Friday.", sunday).value())
                    .isEqualTo("2025-03-21");
            assertThat(only("Eastbrook United won the Shield and plan to parade it through the town on Monday.",
                    sunday).value()).isEqualTo("2025-03-17");
        }

        /** Tomorrow's event named by its day, in a clause about the future, is tomorrow's; without the cue it is past. */
        @Test
        void possessiveWeekdayThatIsTomorrowInAFutureClause() {
            LocalDate saturday = LocalDate.of(2011, 10, 29);
            assertThat(only("The budget is expected to be announced after Sunday's elections.", saturday).value())
                    .isEqualTo("2011-10-30");
            assertThat(only("The budget was announced after Sunday's elections.", saturday).value())
                    .isEqualTo("2011-10-23");
            assertThat(only("The budget is expected to be announced after Thursday's elections.", saturday).value())
                    .isEqualTo("2011-10-27");
        }

        @Test
        void planInThePastPerfectIsOver() {
            assertThat(only("The offer had been due to expire Wednesday, but it was extended.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-10-26");
            assertThat(only("The offer is due to expire Wednesday.", FRIDAY_OCT_28).value()).isEqualTo("2011-11-02");
        }

        @Test
        void subordinateClauseHasItsOwnTense() {
            assertThat(only("A judge issued an order that the boy remain in Miami until January 6 to hear arguments.",
                    FRIDAY_OCT_28).value()).isEqualTo("2012-01-06");
            assertThat(only("A judge ordered the boy to stay in Miami until January 6.", FRIDAY_OCT_28).value())
                    .isEqualTo("2012-01-06");
            assertThat(only("The boy stayed in Miami until January 6.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-01-06");
        }

        @Test
        void futureClauseLooksForward() {
            assertThat(only("Warplanes will cease operations on Monday.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-10-31");
            assertThat(only("Between now and Monday, aircraft will keep flying.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-10-31");
        }

        @Test
        void lastFridayIsStrictlyBefore() {
            TemporalMention m = only("The report came out last Friday.", FRIDAY_OCT_28);
            assertThat(m.text()).isEqualTo("last Friday");
            assertThat(m.value()).isEqualTo("2011-10-21");
        }

        @Test
        void nextTuesdayIsStrictlyAfter() {
            assertThat(only("They meet next Tuesday.", FRIDAY_OCT_28).value()).isEqualTo("2011-11-01");
        }

        @Test
        void partOfDayStaysInTheExtent() {
            assertThat(only("A blast shook the city on Thursday evening.", FRIDAY_OCT_28).text())
                    .isEqualTo("Thursday evening");
        }
    }

    @Nested
    class DeicticWords {

        @Test
        void yesterdayTodayTomorrow() {
            assertThat(tag("Yesterday's vote, today's talks and tomorrow's summit", FRIDAY_OCT_28))
                    .extracting(TemporalMention::value).containsExactly("2011-10-27", "2011-10-28", "2011-10-29");
        }

        @Test
        void weeksResolveToTheirMonday() {
            TemporalMention m = only("The leader died last week.", MONDAY_OCT_31);
            assertThat(m.value()).isEqualTo("2011-10-24");
            assertThat(m.granularity()).isEqualTo(Granularity.WEEK);
            assertThat(only("A decision is likely this week.", FRIDAY_OCT_28).value()).isEqualTo("2011-10-24");
            assertThat(only("The general said earlier this week that it may help.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-10-24");
        }

        @Test
        void agoCountsBack() {
            assertThat(only("The hostage was taken ten months ago.", FRIDAY_OCT_28).value()).isEqualTo("2010-12");
            assertThat(only("He arrived three days ago.", FRIDAY_OCT_28).value()).isEqualTo("2011-10-25");
        }

        @Test
        void durationsAreNotDates() {
            // TIMEX3 writes "the last year" as the year just gone, but no timeline may place an event on all of it
            assertThat(tag("Over the last year the alliance flew sorties.", FRIDAY_OCT_28))
                    .noneMatch(TemporalMention::isCalendarDate)
                    .extracting(TemporalMention::value).containsExactly("2010");
        }

        @Test
        void holidays() {
            assertThat(only("Revellers gathered for Halloween.", FRIDAY_OCT_28).value()).isEqualTo("2011-10-31");
            assertThat(only("Shops closed at Thanksgiving.", FRIDAY_OCT_28).value()).isEqualTo("2011-11-24");
            assertThat(only("The campaign runs from now to Election Day.", FRIDAY_OCT_28).value())
                    .as("the Tuesday after the first Monday of November").isEqualTo("2011-11-08");
            assertThat(only("Parades will be held on Memorial Day.", FRIDAY_OCT_28).value()).isEqualTo("2012-05-28");
            assertThat(only("Fireworks lit up the town on the Fourth of July.", FRIDAY_OCT_28).value())
                    .isEqualTo("2011-07-04");
        }
    }

    @Nested
    class AnaphoricPhrases {

        @Test
        void aDayAfterNamesTheEventItIntroduces() {
            TemporalMention m = only("The vote comes a day after the council voted.", FRIDAY_OCT_28);
            assertThat(m.text()).isEqualTo("a day after");
            assertThat(m.value()).isEqualTo("2011-10-27");
        }

        /**
         * TimeML tags the count before an event as a duration ("one year" P1Y; "after" is a signal): the mention keeps
         * the date the timeline reads and names the length its TIMEX3 shows. "The day after the vote" names a day,
         * and "two days later" introduces no event: no length.
         */
        @Test
        void aCountBeforeAnEventNamesItsLength() {
            TemporalMention m = only("The vote comes a day after the council voted.", FRIDAY_OCT_28);
            assertThat(m.length()).isNotNull();
            assertThat(m.length().text()).isEqualTo("a day");
            assertThat(m.length().value()).isEqualTo("P1D");
            TemporalMention weeks = only("The ruling comes two weeks after the plant closed.", FRIDAY_OCT_28);
            assertThat(weeks.length().text()).isEqualTo("two weeks");
            assertThat(weeks.length().value()).isEqualTo("P2W");
            assertThat(only("The vote comes the day after the council met.", FRIDAY_OCT_28).length()).isNull();
        }

        /** What is extended or put off ends after the act: "extended its deadline until Tuesday" lies ahead. */
        @Test
        void anExtendedEndLiesAheadUnlessTheExtensionIsOver() {
            LocalDate monday = FRIDAY_OCT_28.plusDays(3);
            assertThat(only("The agency extended its deadline until Tuesday.", monday).value()).isEqualTo("2011-11-01");
            assertThat(only("Lenders have extended the company loans through January.", FRIDAY_OCT_28).value())
                    .isEqualTo("2012-01");
            assertThat(only("The vote was postponed until Thursday.", monday).value()).isEqualTo("2011-11-03");
            assertThat(only("The offer had been extended until Tuesday.", monday).value()).isEqualTo("2011-10-25");
            assertThat(only("The agency kept its office open until Tuesday.", monday).value()).isEqualTo("2011-10-25");
        }

        /**
         * What a fresh warning or forecast is of lies ahead ("warned of more rain on Thursday" in a Monday report);
         * the warning's own day ("warned on Thursday") and a forecast told in the past perfect lie behind.
         */
        @Test
        void whatAWarningIsOfLiesAhead() {
            LocalDate monday = FRIDAY_OCT_28.plusDays(3);
            assertThat(only("The weather service has warned of more rain on Thursday.", monday).value())
                    .isEqualTo("2011-11-03");
            assertThat(only("Forecasters predicted heavy snow for Friday.", monday).value()).isEqualTo("2011-11-04");
            assertThat(only("The weather service warned on Thursday that the river would rise.", monday).value())
                    .isEqualTo("2011-10-27");
            assertThat(only("Forecasters had predicted heavy snow for Friday.", monday).value()).isEqualTo("2011-10-28");
        }

        /** "later in the day before returning": the day being told, not a day counted back from the return. */
        @Test
        void theDayTakenInPartIsNoCountedDay() {
            assertThat(tag("She met the ministers, and left later in the day before returning home.", FRIDAY_OCT_28))
                    .isEmpty();
            assertThat(tag("Early in the day after the vote, crowds gathered.", FRIDAY_OCT_28)).isEmpty();
            assertThat(only("She left the day before the vote.", FRIDAY_OCT_28).text()).isEqualTo("the day before");
            assertThat(only("They met in the day before the vote.", FRIDAY_OCT_28).text()).isEqualTo("the day before");
        }

        /**
         * "The rescue comes 14 days after the quake" counts back from the article's day; "he was trapped two days
         * after the quake" tells a past moment no date names, so it is the length TimeML tags, not a day before the
         * article's.
         */
        @Test
        void aCountBackToAnEventNeedsThePresentOrADate() {
            assertThat(only("The rescue comes 14 days after the quake.", FRIDAY_OCT_28).value()).isEqualTo("2011-10-14");
            assertThat(tag("He was trapped by an aftershock two days after the quake.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::text, TemporalMention::value).containsExactly(tuple("two days", "P2D"));
        }

        /** "will stay closed until Friday": a participle after a linking verb is no past tense. */
        @Test
        void aParticipleAfterALinkingVerbIsNoPast() {
            assertThat(only("The school will stay closed until Friday.", FRIDAY_OCT_28.minusDays(2)).value())
                    .isEqualTo("2011-10-28");
            assertThat(only("The school stayed closed until Friday.", FRIDAY_OCT_28.minusDays(2)).value())
                    .isEqualTo("2011-10-21");
        }

        /**
         * "will stay partly closed until Friday", "would remain fully shut through Friday": an adverb between the
         * linking verb and the participle leaves the participle no past tense, in reported speech too.
         */
        @Test
        void anAdverbBeforeTheParticipleLeavesItNoPast() {
            LocalDate wednesday = FRIDAY_OCT_28.minusDays(2);
            assertThat(only("The port will stay partly closed until Friday, the harbour master said.", wednesday)
                    .value()).isEqualTo("2011-10-28");
            assertThat(only("The harbour master said the port would stay partly closed through Friday.", wednesday)
                    .value()).isEqualTo("2011-10-28");
            assertThat(only("Schools will be temporarily closed until Thursday.", wednesday).value())
                    .isEqualTo("2011-10-27");
            assertThat(only("The port stayed partly closed until Friday.", wednesday).value()).isEqualTo("2011-10-21");
        }

        /**
         * "is closed until Friday", "are suspended through Friday": a deadline weekday in a clause with no tense cue is
         * the one to come, as it is with "will"; a past clause keeps the last one.
         */
        @Test
        void aDeadlineWeekdayWithoutPastIsTheOneToCome() {
            LocalDate wednesday = FRIDAY_OCT_28.minusDays(2);
            assertThat(only("The school is closed until Friday.", wednesday).value()).isEqualTo("2011-10-28");
            assertThat(only("Classes are suspended through Friday.", wednesday).value()).isEqualTo("2011-10-28");
            assertThat(only("Bids must reach the council by Friday.", wednesday).value()).isEqualTo("2011-10-28");
            assertThat(only("The road was shut until Friday.", wednesday).value()).isEqualTo("2011-10-21");
        }

        @Test
        void anyNounPhraseAfterAfterIsTheEventNotOnlyArticlesAndNames() {
            List<TemporalMention> mentions = tag("The report came out on Thursday, two days after part of the bridge fell.",
                    FRIDAY_OCT_28);
            assertThat(mentions).extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("Thursday", "2011-10-27"), tuple("two days after", "2011-10-25"));
            assertThat(tag("He left on Monday and she came a day after that.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::value).containsExactly("2011-10-24", "2011-10-25");
        }

        @Test
        void theWordsAfterAClauseOpenerBelongToAnotherClause() {
            // "plans" after "when" is the other clause's (and a noun): it does not send Friday a week ahead
            assertThat(tag("On Friday, when the mayor set aside her holiday plans, the pier closed.", FRIDAY_OCT_28)
                    .get(0).value()).isEqualTo("2011-10-28");
            assertThat(tag("On Thursday, when the mayor set aside her holiday plans, the pier closed.", FRIDAY_OCT_28)
                    .get(0).value()).isEqualTo("2011-10-27");
            // reported speech after "that" keeps telling the time of the telling: "posed" is past
            assertThat(tag("The mayor asked the crews to stay, warning on Wednesday that the pier still posed a risk.",
                    FRIDAY_OCT_28).get(0).value()).isEqualTo("2011-10-26");
        }

        @Test
        void anInfinitiveAfterAPluralNounTakesTheMainClausesTime() {
            // the parades marked Tuesday's reopening (past); the town "plans to" mark the next one (future)
            assertThat(tag("The town held parades to mark the bridge's reopening on Tuesday.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::value).containsExactly("2011-10-25");
            assertThat(tag("The town plans to mark the reopening on Tuesday.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::value).containsExactly("2011-11-01");
        }

        @Test
        void toAfterAPastVerbIsAPrepositionNotAFutureInfinitive() {
            assertThat(tag("The bridge reopened to traffic on Tuesday.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::value).containsExactly("2011-10-25");
            assertThat(tag("The bridge is expected to reopen on Tuesday.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::value).containsExactly("2011-11-01");
        }

        @Test
        void anchorIsTheNearestDateEarlierInTheSentence() {
            List<TemporalMention> mentions = tag("Monday's decision came a day after the vote.", FRIDAY_OCT_28);
            assertThat(mentions).extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("Monday", "2011-10-24"), tuple("a day after", "2011-10-23"));
        }

        @Test
        void theNextDayCountsFromTheReferenceDate() {
            LocalDate narrative = LocalDate.of(2011, 10, 20);
            List<TemporalMention> mentions = tagger.tag("He was buried the next day.", FRIDAY_OCT_28, narrative);
            assertThat(mentions).extracting(TemporalMention::value).containsExactly("2011-10-21");
        }

        /**
         * In a past narrative with no date of its own, "the next morning" cannot be the morning after the article
         * appeared: no date rather than a wrong one. Told about the future, or with a narrative date, it counts.
         */
        /** A count that no date can be counted for stays the length TimeML tags ("[Three days] later"). */
        @Test
        void anUndatedCountLaterIsALength() {
            assertThat(tag("Three days later, the index recovered.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::text, TemporalMention::type, TemporalMention::value)
                    .containsExactly(tuple("Three days", TimexType.DURATION, "P3D"));
            assertThat(tag("The talks will resume three days later.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("three days later", "2011-10-31"));
        }

        @Test
        void theNextDayInAPastNarrativeWithoutAnAnchorIsUndated() {
            assertThat(only("Two older men were found the next morning, a cousin said.", FRIDAY_OCT_28).value())
                    .isNull();
            assertThat(only("The talks will resume the next day.", FRIDAY_OCT_28).value()).isEqualTo("2011-10-29");
            assertThat(tagger.tag("Two older men were found the next morning.", FRIDAY_OCT_28,
                    LocalDate.of(2011, 10, 20))).extracting(TemporalMention::value).containsExactly("2011-10-21");
        }

        /**
         * A past told after a day the article named counts from that day, as TimeML anchors an anaphoric expression
         * to the narrative's time; a day that is the article's own, or a count past it, gives no date.
         */
        @Test
        void theNextMorningOfAPastNarrativeCountsFromTheDayTheArticleNamed() {
            List<List<TemporalMention>> article = tagger.tagArticle(List.of(
                    "The father went to the hearing on Oct. 24.",
                    "He was released and appeared in court the next morning."), FRIDAY_OCT_28);
            assertThat(article.get(1)).extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("the next morning", "2011-10-25"));
            List<List<TemporalMention>> today = tagger.tagArticle(List.of(
                    "The father spoke to reporters today.",
                    "He was released and appeared in court the next morning."), FRIDAY_OCT_28);
            assertThat(today.get(1)).extracting(TemporalMention::value).containsOnlyNulls();
            List<List<TemporalMention>> yearOnly = tagger.tagArticle(List.of(
                    "The father went to Miami in 2010.",
                    "He was released and appeared in court the next morning."), FRIDAY_OCT_28);
            assertThat(yearOnly.get(1)).extracting(TemporalMention::value).containsOnlyNulls();
        }

        /**
         * "Two days later" and "A year earlier" count from the time the narrative has reached, the last date named
         * before them (HeidelTime's reference date), not from the article's day; with no date named before, the past
         * "Two days later" is the length TimeML tags, and a count in a sentence of its own date counts from that.
         */
        @Test
        void aCountLaterOrEarlierCountsFromTheLastDateNamed() {
            List<List<TemporalMention>> recall = tagger.tagArticle(List.of(
                    "Inspectors first visited the plant on Oct. 3.",
                    "Two days later, they ordered the production line closed.",
                    "In 2009 the firm recalled chicken pies.",
                    "A year earlier, the plant had passed an inspection.",
                    "Three weeks afterwards, it reopened."), FRIDAY_OCT_28);
            assertThat(recall.get(1)).extracting(TemporalMention::text, TemporalMention::type, TemporalMention::value)
                    .containsExactly(tuple("Two days later", TimexType.DATE, "2011-10-05"));
            assertThat(recall.get(3)).extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("A year earlier", "2008"));
            assertThat(recall.get(4)).extracting(TemporalMention::value).containsExactly("2011-10-24");
            List<List<TemporalMention>> undated = tagger.tagArticle(List.of(
                    "The father spoke to reporters.",
                    "Two days later, he was released."), FRIDAY_OCT_28);
            assertThat(undated.get(1)).extracting(TemporalMention::type, TemporalMention::value)
                    .containsExactly(tuple(TimexType.DURATION, "P2D"));
            List<List<TemporalMention>> own = tagger.tagArticle(List.of(
                    "The father spoke to reporters on Oct. 3.",
                    "He left on Oct. 20 and came back two days later."), FRIDAY_OCT_28);
            assertThat(own.get(1)).extracting(TemporalMention::value).containsExactly("2011-10-20", "2011-10-22");
        }

        @Test
        void followingYearCountsFromAYearInTheSentence() {
            assertThat(tag("The army invaded in 1975 and annexed the territory the following year.", FRIDAY_OCT_28))
                    .extracting(TemporalMention::value).containsExactly("1975", "1976");
        }

        /**
         * "The following month" and "the previous Friday" only ever count from a date the text named ("next month"
         * would count from the day it is read): with none in their sentence, from the last one the article named.
         */
        @Test
        void followingAndPreviousCountFromTheLastDateTheArticleNamed() {
            List<List<TemporalMention>> article = tagger.tagArticle(List.of(
                    "The hospital chain brought in a new chief executive officer in January.",
                    "In March, the chain received an offer from its founder.",
                    "Several holders urged it to sell.",
                    "The following month, the company put itself up for sale."), FRIDAY_OCT_28);
            assertThat(article.get(3)).extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("The following month", "2011-04"));
            List<List<TemporalMention>> market = tagger.tagArticle(List.of(
                    "Shares closed sharply lower Friday in active trading.",
                    "The index fell 4.5% from the previous Friday."), LocalDate.of(2011, 10, 31));
            assertThat(market.get(1)).extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("the previous Friday", "2011-10-21"));
            // "next month" is the reader's next month, whatever the article named before
            List<List<TemporalMention>> deictic = tagger.tagArticle(List.of(
                    "In March, the chain received an offer.", "It will decide next month."), FRIDAY_OCT_28);
            assertThat(deictic.get(1)).extracting(TemporalMention::value).containsExactly("2011-11");
        }

        @Test
        void daysLater() {
            assertThat(tag("On Oct. 3, 2011 the talks began; two days later they ended.", null))
                    .extracting(TemporalMention::value).containsExactly("2011-10-03", "2011-10-05");
        }

        @Test
        void aDayCountedFromAWrittenDayIncludesIt() {
            expectOnly("The day before last Tuesday's hearing, the father flew in.", FRIDAY_OCT_28,
                    "The day before last Tuesday", "2011-10-24");
            expectOnly("The lawyers met two days after Oct. 3, 2011 to settle.", null, "two days after Oct. 3, 2011",
                    "2011-10-05");
            // "the days before" a written day is a stretch of time: the day keeps its own value
            assertThat(tag("Shops were full the days before Oct. 3, 2011.", null))
                    .extracting(TemporalMention::text, TemporalMention::value)
                    .contains(tuple("Oct. 3, 2011", "2011-10-03"));
        }

        @Test
        void theWeekOfADayIsThatWeek() {
            String sentence = "The case will be heard the week of Nov. 9, 2011 in Miami.";
            expectOnly(sentence, null, "the week of Nov. 9, 2011", "2011-11-07");
            assertThat(only(sentence, null).granularity()).isEqualTo(Granularity.WEEK);
        }
    }

    @Nested
    class WithoutArticleDate {

        @Test
        void relativeExpressionsStayUnresolved() {
            List<TemporalMention> mentions = tag("On Monday, last week and on Oct. 31 things happened.", null);
            assertThat(mentions).extracting(TemporalMention::text).containsExactly("Monday", "last week", "Oct. 31");
            assertThat(mentions).allSatisfy(m -> {
                assertThat(m.value()).isNull();
                assertThat(m.isResolved()).isFalse();
                assertThat(m.relative()).isTrue();
            });
        }

        @Test
        void absoluteDatesStillResolve() {
            assertThat(only("It ended on 31 October 2011.", null).value()).isEqualTo("2011-10-31");
        }
    }

    @Nested
    class FalsePositives {

        @Test
        void mayAndMarchAsVerbsOrNouns() {
            assertThat(tag("Some members may help, and troops march north.", FRIDAY_OCT_28)).isEmpty();
            assertThat(tag("May God help us, said the March organisers.", FRIDAY_OCT_28)).isEmpty();
            assertThat(tag("Prime Minister Theresa May spoke.", FRIDAY_OCT_28)).isEmpty();
        }

        @Test
        void mayAndMarchWithACueAreMonths() {
            assertThat(only("The suit was filed in May.", FRIDAY_OCT_28).value()).isEqualTo("2011-05");
        }

        @Test
        void namesContainingWeekdays() {
            assertThat(tag("The Sunday Times reported it, as did Black Friday shoppers.", FRIDAY_OCT_28)).isEmpty();
        }

        @Test
        void numbersTimesAndCenturies() {
            assertThat(tag("More than 26,000 sorties; clip 01:05; 21st century conflict; 2000 troops.", FRIDAY_OCT_28))
                    .singleElement().satisfies(m -> {
                        assertThat(m.text()).isEqualTo("21st century");
                        assertThat(m.value()).isEqualTo("20");
                        assertThat(m.granularity()).isNull();
                    });
        }

        @Test
        void decadesAreNotYears() {
            assertThat(tag("Since the 1990s the town has grown.", FRIDAY_OCT_28)).singleElement()
                    .satisfies(m -> {
                        assertThat(m.text()).isEqualTo("the 1990s");
                        assertThat(m.value()).isEqualTo("199");
                        assertThat(m.isCalendarDate()).isFalse();
                    });
        }
    }

    @Test
    void offsetsPointAtTheText() {
        String sentence = "NATO voted today to end its mission Oct. 31, despite a request to stay through December.";
        for (TemporalMention m : tag(sentence, FRIDAY_OCT_28)) {
            assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(tag(sentence, FRIDAY_OCT_28)).hasSize(3);
    }

    /** A range's ends are resolved together: its end is never before its start. */
    @Nested
    class Ranges {
        /** A Tuesday. */
        private final LocalDate tuesday = LocalDate.of(2026, 12, 29);

        @Test
        void aWeekdayRangeAboutTheFutureEndsAfterItStarts() {
            assertThat(tag("From Monday to Wednesday the coast road will be closed.", tuesday))
                    .extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("Monday", "2027-01-04"), tuple("Wednesday", "2027-01-06"));
            assertThat(tag("The coast road will be closed between Monday and Wednesday.", tuesday))
                    .extracting(TemporalMention::value).containsExactly("2027-01-04", "2027-01-06");
        }

        @Test
        void aRangeInThePastOrAnEndWithItsNumberIsLeftAsItIs() {
            assertThat(tag("The coast road was closed from Friday to Sunday.", tuesday))
                    .extracting(TemporalMention::value).containsExactly("2026-12-25", "2026-12-27");
            assertThat(tag("The vote will be brought forward from Friday to Wednesday.", tuesday))
                    .as("a date moved, not a range").extracting(TemporalMention::value)
                    .containsExactly("2027-01-01", "2026-12-30");
            assertThat(tag("The road will be closed from Monday to Dec. 31.", tuesday))
                    .extracting(TemporalMention::text).containsExactly("Monday", "Dec. 31");
        }
    }

    /** "03/04/2026" is March 4 or 3 April: read only when the article says which way it writes dates. */
    @Nested
    class SlashedDates {
        @Test
        void anUnambiguousSlashedDateNeedsNoSignal() {
            expectOnly("The council met on 25/11/2026.", FRIDAY_OCT_28, "25/11/2026", "2026-11-25");
            expectOnly("The council met on 11/25/2026.", FRIDAY_OCT_28, "11/25/2026", "2026-11-25");
        }

        @Test
        void anAmbiguousOneFollowsTheArticlesOtherDatesTimeZoneOrOutlet() {
            List<String> dayFirst = List.of("The council met on 03/04/2026.", "It meets again on 28/05/2026.");
            assertThat(tagger.tagArticle(dayFirst, null).get(0)).extracting(TemporalMention::value)
                    .containsExactly("2026-04-03");
            List<String> easternTime = List.of("Updated 03/04/2026 10:15 AM ET.", "The council met on Tuesday.");
            assertThat(tagger.tagArticle(easternTime, null).get(0)).extracting(TemporalMention::value)
                    .contains("2026-03-04");
            List<String> plain = List.of("The council met on 03/04/2026.");
            assertThat(tagger.tagArticle(plain, null, "CNN").get(0)).extracting(TemporalMention::value)
                    .containsExactly("2026-03-04");
            assertThat(tagger.tagArticle(plain, null, "The Guardian").get(0)).extracting(TemporalMention::value)
                    .containsExactly("2026-04-03");
            assertThat(tagger.tagArticle(plain, null, "Harbour Times").get(0)).as("nothing says: left out").isEmpty();
        }
    }

    @Test
    void nullSentenceIsRejectedWithAMessage() {
        assertThatThrownBy(() -> tagger.tag(null, FRIDAY_OCT_28)).isInstanceOf(NullPointerException.class)
                .hasMessage("sentence");
    }
}
