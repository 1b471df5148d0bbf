package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The TIMEX3 kinds beyond calendar dates: one nested class per rule, values as TempEval-3 writes them. */
class TimexKindsTest {

    /** A Friday in the fourth quarter. */
    private static final LocalDate OCT_27_1989 = LocalDate.of(1989, 10, 27);
    /** A Thursday in January, when last year's fourth quarter is reported. */
    private static final LocalDate JAN_8_1998 = LocalDate.of(1998, 1, 8);

    private final TemporalTagger tagger = new TemporalTagger();

    private TemporalMention only(String sentence, LocalDate date) {
        List<TemporalMention> mentions = tagger.tag(sentence, date);
        assertThat(mentions).as(sentence).hasSize(1);
        return mentions.get(0);
    }

    private void expect(String sentence, LocalDate date, String text, TimexType type, String value) {
        TemporalMention m = only(sentence, date);
        assertThat(m.text()).as(sentence).isEqualTo(text);
        assertThat(m.type()).as(sentence).isEqualTo(type);
        assertThat(m.value()).as(sentence).isEqualTo(value);
        assertThat(m.isCalendarDate()).as(sentence).isFalse();
    }

    @Nested
    class Durations {
        @Test
        void countedUnitsKeepTheirDeterminerAndApproximation() {
            expect("Profit rose in the first nine months.", OCT_27_1989, "the first nine months", TimexType.DURATION,
                    "P9M");
            expect("Prices fell over the past two months.", OCT_27_1989, "the past two months", TimexType.DURATION,
                    "P2M");
            expect("The talks lasted nearly four hours.", OCT_27_1989, "nearly four hours", TimexType.DURATION,
                    "PT4H");
            expect("In the last twenty four hours the market fell.", OCT_27_1989, "the last twenty four hours",
                    TimexType.DURATION, "PT24H");
        }

        @Test
        void hyphenatedAdjectivesAndVagueCounts() {
            expect("The Treasury sold 30-year bonds.", OCT_27_1989, "30-year", TimexType.DURATION, "P30Y");
            expect("It took several years to build.", OCT_27_1989, "several years", TimexType.DURATION, "PXY");
            expect("Sales slowed over the past few weeks.", OCT_27_1989, "the past few weeks", TimexType.DURATION,
                    "PXW");
        }

        /** "In recent years", "in coming months": the time just gone or ahead (HeidelTime's reading), no length. */
        @Test
        void recentAndComingUnitsAreThePastAndTheFuture() {
            expect("Sales slowed in recent weeks.", OCT_27_1989, "recent weeks", TimexType.DATE, "PAST_REF");
            expect("Growth has stalled in recent years.", OCT_27_1989, "recent years", TimexType.DATE, "PAST_REF");
            expect("The economy will slow in the coming months.", OCT_27_1989, "the coming months", TimexType.DATE,
                    "FUTURE_REF");
            expect("Prices rose over the next several years.", OCT_27_1989, "the next several years",
                    TimexType.DURATION, "PXY");
        }

        /** "only" and "just" say how much the writer makes of a length, not how long it is: outside the extent. */
        @Test
        void aFocusWordIsNoPartOfTheLength() {
            expect("He had run the unit for only six months.", OCT_27_1989, "six months", TimexType.DURATION, "P6M");
            expect("The answer comes in just a few minutes.", OCT_27_1989, "a few minutes", TimexType.DURATION,
                    "PTXM");
            expect("The talks lasted nearly four hours.", OCT_27_1989, "nearly four hours", TimexType.DURATION,
                    "PT4H");
        }

        /** A length or a quarter used as an adjective leaves its determiner to the noun it modifies. */
        @Test
        void anAdjectiveLeavesItsDeterminerToTheNoun() {
            expect("The firm bought a two-year option on the shares.", OCT_27_1989, "two-year", TimexType.DURATION,
                    "P2Y");
            expect("Stocks in Manila hit a five year low.", OCT_27_1989, "five year", TimexType.DURATION, "P5Y");
            expect("The bank reported a third-quarter loss.", OCT_27_1989, "third-quarter", TimexType.DATE,
                    "1989-Q3");
            expect("The talks lasted the two days.", OCT_27_1989, "the two days", TimexType.DURATION, "P2D");
            expect("Profit rose in the third quarter.", OCT_27_1989, "the third quarter", TimexType.DATE, "1989-Q3");
        }

        @Test
        void aLengthBeforeLaterIsALengthWhereNoDateCanBeCounted() {
            expect("A few days later, the firm cut its forecast.", OCT_27_1989, "A few days", TimexType.DURATION,
                    "PXD");
            expect("Women flew twenty years after the first crews were picked.", OCT_27_1989, "twenty years",
                    TimexType.DURATION, "P20Y");
            expect("He landed at least 72 hours after the storm.", OCT_27_1989, "at least 72 hours",
                    TimexType.DURATION, "PT72H");
            TemporalMention counted = only("Two days later the firm cut its forecast.", OCT_27_1989);
            assertThat(counted.text()).isEqualTo("Two days later");
            assertThat(counted.value()).isEqualTo("1989-10-29");
        }

        /** "The months after his victory" is a stretch of months, not the month after some date. */
        @Test
        void theUnitsAfterAnEventAreAStretchNotADate() {
            expect("He had surgery in the months after his victory.", OCT_27_1989, "the months", TimexType.DURATION,
                    "PXM");
            expect("The car was seen in the weeks before the shooting.", OCT_27_1989, "the weeks",
                    TimexType.DURATION, "PXW");
        }

        @Test
        void aUnitWithLongIsALength() {
            expect("They left their third day-long meeting.", OCT_27_1989, "day-long", TimexType.DURATION, "P1D");
            expect("The yearlong siege ended.", OCT_27_1989, "yearlong", TimexType.DURATION, "P1Y");
            expect("It is a decades-long feud.", OCT_27_1989, "decades-long", TimexType.DURATION, "PXE");
        }

        @Test
        void agesFractionsOrdinalsAndDatesAreNotDurations() {
            assertThat(tagger.tag("Mr. Smith, 52 years old, will retire.", OCT_27_1989)).isEmpty();
            assertThat(tagger.tag("The 6-year-old boy and his 62-year-old uncle met a 8-month-old.", OCT_27_1989))
                    .isEmpty();
            assertThat(tagger.tag("They joined the 50-year-old alliance.", OCT_27_1989)).isEmpty();
            assertThat(tagger.tag("Iraq imports about three-quarters of its food.", OCT_27_1989)).isEmpty();
            assertThat(tagger.tag("He won a second term and a quarter of the vote.", OCT_27_1989)).isEmpty();
            TemporalMention ago = only("The plant closed two years ago.", OCT_27_1989);
            assertThat(ago.type()).isEqualTo(TimexType.DATE);
            assertThat(ago.value()).isEqualTo("1987");
        }

        @Test
        void aCountOfMoreUnitsIsALength() {
            expect("The boy will stay for at least two more weeks.", OCT_27_1989, "at least two more weeks",
                    TimexType.DURATION, "P2W");
        }

        @Test
        void aHalfGoesIntoTheNextSmallerUnit() {
            expect("She spent 5 1/2 hours on the ground.", OCT_27_1989, "5 1/2 hours", TimexType.DURATION, "PT5H30M");
            expect("They lived in camps for two and a half years.", OCT_27_1989, "two and a half years",
                    TimexType.DURATION, "P2Y6M");
            expect("The pilot waited a minute and a half.", OCT_27_1989, "a minute and a half",
                    TimexType.DURATION, "PT1M30S");
            expect("The strike lasted 3½ weeks.", OCT_27_1989, "3½ weeks", TimexType.DURATION, "P3.5W");
            expect("The talks took a day and a half.", OCT_27_1989, "a day and a half", TimexType.DURATION,
                    "P1DT12H");
        }

        /** "twice a week" is how often, a SET; "$500 million a year" is a price or a pace, which TimeBank leaves out. */
        @Test
        void aFrequencyIsASetAnAmountPerUnitIsNoTimex() {
            expect("The board meets twice a week.", OCT_27_1989, "a week", TimexType.SET, "P1W");
            expect("Patients take the pill three times a day.", OCT_27_1989, "a day", TimexType.SET, "P1D");
            assertThat(tagger.tag("It will save $500 million a year.", OCT_27_1989)).isEmpty();
            assertThat(tagger.tag("The airline runs four flights a week.", OCT_27_1989)).isEmpty();
            assertThat(tagger.tag("Profits rose 8% annually.", OCT_27_1989)).isEmpty();
        }

        /** After a first or a superlative, "in years" is the stretch just gone; a bare "in years" stays untagged. */
        @Test
        void aBarePluralAfterAFirstOrASuperlativeIsAVagueLength() {
            expect("The team won for the first time in years.", OCT_27_1989, "years", TimexType.DURATION, "PXY");
            expect("It was the deadliest attack on the town in months.", OCT_27_1989, "months", TimexType.DURATION,
                    "PXM");
            expect("Rescuers arrived within hours.", OCT_27_1989, "hours", TimexType.DURATION, "PTXH");
            assertThat(tagger.tag("He was paid in months of grain.", OCT_27_1989)).isEmpty();
        }

        @Test
        void theStretchAheadAndACoupleOfUnitsAreLengths() {
            expect("Investors will sell bonds in the weeks ahead.", OCT_27_1989, "the weeks ahead",
                    TimexType.DURATION, "PXW");
            expect("Over the next couple of years sales should grow.", OCT_27_1989, "the next couple of years",
                    TimexType.DURATION, "P2Y");
            expect("The talks lasted a couple of days.", OCT_27_1989, "a couple of days", TimexType.DURATION, "P2D");
            // the verb "last" is no "last" of a length: "the last a week" is no English
            expect("The strike is expected to last a week.", OCT_27_1989, "a week", TimexType.DURATION, "P1W");
            expect("The deal could last at least a year.", OCT_27_1989, "at least a year", TimexType.DURATION, "P1Y");
        }
    }

    @Nested
    class Quarters {
        @Test
        void ordinalQuarterIsTheArticleYearsUnlessItHasNotBegun() {
            expect("Third-quarter profit fell.", OCT_27_1989, "Third-quarter", TimexType.DATE, "1989-Q3");
            expect("The company lost money in the fourth quarter.", OCT_27_1989, "the fourth quarter",
                    TimexType.DATE, "1989-Q4");
            expect("The company lost money in the fourth quarter.", JAN_8_1998, "the fourth quarter",
                    TimexType.DATE, "1997-Q4");
        }

        @Test
        void yearsAndYearAgoMoveTheQuarter() {
            expect("Losses through the third quarter of 1990 are likely.", OCT_27_1989, "the third quarter of 1990",
                    TimexType.DATE, "1990-Q3");
            expect("Sales in the 1988 second quarter were flat.", OCT_27_1989, "the 1988 second quarter",
                    TimexType.DATE, "1988-Q2");
            expect("Net fell from the year-earlier quarter.", OCT_27_1989, "the year-earlier quarter",
                    TimexType.DATE, "1988-Q3");
            expect("Sales rose in the latest quarter.", OCT_27_1989, "the latest quarter", TimexType.DATE,
                    "1989-Q3");
            expect("Results improved in the first half of 1990.", OCT_27_1989, "the first half of 1990",
                    TimexType.DATE, "1990-H1");
        }

        /** A year has two halves: its last is its second; "the last half hour" is no part of a year. */
        @Test
        void theLastHalfOfAYearIsItsSecond() {
            expect("Earnings will weaken in the last half of 1989.", OCT_27_1989, "the last half of 1989",
                    TimexType.DATE, "1989-H2");
            expect("Sales slowed in the latter half of last year.", OCT_27_1989, "the latter half of last year",
                    TimexType.DATE, "1988-H2");
            assertThat(tagger.tag("Shares fell in the last half hour of trading.", OCT_27_1989)).isEmpty();
        }

        @Test
        void anArticleThatNamedAQuarterComparesAYearAgoWithIt() {
            List<List<TemporalMention>> article = tagger.tagArticle(List.of(
                    "Net income rose in the second quarter.", "It earned $5 million a year earlier."), OCT_27_1989);
            assertThat(article.get(0)).extracting(TemporalMention::value).containsExactly("1989-Q2");
            assertThat(article.get(1)).extracting(TemporalMention::value).containsExactly("1988-Q2");
            List<List<TemporalMention>> noQuarter = tagger.tagArticle(List.of("It earned $5 million a year earlier."),
                    OCT_27_1989);
            assertThat(noQuarter.get(0)).extracting(TemporalMention::value).containsExactly("1988");
        }

        @Test
        void theReportedQuarterIsTheAnchorNotAForecastOrAComparison() {
            List<List<TemporalMention>> forecast = tagger.tagArticle(List.of(
                    "The insurer said its third-quarter profit rose 8%.",
                    "The storm will result in a fourth-quarter charge of $10 million.",
                    "Home lines lost $4 million in the latest quarter, against a gain a year ago."), OCT_27_1989);
            assertThat(forecast.get(2)).extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("the latest quarter", "1989-Q3"), tuple("a year ago", "1988-Q3"));
            List<List<TemporalMention>> comparison = tagger.tagArticle(List.of(
                    "The paper maker posted a 20% gain in third-quarter net income.",
                    "After a flat second quarter, its pulp prices recovered.",
                    "Charges taken in the year-earlier period also helped."), OCT_27_1989);
            assertThat(comparison.get(2)).extracting(TemporalMention::value).containsExactly("1988-Q3");
            List<List<TemporalMention>> fiscal = tagger.tagArticle(List.of(
                    "The feed maker reported a decline in fourth-quarter earnings.",
                    "Sales in the latest period were $1.8 billion."), OCT_27_1989);
            assertThat(fiscal.get(1)).extracting(TemporalMention::value).containsExactly("1989-Q4");
        }

        @Test
        void theComparisonPeriodNamedByItsYearIsOneExpression() {
            expect("Net rose from $2 million in the same period last year.", OCT_27_1989,
                    "the same period last year", TimexType.DATE, "1988-Q3");
            List<List<TemporalMention>> article = tagger.tagArticle(List.of(
                    "The toy maker lost $4 million in its fiscal second quarter.",
                    "It earned $1 million in the corresponding period last year.",
                    "Sales for last year's quarter were $30 million.",
                    "In the 1988 period, revenue was $28 million.",
                    "For the quarter a year ago, it paid no dividend."), OCT_27_1989);
            assertThat(article.subList(1, 5)).extracting(m -> m.get(0).text() + "=" + m.get(0).value())
                    .containsExactly("the corresponding period last year=1988-Q2", "last year's quarter=1988-Q2",
                            "the 1988 period=1988-Q2", "the quarter a year ago=1988-Q2");
            expect("Sales matched the 1988 quarter.", OCT_27_1989, "the 1988 quarter", TimexType.DATE, "1988");
            List<List<TemporalMention>> running = tagger.tagArticle(List.of(
                    "The publisher lost $8 million in the third quarter ended Sept. 30.",
                    "This quarter's loss includes charges of $4 million.",
                    "Sales for last year's quarter were $3 million."), OCT_27_1989);
            assertThat(running.get(2)).extracting(TemporalMention::value).containsExactly("1988-Q3");
        }

        @Test
        void yearEarlierAloneIsTheComparisonPeriod() {
            expect("Net fell sharply from year-earlier profit.", OCT_27_1989, "year-earlier", TimexType.DATE, "1988");
            List<List<TemporalMention>> article = tagger.tagArticle(List.of(
                    "The unit lost $3 million in the second quarter.", "The year-ago results included a gain."),
                    OCT_27_1989);
            assertThat(article.get(1)).extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("year-ago", "1988-Q2"));
            assertThat(tagger.tag("Sales fell below the year-earlier $4 million.", OCT_27_1989)).isEmpty();
            expect("Net rose from the year-earlier nine months.", OCT_27_1989, "nine months", TimexType.DURATION,
                    "P9M");
        }
    }

    @Nested
    class YearsInNames {
        /** TimeML tags the year of "the 1996 Olympic bombing"; it names the event, so it is no calendar date. */
        @Test
        void aYearBetweenADeterminerAndACapitalisedWordNamesSomething() {
            expect("He was charged over the 1996 Olympic bombing.", OCT_27_1989, "1996", TimexType.DATE, "1996");
            expect("The ruling overruled a 1971 Convention on air safety.", OCT_27_1989, "1971", TimexType.DATE,
                    "1971");
            assertThat(only("The clinic reopened in 1996 after the attack.", OCT_27_1989).isCalendarDate())
                    .isTrue();
            assertThat(tagger.tag("It sold 1996 Chevrolet trucks.", OCT_27_1989)).isEmpty();
        }
    }

    @Nested
    class Seasons {
        @Test
        void seasonsResolveAgainstTheArticleDate() {
            expect("The plant will open this summer.", JAN_8_1998, "this summer", TimexType.DATE, "1998-SU");
            expect("A strike began last spring.", OCT_27_1989, "last spring", TimexType.DATE, "1989-SP");
            expect("The strike began last fall.", JAN_8_1998, "last fall", TimexType.DATE, "1997-FA");
            expect("Prices peaked in the winter of 1994.", JAN_8_1998, "the winter of 1994", TimexType.DATE,
                    "1994-WI");
        }

        @Test
        void bareSeasonWordsNeedACue() {
            assertThat(tagger.tag("Prices may fall as spring water flows.", JAN_8_1998)).isEmpty();
        }
    }

    @Nested
    class DecadesAndCenturies {
        @Test
        void decadesWithAndWithoutCentury() {
            expect("Prices rose in the late 1970s.", OCT_27_1989, "the late 1970s", TimexType.DATE, "197");
            expect("It was popular in the '80s.", JAN_8_1998, "the '80s", TimexType.DATE, "198");
            expect("Banks changed in the 20th century.", JAN_8_1998, "the 20th century", TimexType.DATE, "19");
        }

        /** A count of decades or centuries back is the decade or century it reaches, as "the 1980s" is written. */
        @Test
        void decadesAndCenturiesAgo() {
            expect("The plant was built a decade ago.", JAN_8_1998, "a decade ago", TimexType.DATE, "198");
            expect("Two decades ago the town was poor.", JAN_8_1998, "Two decades ago", TimexType.DATE, "197");
            expect("A century ago the bridge was new.", JAN_8_1998, "A century ago", TimexType.DATE, "18");
            assertThat(tagger.tag("The firm was founded half a century ago.", JAN_8_1998))
                    .extracting(TemporalMention::value).doesNotContain("18");
        }

        /** "The past year" is the year just gone and "the last decade" the decade before the article's. */
        @Test
        void thePastYearAndTheLastDecadeAreTheOnesJustGone() {
            expect("Hate groups grew over the past year.", JAN_8_1998, "the past year", TimexType.DATE, "1997");
            expect("Workers lost earning power in the last decade.", JAN_8_1998, "the last decade", TimexType.DATE,
                    "198");
            expect("Prices doubled over the past two years.", JAN_8_1998, "the past two years", TimexType.DURATION,
                    "P2Y");
        }
    }

    @Nested
    class References {
        @Test
        void aVagueCountAgoIsThePast() {
            expect("The share was 35 percent several years ago.", OCT_27_1989, "several years ago", TimexType.DATE,
                    "PAST_REF");
            expect("The plant closed a few weeks ago.", OCT_27_1989, "a few weeks ago", TimexType.DATE, "PAST_REF");
        }

        @Test
        void oneDayBeforeAVerbIsADayToCome() {
            expect("Islam will one day be the second largest religion.", OCT_27_1989, "one day", TimexType.DATE,
                    "FUTURE_REF");
            expect("She hopes to one day fly in space.", OCT_27_1989, "one day", TimexType.DATE, "FUTURE_REF");
            expect("He had only been in the job one day.", OCT_27_1989, "one day", TimexType.DURATION, "P1D");
        }

        @Test
        void presentPastAndFuture() {
            expect("The company is now in the candy business.", OCT_27_1989, "now", TimexType.DATE, "PRESENT_REF");
            expect("Prices have recently fallen.", OCT_27_1989, "recently", TimexType.DATE, "PAST_REF");
            expect("Rates will rise in the near future.", OCT_27_1989, "the near future", TimexType.DATE,
                    "FUTURE_REF");
        }

        /** A "Now," opening the sentence turns the story; without the comma it still dates the clause. */
        @Test
        void anOpeningNowSetOffByACommaIsNoTimex() {
            assertThat(tagger.tag("Now, he says, the plan looks weak.", OCT_27_1989)).isEmpty();
            assertThat(tagger.tag("\"Now, we wait,\" she said.", OCT_27_1989)).isEmpty();
            expect("Now officials are looking for the car.", OCT_27_1989, "Now", TimexType.DATE, "PRESENT_REF");
            expect("Prices, now, are falling.", OCT_27_1989, "now", TimexType.DATE, "PRESENT_REF");
        }

        /** "now that" opens a clause and still points at the present: both corpora tag it (3 of 3 tuning cases). */
        @Test
        void nowThatIsThePresent() {
            expect("Aqaba is the only port left now that the embargo has tightened.", OCT_27_1989, "now",
                    TimexType.DATE, "PRESENT_REF");
        }

        @Test
        void futureAloneIsAMarketNotATime() {
            assertThat(tagger.tag("Traders sold future contracts.", OCT_27_1989)).isEmpty();
        }
    }

    @Nested
    class Sets {
        /** A weekday or its part of the day in the plural recurs every week, whoever else shares the part. */
        @Test
        void weekdaysInThePluralRecur() {
            expect("Classes meet on Sundays.", OCT_27_1989, "Sundays", TimexType.SET, "XXXX-WXX-7");
            expect("The show airs Tuesday nights.", OCT_27_1989, "Tuesday nights", TimexType.SET, "XXXX-WXX-2TNI");
            assertThat(tagger.tag("Two new flights will leave on Monday and Tuesday nights.", OCT_27_1989))
                    .extracting(TemporalMention::text, TemporalMention::type, TemporalMention::value)
                    .containsExactly(tuple("Monday", TimexType.SET, "XXXX-WXX-1TNI"),
                            tuple("Tuesday nights", TimexType.SET, "XXXX-WXX-2TNI"));
            assertThat(tagger.tag("Flights left on Monday and Tuesday night.", OCT_27_1989))
                    .extracting(TemporalMention::type).containsOnly(TimexType.DATE, TimexType.TIME);
        }

        @Test
        void recurrences() {
            expect("Shares are priced every month.", OCT_27_1989, "every month", TimexType.SET, "P1M");
            expect("Orangemen march each July.", JAN_8_1998, "each July", TimexType.SET, "XXXX-07");
            expect("A flight leaves every Thursday.", JAN_8_1998, "every Thursday", TimexType.SET, "XXXX-WXX-4");
        }

        /** A counted period after "every" is how often, not how long. */
        @Test
        void everyCountedPeriodIsARecurrence() {
            expect("The country votes every five years.", JAN_8_1998, "every five years", TimexType.SET, "P5Y");
            expect("The bus comes every other week.", JAN_8_1998, "every other week", TimexType.SET, "P2W");
            expect("Guards check the gate every few minutes.", JAN_8_1998, "every few minutes", TimexType.SET,
                    "PTXM");
        }

        /** An adverb says how often; the same word before a noun names a paper or a measure, which TimeML leaves. */
        @Test
        void dailyWeeklyAndMonthlyAreRecurrencesOnlyAsAdverbs() {
            expect("Supporters have marched almost daily.", JAN_8_1998, "daily", TimexType.SET, "P1D");
            expect("Crowds gather in Havana daily.", JAN_8_1998, "daily", TimexType.SET, "P1D");
            expect("The council meets weekly in the town hall.", JAN_8_1998, "weekly", TimexType.SET, "P1W");
            expect("Figures are published monthly, the ministry said.", JAN_8_1998, "monthly", TimexType.SET, "P1M");
            assertThat(tagger.tag("The letter ran in the party daily Tribuna.", JAN_8_1998)).isEmpty();
            assertThat(tagger.tag("It has become a daily rally for the boy.", JAN_8_1998)).isEmpty();
            assertThat(tagger.tag("Average daily volume was 140 million shares.", JAN_8_1998)).isEmpty();
            assertThat(tagger.tag("He described it in his weekly column.", JAN_8_1998)).isEmpty();
            assertThat(tagger.tag("The newspaper is a weekly.", JAN_8_1998)).isEmpty();
            assertThat(tagger.tag("It was printed in Havana's daily.", JAN_8_1998)).isEmpty();
        }
    }

    @Nested
    class RelativeYearsAndNights {
        @Test
        void monthOfARelativeYear() {
            TemporalMention m = only("In June last year the leaders met.", JAN_8_1998);
            assertThat(m.text()).isEqualTo("June last year");
            assertThat(m.value()).isEqualTo("1997-06");
            assertThat(m.isCalendarDate()).isTrue();
        }

        @Test
        void lastNightIsATimeOfTheDayBefore() {
            expect("Fighting broke out last night.", JAN_8_1998, "last night", TimexType.TIME, "1998-01-07TNI");
        }

        @Test
        void forNextYearIsADate() {
            TemporalMention m = only("He cut his estimate for next year to $2 a share.", OCT_27_1989);
            assertThat(m.text()).isEqualTo("next year");
            assertThat(m.value()).isEqualTo("1990");
        }

        @Test
        void theYearIsTheArticlesYearAndModifiersJoinTheYear() {
            assertThat(only("Profit fell for the year.", OCT_27_1989).value()).isEqualTo("1989");
            assertThat(only("Sales should recover in early 1991.", OCT_27_1989).text()).isEqualTo("early 1991");
            assertThat(only("Earnings in fiscal 1989 rose.", OCT_27_1989).text()).isEqualTo("fiscal 1989");
        }

        /** Twelve months back from a day other than Dec. 31 are no calendar year: TIMEX3 writes the length. */
        @Test
        void aYearNamedByItsLastDayIsALength() {
            List<TemporalMention> ended = tagger.tag("The unit earned $4 million in the year ended March 31.",
                    OCT_27_1989);
            assertThat(ended).extracting(TemporalMention::text).containsExactly("the year", "March 31");
            assertThat(ended.get(0).type()).isEqualTo(TimexType.DURATION);
            assertThat(ended.get(0).value()).isEqualTo("P1Y");
            assertThat(ended.get(0).isCalendarDate()).isFalse();
            assertThat(tagger.tag("Sales rose in the fiscal year ending June 30.", OCT_27_1989).get(0).value())
                    .isEqualTo("P1Y");
            // the year ended Dec. 31 is the calendar year, the one that has ended by October 1989
            TemporalMention calendar = tagger.tag("Profit rose in the year ended Dec. 31.", OCT_27_1989).get(0);
            assertThat(calendar.text()).isEqualTo("the year");
            assertThat(calendar.type()).isEqualTo(TimexType.DATE);
            assertThat(calendar.value()).isEqualTo("1988");
        }
    }

    @Nested
    class TimesOfDay {
        /** Thursday 1998-02-12. */
        private final LocalDate thursday = LocalDate.of(1998, 2, 12);

        private void expectDayTime(String sentence, String text, String value) {
            TemporalMention m = only(sentence, thursday);
            assertThat(m.text()).as(sentence).isEqualTo(text);
            assertThat(m.type()).as(sentence).isEqualTo(TimexType.TIME);
            assertThat(m.value()).as(sentence).isEqualTo(value);
            assertThat(m.isCalendarDate()).as(sentence).isTrue();
            assertThat(m.calendarValue()).as(sentence).isEqualTo(value.substring(0, 10));
        }

        /** A 24-hour time is read where a zone or a time preposition marks it, not as a score or in parentheses. */
        @Test
        void twentyFourHourClockTimes() {
            expectDayTime("Voting ends at 22:00 GMT Thursday.", "22:00 GMT Thursday", "1998-02-12T22:00");
            TemporalMention bare = only("Police were called at about 10:30 local time.", thursday);
            assertThat(bare.text()).isEqualTo("about 10:30 local time");
            assertThat(bare.type()).isEqualTo(TimexType.TIME);
            assertThat(bare.value()).isEqualTo("1998-02-12T10:30");
            assertThat(tagger.tag("The home side won 3:1.", thursday)).isEmpty();
            assertThat(tagger.tag("The bomb went off at 10:35 a.m. (07:35 GMT).", thursday))
                    .extracting(TemporalMention::text).containsExactly("10:35 a.m.");
        }

        @Test
        void partsOfANamedDay() {
            expectDayTime("The vote came Thursday evening.", "Thursday evening", "1998-02-12TEV");
            expectDayTime("Police were called Wednesday night.", "Wednesday night", "1998-02-11TNI");
            // "early" places the time within the day and is in the extent, as TimeML writes "early Tuesday"
            expectDayTime("They left early Tuesday morning.", "early Tuesday morning", "1998-02-10TMO");
            expectDayTime("The rally ended Monday afternoon.", "Monday afternoon", "1998-02-09TAF");
        }

        @Test
        void partsOfTodayYesterdayAndTomorrow() {
            expectDayTime("Voting ended this morning.", "this morning", "1998-02-12TMO");
            expectDayTime("He spoke yesterday afternoon.", "yesterday afternoon", "1998-02-11TAF");
            expectDayTime("The vote is due tomorrow night.", "tomorrow night", "1998-02-13TNI");
            assertThat(only("The vote is yesterday's news.", thursday).value()).isEqualTo("1998-02-11");
        }

        @Test
        void clockTimesTakeTheDayWrittenWithThem() {
            expectDayTime("The polls closed at 10 p.m. Wednesday.", "10 p.m. Wednesday", "1998-02-11T22:00");
            expectDayTime("The talks resume at noon Thursday.", "noon Thursday", "1998-02-12T12:00");
            expectDayTime("The offer expires at 5 p.m. EST Feb. 20.", "5 p.m. EST Feb. 20", "1998-02-20T17:00");
            expectDayTime("The ban began at midnight Friday, officials said.", "midnight Friday", "1998-02-06T24:00");
            expectDayTime("The deadline is 9 a.m. tomorrow.", "9 a.m. tomorrow", "1998-02-13T09:00");
        }

        @Test
        void aBareClockTimeIsATimeOfTheNearestDayButNoCalendarDate() {
            TemporalMention blast = tagger.tag("The blast came at about 10:35 a.m. (0735 GMT) Monday.", thursday).get(0);
            assertThat(blast.text()).isEqualTo("about 10:35 a.m.");
            assertThat(blast.value()).isEqualTo("1998-02-09T10:35");
            assertThat(blast.isCalendarDate()).isFalse();
            expect("He spoke at 7:15 p.m. to reporters.", thursday, "7:15 p.m.", TimexType.TIME, "1998-02-12T19:15");
            expect("The court met at midday.", thursday, "midday", TimexType.TIME, "1998-02-12T12:00");
        }

        @Test
        void notClockTimes() {
            assertThat(tagger.tag("The score was 13 pm points and 0735 GMT.", thursday)).isEmpty();
            assertThat(tagger.tag("See page 14 p.m. and 3:75 a.m. in the log.", thursday)).isEmpty();
        }
    }

    @Nested
    class WeekdaysAroundTheArticleDate {
        /** Monday 1998-08-17. */
        private final LocalDate monday = LocalDate.of(1998, 8, 17);

        @Test
        void tomorrowsWeekdayIsTomorrowUnlessTheClauseIsPast() {
            assertThat(only("Albright heads Tuesday to East Africa.", monday).value()).isEqualTo("1998-08-18");
            assertThat(only("On Tuesday, the league plans a rally.", monday).value()).isEqualTo("1998-08-18");
            assertThat(only("The league said on Tuesday it would sue.", monday).value()).isEqualTo("1998-08-11");
            assertThat(only("Tuesday's decision comes as no surprise.", monday).value()).isEqualTo("1998-08-11");
        }

        @Test
        void weekends() {
            expect("Officials met over the weekend.", monday, "the weekend", TimexType.DATE, "1998-W33-WE");
            expect("Traders sold ahead of the weekend, which will be quiet.", LocalDate.of(1998, 8, 19), "the weekend",
                    TimexType.DATE, "1998-W34-WE");
            expect("The talks resume this weekend.", monday, "this weekend", TimexType.DATE, "1998-W34-WE");
            expect("Fans rioted last weekend.", monday, "last weekend", TimexType.DATE, "1998-W33-WE");
            expect("Crowds gathered this weekend.", LocalDate.of(1998, 8, 16), "this weekend", TimexType.DATE,
                    "1998-W33-WE");
        }

        /** What is announced as coming is ahead whatever the verb's tense: the next such day after the article. */
        @Test
        void aComingWeekdayIsTheNextOne() {
            // Thursday 1998-08-20: "this coming Sunday" is three days on, though "was" would send a bare Sunday back
            LocalDate thursday = LocalDate.of(1998, 8, 20);
            TemporalMention coming = only("The vote was set for this coming Sunday.", thursday);
            assertThat(coming.text()).isEqualTo("this coming Sunday");
            assertThat(coming.value()).isEqualTo("1998-08-23");
            assertThat(only("Organisers said the upcoming Saturday would be busy.", thursday).value())
                    .isEqualTo("1998-08-22");
            // said on a Sunday, the coming Sunday is a week on, not today
            assertThat(only("Fans talked about the coming Sunday.", LocalDate.of(1998, 8, 23)).value())
                    .isEqualTo("1998-08-30");
            // no "coming": a bare Sunday in a past clause stays the Sunday before
            assertThat(only("The vote was held on Sunday.", thursday).value()).isEqualTo("1998-08-16");
        }

        @Test
        void aDayAWeekAwayFollowsTheTense() {
            assertThat(only("They met on Thursday.", monday).value()).isEqualTo("1998-08-13");
            assertThat(only("They will meet on Thursday.", monday).value()).isEqualTo("1998-08-20");
        }
    }

    @Nested
    class YearsAndHolidays {
        @Test
        void thanksgivingDayIsOneExpression() {
            TemporalMention m = only("The boy was found on Thanksgiving Day at sea.", LocalDate.of(2000, 1, 7));
            assertThat(m.text()).isEqualTo("Thanksgiving Day");
            assertThat(m.value()).isEqualTo("1999-11-25");
        }

        /** Written on 1999-12-28, three days after Christmas. */
        @Test
        void lastAndNextPickTheHolidayAndBelongToIt() {
            LocalDate dec28 = LocalDate.of(1999, 12, 28);
            TemporalMention next = only("The family hopes to be home by next Christmas.", dec28);
            assertThat(next.text()).isEqualTo("next Christmas");
            assertThat(next.value()).isEqualTo("2000-12-25");
            TemporalMention last = only("He was rescued at sea last Thanksgiving.", dec28);
            assertThat(last.text()).isEqualTo("last Thanksgiving");
            assertThat(last.value()).isEqualTo("1999-11-25");
            TemporalMention finalOne = only("It was the last Christmas they spent together.", dec28);
            assertThat(finalOne.text()).isEqualTo("Christmas");
        }
    }

    @Nested
    class YearsAfterPrefixes {
        @Test
        void preAndPostNameTheYear() {
            List<TemporalMention> mentions = tagger.tag("The post-1959 politics split families.", OCT_27_1989);
            assertThat(mentions).extracting(TemporalMention::text, TemporalMention::value)
                    .containsExactly(tuple("1959", "1959"));
            assertThat(tagger.tag("The agency will post 2000 new listings.", OCT_27_1989)).isEmpty();
        }
    }

    @Nested
    class YearsInWords {
        private TemporalMention first(String sentence) {
            List<TemporalMention> mentions = tagger.tag(sentence, JAN_8_1998);
            assertThat(mentions).as(sentence).hasSize(1);
            return mentions.get(0);
        }

        @Test
        void transcriptsSpellYearsOut() {
            TemporalMention year = first("The verdict was overturned in nineteen ninety-six on a technicality.");
            assertThat(year.text()).isEqualTo("nineteen ninety-six");
            assertThat(year.value()).isEqualTo("1996");
            assertThat(year.isCalendarDate()).isTrue();
            TemporalMention month = first("January nineteen ninety-seven. A second blast shook the city.");
            assertThat(month.text()).isEqualTo("January nineteen ninety-seven");
            assertThat(month.value()).isEqualTo("1997-01");
            expect("Prices fell to the level of the winter of nineteen ninety-four.", JAN_8_1998,
                    "the winter of nineteen ninety-four", TimexType.DATE, "1994-WI");
            assertThat(first("He promised jobs for all by the year two thousand.").value()).isEqualTo("2000");
        }

        @Test
        void twoThousandAloneIsACount() {
            assertThat(tagger.tag("More than two thousand people marched.", JAN_8_1998)).isEmpty();
        }
    }

    /** Written on a Friday, 1989-10-27. */
    @Nested
    class PresentAgesSoonAndMidDay {
        @Test
        void todaysWorldIsAnAgeNotTheDay() {
            assertThat(tagger.tag("Parents worry about what today's world offers their children.", OCT_27_1989))
                    .isEmpty();
            assertThat(tagger.tag("Many of today's personal computers run the new chip.", OCT_27_1989)).isEmpty();
            assertThat(tagger.tag("He wants to hire the engineers of tomorrow.", OCT_27_1989)).isEmpty();
        }

        @Test
        void todaysEventsAndAsOfTodayAreTheDay() {
            TemporalMention meeting = only("Today's meeting of the board was brief.", OCT_27_1989);
            assertThat(meeting.value()).isEqualTo("1989-10-27");
            assertThat(meeting.isCalendarDate()).isTrue();
            assertThat(only("As of today, the fund holds no bonds.", OCT_27_1989).value()).isEqualTo("1989-10-27");
            assertThat(only("The vote of tomorrow's session decides it.", OCT_27_1989).value())
                    .isEqualTo("1989-10-28");
        }

        @Test
        void soonInAClauseNotToldInThePastLiesAhead() {
            expect("The company will soon open a plant in Ohio.", OCT_27_1989, "soon", TimexType.DATE, "FUTURE_REF");
            expect("Officials expect the bridge to reopen soon.", OCT_27_1989, "soon", TimexType.DATE, "FUTURE_REF");
        }

        @Test
        void soonUnderAPastVerbOrAsAConjunctionIsLeftAlone() {
            assertThat(tagger.tag("The mayor was soon replaced by his deputy.", OCT_27_1989)).isEmpty();
            assertThat(tagger.tag("Shares will be sold as soon as the market opens.", OCT_27_1989)).isEmpty();
            assertThat(tagger.tag("The guard was freed soon after his capture.", OCT_27_1989)).isEmpty();
        }

        @Test
        void midAfternoonIsAPartOfTheDay() {
            TemporalMention yesterday = only("In Tokyo at mid-afternoon yesterday, the index was flat.", OCT_27_1989);
            assertThat(yesterday.text()).isEqualTo("mid-afternoon yesterday");
            assertThat(yesterday.type()).isEqualTo(TimexType.TIME);
            assertThat(yesterday.value()).isEqualTo("1989-10-26TAF");
            TemporalMention bare = only("By mid morning, the shelling had stopped.", OCT_27_1989);
            assertThat(bare.text()).isEqualTo("mid morning");
            assertThat(bare.value()).isEqualTo("1989-10-27TMO");
        }
    }

    /** A hedge after an expression is part of its TIMEX3, the value the one the expression names. */
    @Nested
    class Hedges {
        @Test
        void orLaterAndBeyondAndOrSoStayInTheExtent() {
            TemporalMention later = only("The unit will not make money until 1994 or later, he said.", OCT_27_1989);
            assertThat(later.text()).isEqualTo("1994 or later");
            assertThat(later.value()).isEqualTo("1994");
            assertThat(only("Analysts see growth in 1991 and beyond.", OCT_27_1989).text())
                    .isEqualTo("1991 and beyond");
            expect("Prices may double over the next two years or so.", OCT_27_1989, "the next two years or so",
                    TimexType.DURATION, "P2Y");
            assertThat(only("The plant closed two weeks or so ago.", OCT_27_1989).text())
                    .isEqualTo("two weeks or so ago");
        }

        @Test
        void aHedgeNeedsItsWholePhrase() {
            assertThat(only("The loan will be repaid in 1992 or sooner.", OCT_27_1989).text()).isEqualTo("1992");
        }
    }
}
