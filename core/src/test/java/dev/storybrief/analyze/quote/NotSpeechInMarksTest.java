package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotation marks that hold no one's words: a page's markup left in the copied text ({@code id="…"}) and the title
 * of a programme, book or film after the noun that names it. The article text is made up.
 */
class NotSpeechInMarksTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void markupAttributeValuesAreNoQuotes() {
        List<Quote> quotes = extractor.extract(List.of(
                "<post id=\"88120455\" author=\"@harbourwatch\" datetime=\"2026-03-02\">Ferry cancelled again</post>.",
                "\u201cWe are doing all we can,\u201d the port director said."));
        assertThat(quotes).extracting(Quote::text).containsExactly("We are doing all we can");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("the port director");
    }

    @Test
    void anEqualsSignInProseStillOpensAQuote() {
        assertThat(extractor.extract(List.of("The rule is simple: cost = \u201cwhat we owe,\u201d Mara Quell said.")))
                .extracting(Quote::text).containsExactly("what we owe");
    }

    @Test
    void aTitleAfterTheNounThatNamesItIsNoQuote() {
        List<Quote> quotes = extractor.extract(List.of(
                "Senator Dana Pruitt spoke on the show \u201cMorning Ledger,\u201d where she repeated her plan.",
                "She wrote about it in her memoir, \u201cHard Winters.\u201d",
                "The Ohio Republican said on CBS\u2019s \u201cFace the Valley.\u201d that taxes would fall.",
                "He starred in the film \u201cDrift.\u201d",
                "\u201cWe will cut taxes,\u201d Pruitt said."));
        assertThat(quotes).extracting(Quote::text).containsExactly("We will cut taxes");
    }

    @Test
    void aTitleInSentenceCaseAfterANamingNounInRussian() {
        List<Quote> quotes = new QuoteExtractor().extract(List.of(
                "Вчера вышел фильм \u00abБелый берег\u00bb.",
                "\u00abМы довольны\u00bb, \u2014 сказал режиссёр Олег Ветров."),
                List.of(List.of(), List.of()), "ru");
        assertThat(quotes).extracting(Quote::text).containsExactly("Мы довольны");
    }

    @Test
    void slogansAndWordsSaidAfterOtherNounsStayQuotes() {
        List<Quote> quotes = extractor.extract(List.of(
                "Crowds chanted the slogan \u201cbuild it now\u201d outside the hall.",
                "Pruitt called the plan \u201cReckless.\u201d",
                "The network said: \u201cWe stand by our reporting.\u201d"));
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("build it now", "Reckless.", "We stand by our reporting.");
    }
}
