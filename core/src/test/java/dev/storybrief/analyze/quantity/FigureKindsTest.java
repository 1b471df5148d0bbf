package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.QuantitySpan.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures the quantity extractor reads besides counts, once, by their kind: a length of time with what it is of,
 * a position, a sum or share given without its purpose, a birth year. Each keeps its offsets; none of them is a count
 * ({@link AnalyzedArticle#quantities()} leaves them out, {@link AnalyzedArticle#figures()} gives them).
 */
class FigureKindsTest {

    private static List<QuantitySpan> read(String sentence) {
        return QuantityExtractor.ENGLISH.extract(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Marsh was sentenced to six years in prison on Thursday.        | six years   | 6    | duration year in prison | DURATION",
            "The talks ended after three weeks of talks in Geneva.          | three weeks | 3    | duration week of talk   | DURATION",
            "The train ran 2 hours behind schedule.                         | 2 hours     | 2    | duration hour behind schedul | DURATION",
            "Tom Dole scored in the 89th minute at Kelby Park.              | 89th minute | 89   | ordinal minut           | ORDINAL",
            "The council voted to close the pool, citing a $2 million repair bill. | $2 million | 2000000 | money | AMOUNT",
            "Drivers want a 9% pay rise from Trenline.                      | 9%          | 9    | percent rise            | AMOUNT",
            "Calder, who was born in 1937 in Ashby, wrote 23 novels.        | 1937        | 1937 | born                    | BIRTH_YEAR",
    })
    void readsEachKindOnceWithItsOffsets(String sentence, String text, double value, String key, Kind kind) {
        QuantitySpan q = read(sentence).stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        assertThat(q.text()).isEqualTo(text);
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(text);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.key()).isEqualTo(key);
    }

    /**
     * A result is one figure of two sides, read as the winner's and the loser's numbers ("3-2" and "3-1" differ in the
     * loser's), never a range; a running score names no result.
     */
    @Test
    void aResultIsTheWinnersAndTheLosersFigure() {
        assertThat(read("Dunmore won the shield after beating Carrow Athletic 3-2 on Sunday."))
                .extracting(q -> q.text() + " " + q.key() + " " + q.kind())
                .containsExactly("3 score winner ORDINAL", "2 score loser ORDINAL");
        assertThat(read("It was a 0-4 defeat for the visitors.")).extracting(q -> q.value() + " " + q.key())
                .containsExactly("0.0 score loser", "4.0 score winner");
        assertThat(read("Full time: Dunmore 1-1 Carrow.")).hasSize(2);
        assertThat(read("Half-time: Dunmore 1-1 Carrow.")).isEmpty();
        assertThat(read("Reyes makes it 2-2 with a header.")).isEmpty();
        assertThat(read("The works will take 10-12 days.")).isEmpty();
    }

    /**
     * A term in two units is of one thing: the months after "anni e" are of what the years are of, whether the sentence
     * names it ("di reclusione") or not, and a number word after the years' unit is read as its own figure.
     */
    @Test
    void aTermInTwoUnitsIsOfOneThing() {
        java.util.function.Function<String, List<String>> italian = sentence -> QuantityRules.forLanguage("it")
                .extract(sentence, 0, 0).stream().map(q -> q.value() + " " + q.key()).toList();
        assertThat(italian.apply("Rossi è stato condannato a 4 anni e 3 mesi."))
                .containsExactly("4.0 duration year in prison", "3.0 duration month in prison");
        assertThat(italian.apply("Rossi è stato condannato a cinque anni e nove mesi di reclusione."))
                .containsExactly("5.0 duration year in prison", "9.0 duration month in prison");
        assertThat(italian.apply("Due persone sono morte e nove sono rimaste ferite."))
                .containsExactly("2.0 people killed", "9.0 people injured");
    }

    @Test
    void whatNamesNoKindIsNoFigure() {
        assertThat(read("Marsh, who served six years as treasurer, said nothing.")).as("a bare length").isEmpty();
        assertThat(read("The vote was held on March 14th in Dunmore.")).as("a date").isEmpty();
        // a change of a thing named before its verb is read (ChangeByShareTest); one of no thing is not
        assertThat(read("It has risen 20% since 2024.")).as("a change of nothing named").isEmpty();
        assertThat(read("Trenline said it had offered 4% this year.")).as("no noun").isEmpty();
        assertThat(read("The bridge opened in 1978 in May.")).as("a year").isEmpty();
        assertThat(read("The court sentenced Xu and Wang to 13 and 11 years in prison.")).as("a list of terms")
                .isEmpty();
    }

    @Test
    void countsStayAsTheyWereAndTheOtherKindsAreFiguresOnly() {
        AnalyzedArticle article = TestArticle.analyzed("a",
                "Marsh was sentenced to six years in prison for taking $310m from 4,000 members of the fund.");
        assertThat(article.quantities()).extracting(QuantitySpan::key).containsExactly("money fund", "member");
        assertThat(article.figures()).extracting(QuantitySpan::kind)
                .containsExactly(Kind.DURATION, Kind.COUNT, Kind.COUNT);
    }
}
