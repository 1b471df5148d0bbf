package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures that are neither counts nor amounts with a purpose word: percentages with what they are a share of, ages,
 * crowds, speeds, amounts told by their act alone, and harm counts with no noun ("five injured").
 */
class PercentagesAgesCrowdsTest {

    private static List<QuantitySpan> read(String sentence) {
        return QuantityExtractor.ENGLISH.extract(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Councillor Rhys Obi won 47.8% of the vote in Dunmere.                 | 47.8% | 47.8 | percent vote",
            "Obi took 44.2 per cent of the vote after the recount.                  | 44.2 per cent | 44.2 | percent vote",
            "Turnout was 29 percent across the borough.                             | 29 percent | 29 | percent turnout",
            "The county saw a turnout of 33%, officials said.                       | 33% | 33 | percent turnout",
            "The poet Marta Quell has died aged 91.                                 | 91 | 91 | age",
            "Quell, who died at the age of 90, wrote eleven collections.            | 90 | 90 | age",
            "A crowd of more than 8,000 watched the final in Stenby.                | more than 8,000 | 8000 | crowd",
            "Attendance: 7,316.                                                     | 7,316 | 7316 | crowd",
            "Stenby won the trophy in front of 7,316 spectators.                    | 7,316 spectators | 7316 | crowd",
            "The treasurer took £84,000 from the club's accounts.                   | £84,000 | 84000 | money act take",
            "Jurors heard the treasurer had taken £79,500 from the accounts.        | £79,500 | 79500 | money act take",
            "The bank paid CHF 3 million to the regulator.                          | CHF 3 million | 3000000 | money act pai",
            "The landslide left four injured and one missing.                       | four injured | 4 | people injured",
            "Seven people were hurt when the roof fell.                             | Seven people | 7 | people injured",
            "The gale brought gusts of up to 76mph to Hollin Point.                 | up to 76mph | 76 | speed gust mph",
            "Highest gust: 81 mph at Hollin Point.                                  | 81 mph | 81 | speed gust mph",
            "Winds reached 110 km/h on the ridge.                                   | 110 km/h | 110 | speed wind km/h",
            // QA 18: a percentage before its noun, an amount a share, and what a deal is worth
            "The price is a 27% premium to the closing price on Friday.            | 27% | 27 | percent premium",
            "Walking was linked to a 13% lower risk of dementia in the study.      | 13% | 13 | percent lower risk",
            "Halvorsen agreed to buy Pinecrest for $38 a share in cash.             | $38 | 38 | money per share",
            "Halvorsen will pay $36 per share for the dairy.                        | $36 | 36 | money per share",
            "The deal values the milk producer at about $2.1 billion.              | about $2.1 billion | 2100000000 | money value",
            "Halvorsen will acquire Pinecrest in a deal worth $2.4 billion.         | $2.4 billion | 2400000000 | money value",
            // QA 18: the measure a place or time qualifies is still the subject
            "Turnout in Tuesday's election reached 61%, the highest in 40 years.    | 61% | 61 | percent turnout",
            "Unemployment in the region fell to 4.1 percent in May.                 | 4.1 percent | 4.1 | percent unemploy",
            // a brand and a model's name before the counted noun: the noun is what is counted
            "Brightform is recalling about 120,000 Kettlewise KX-200 electric kettles. | about 120,000 Kettlewise KX-200 electric kettles | 120000 | kettl",
            "The air force will buy 48 F-35 jets from the maker.                    | 48 F-35 jets | 48 | jet",
            // acts of coming to hold money, in other words: one act
            "Prosecutors said the mayor accepted $180,000 from a developer.         | $180,000 | 180000 | money act take",
            "Prosecutors said the mayor received $210,000 from the developer.       | $210,000 | 210000 | money act take",
            // the level before a change is keyed apart from the new one, which "rose to" gives
            "Revenue rose to $3.2bn from $2.9bn a year earlier.                     | $3.2bn | 3200000000 | money revenue",
            "Revenue rose to $3.2bn from $2.9bn a year earlier.                     | $2.9bn | 2900000000 | money revenue earlier",
            "Net profit rose 9% to $410 million, up from $376 million.              | $376 million | 376000000 | money profit earlier",
            // a share of a group of people named without "the", and a share a side asks for or offers with no noun
            "The nurses' union says 85% of its members have walked out.             | 85% | 85 | percent member",
            "The hospital trust says 55% of porters are on strike.                  | 55% | 55 | percent porter",
            "The trust has offered a 3% rise; the union wants 8%.                   | 8% | 8 | percent demand",
            "The trust offered 3.5%, the union said.                                | 3.5% | 3.5 | percent offer",
    })
    void readsWhatTheFigureMeasures(String sentence, String text, double value, String key) {
        assertThat(read(sentence)).filteredOn(q -> q.text().equals(text)).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(value);
            assertThat(q.key()).isEqualTo(key);
        });
    }

    /** A negation before a bound turns it round: "would not accept less than 6%" is a floor. */
    @Test
    void aNegatedBoundIsTheOtherBound() {
        assertThat(read("The nurses would not accept less than 6%, their leader said.")).singleElement()
                .satisfies(q -> {
                    assertThat(q.key()).isEqualTo("percent demand");
                    assertThat(q.qualifier()).isEqualTo(dev.storybrief.model.Qualifier.AT_LEAST);
                });
        assertThat(read("No fewer than 40 people were hurt.")).singleElement()
                .satisfies(q -> assertThat(q.qualifier()).isEqualTo(dev.storybrief.model.Qualifier.AT_LEAST));
        assertThat(read("The fare will rise by no more than 5 cents.")).singleElement()
                .satisfies(q -> assertThat(q.qualifier()).isEqualTo(dev.storybrief.model.Qualifier.AT_MOST));
    }

    /**
     * A percentage that is a change, an aside or a ratio to a measure ("of national output", "of its income", which
     * many parts of one story are given as) names no share two outlets could compare; neither does a name's age.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sales rose 6% in the spring.",
            "Prices were up 3 per cent on the year.",
            "The shortfall equals 4 percent of national output.",
            "The club spends 58% of its income on wages.",
            "Nadia Pell, 44, denied the charge.",
            "The van was travelling at 62mph.",
            "The scheme is part of a £40,000 plan.",
            "Pinecrest shares jumped 22% to $36.",
            "Exports grew about 5% a year.",
            "The levy equals 20% of revenues.",
            "Trenline said it wants 4% more trains this year than last.",
            "Brightform recalled its Kettlewise KX-200 electric kettles on Monday.",
            "The squadron flies the F-35 jets from Ashby.",
    })
    void readsNothingWhereNothingIsMeasured(String sentence) {
        // ("a £40,000 plan" is a bare amount, a figure of another kind: FigureKindsTest)
        assertThat(read(sentence)).filteredOn(q -> q.kind() == QuantitySpan.Kind.COUNT).isEmpty();
    }

    /** A code written before the figure names the currency, as a sign does. */
    @Test
    void aCurrencyCodeIsTheAmountsCurrency() {
        QuantitySpan pounds = read("The bank paid GBP 500,000 in the settlement.").get(0);
        QuantitySpan dollars = read("The bank paid $500,000 in the settlement.").get(0);
        assertThat(Measures.currency(pounds)).contains("pound");
        assertThat(Measures.sameCurrency(pounds, dollars)).isFalse();
    }
}
