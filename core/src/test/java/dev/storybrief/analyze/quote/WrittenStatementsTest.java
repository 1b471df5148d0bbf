package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Written words credited to who wrote them: a post copied with its author's signature line, and a statement or
 * letter that speaks for the person or body the article names for it. The article text is made up.
 */
class WrittenStatementsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void aPostCopiedWithItsSignatureIsItsAuthors() {
        List<Quote> quotes = extractor.extract(List.of(
                "The mayor celebrated online.",
                "\u201cThe bridge reopens Monday. Thanks to every crew!\u201d \u2014 Lena Hart (@lenahart) March 2, 2026",
                "\u201cCrews worked all night\u201d \u2014@tomreyes"));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Lena Hart", "@tomreyes");
    }

    @Test
    void aDashAndANameThatGoOnWithMoreWordsAreNoSignature() {
        assertThat(extractor.extract(List.of(
                "\u201cNever again\u201d \u2014 Tom Reyes and his crew (@crew) were tired of waiting for the ferry.")))
                .extracting(Quote::speaker).containsOnlyNulls();
    }

    @Test
    void tweetsAndPostsCreditTheirAuthor() {
        List<Quote> quotes = extractor.extract(List.of(
                "Councillor Tom Reyes tweeted: \u201cFinally some good news #bridge\u201d",
                "\u201cTraffic will be light,\u201d Lena Hart posted on Facebook."));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Tom Reyes", "Lena Hart");
    }

    @Test
    void aStatementSpeaksForWhoeverTheArticleSaysIssuedIt() {
        List<Quote> quotes = extractor.extract(List.of(
                "Harbor Rail sent a statement to reporters on Tuesday.",
                "\u201cThe work is done,\u201d the faxed statement said.",
                "\u201cWe apologise,\u201d said a statement from Dunmore Ferries.",
                "A letter from the mayor's office said: \u201cRoads are open.\u201d"));
        assertThat(quotes).extracting(Quote::speaker)
                .containsExactly("Harbor Rail", "Dunmore Ferries", "the mayor's office");
    }

    @Test
    void aStatementNobodyIsNamedForStaysTheSource() {
        assertThat(extractor.extract(List.of("The ferries stopped at noon.",
                "\u201cNo sailings until further notice,\u201d a statement read.")))
                .extracting(Quote::speaker).containsExactly("a statement");
    }
}
