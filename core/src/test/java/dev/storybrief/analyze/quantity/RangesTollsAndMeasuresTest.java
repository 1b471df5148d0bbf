package dev.storybrief.analyze.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Qualifier;
import dev.storybrief.model.QuantitySpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A range is both its ends, a toll's bare number counts the toll's victims, a figure's conversion in parentheses is
 * the same figure, and amounts know their currency. Made-up sentences.
 */
class RangesTollsAndMeasuresTest {
    private final QuantityExtractor extractor = new QuantityExtractor();

    @Test
    void aRangeIsReadWithBothEnds() {
        String sentence = "Rescuers said between 40 and 60 people were still missing in Dunmore.";
        QuantitySpan q = extractor.extract(sentence).get(0);
        assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(q.text()).isEqualTo("between 40 and 60 people");
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.low()).isEqualTo(40);
        assertThat(q.high()).isEqualTo(60);
        assertThat(extractor.extract(sentence)).hasSize(1);
        QuantitySpan about50 = extractor.extract("About 50 people were still missing, rescuers said.").get(0);
        QuantitySpan exactly70 = extractor.extract("Exactly 70 people were still missing, rescuers said.").get(0);
        assertThat(q.agreesWith(about50)).isTrue();
        assertThat(q.agreesWith(exactly70)).isFalse();
        QuantitySpan millions = extractor.extract("The repairs will cost between 2 and 3 million dollars.").get(0);
        assertThat(millions.low()).isEqualTo(2e6);
        assertThat(millions.high()).isEqualTo(3e6);
    }

    /** The same range in French, German, Spanish, Italian and Portuguese: read with both ends, at its high end. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "fr | Selon la police, entre 40 et 60 personnes sont toujours portées disparues. | entre 40 et 60 personnes",
            "fr | De 40 à 60 personnes sont toujours portées disparues.                       | De 40 à 60 personnes",
            "de | Nach Angaben der Polizei werden zwischen 40 und 60 Menschen vermisst.       | zwischen 40 und 60 Menschen",
            "de | Nach Angaben der Polizei werden 40 bis 60 Menschen vermisst.                | 40 bis 60 Menschen",
            "es | Según la policía, entre 40 y 60 personas siguen desaparecidas.             | entre 40 y 60 personas",
            "it | Secondo la polizia, tra 40 e 60 persone risultano disperse.                | tra 40 e 60 persone",
            "pt | Segundo a polícia, entre 40 e 60 pessoas continuam desaparecidas.          | entre 40 e 60 pessoas",
            "pt | De 40 a 60 pessoas continuam desaparecidas, segundo a polícia.             | De 40 a 60 pessoas"})
    void aRangeIsReadWithBothEndsInOtherLanguages(String language, String sentence, String text) {
        QuantitySpan q = QuantityRules.forLanguage(language).extract(sentence, 0, 0).get(0);
        assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(q.text()).startsWith(text);
        assertThat(sentence.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.low()).isEqualTo(40);
        assertThat(q.high()).isEqualTo(60);
        assertThat(q.key()).isEqualTo("people");
        assertThat(QuantityRules.forLanguage(language).extract(sentence, 0, 0)).as("the low end is no count of its own")
                .hasSize(1);
    }

    @Test
    void aRangesLowEndTakesItsHighEndsMagnitudeInOtherLanguages() {
        QuantitySpan q = QuantityRules.forLanguage("it").extract("I danni ammontano da 2 a 3 milioni di euro.", 0, 0)
                .get(0);
        assertThat(q.low()).isEqualTo(2e6);
        assertThat(q.high()).isEqualTo(3e6);
        // a descending pair is no range: the figure stands alone
        assertThat(QuantityRules.forLanguage("fr").extract("Entre 60 et 40 personnes sont portées disparues.", 0, 0)
                .get(0).qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void aTollsBareNumberCountsItsVictims() {
        assertThat(extractor.extract("The death toll from the Brennock Dam collapse has risen to 27, police said."))
                .singleElement().satisfies(q -> {
                    assertThat(q.value()).isEqualTo(27);
                    assertThat(q.key()).isEqualTo("people killed");
                });
        assertThat(extractor.extract("The number of people injured in the blast rose to 45 on Tuesday."))
                .singleElement().satisfies(q -> assertThat(q.key()).isEqualTo("people injured"));
        // a number of another clause of the sentence is not the toll
        assertThat(extractor.extract("The toll stood unchanged, and crews worked until 22 on the dam.")).isEmpty();
    }

    @Test
    void aConversionInParenthesesIsTheSameFigure() {
        List<QuantitySpan> found = annotate("Floodwater covered about 15 km (9 miles) of the valley floor below the dam.")
                .quantities();
        assertThat(found).extracting(QuantitySpan::text).containsExactly("about 15 km");
        assertThat(annotate("The fund holds £2 million ($2.5 million) for repairs to the dam.").quantities())
                .extracting(QuantitySpan::text).containsExactly("£2 million");
        // two figures of different measures side by side stay two
        assertThat(annotate("Floodwater covered about 15 km (9,000 homes) below the dam.").quantities()).hasSize(2);
    }

    @Test
    void distancesAreMetresAndAmountsHaveACurrency() {
        QuantitySpan km = extractor.extract("The slide covered about 8 km of road.").get(0);
        QuantitySpan miles = extractor.extract("The slide covered about 11 miles of road.").get(0);
        assertThat(Measures.metres(km)).hasValue(1000);
        assertThat(Measures.metres(miles)).hasValue(1609.344);
        QuantitySpan pounds = extractor.extract("The compensation fund holds £2 million.").get(0);
        QuantitySpan dollars = extractor.extract("The compensation fund holds $2.5 million.").get(0);
        QuantitySpan dollarWords = extractor.extract("The compensation fund holds 3 million dollars.").get(0);
        assertThat(Measures.currency(pounds)).hasValue("pound");
        assertThat(Measures.currency(dollars)).hasValue("dollar");
        assertThat(Measures.sameCurrency(pounds, dollars)).isFalse();
        assertThat(Measures.sameCurrency(dollars, dollarWords)).isTrue();
    }

    private static AnalyzedArticle annotate(String text) {
        return AnnotatorChain.standard().annotate(new Article("a", null, null, null, null, null, null, List.of(text), List.of()));
    }
}
