package dev.storybrief.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sentences a page glued together when it lost the space after a full stop are split again; a domain written with a
 * capital and an abbreviation stay whole. Made-up sentences.
 */
class GluedSentencesTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void aFullStopWithoutItsSpaceStillEndsASentence() {
        assertThat(splitter.split("The robot was knocked over at a depot last year.Since then, the firm has added"
                + " cameras to every unit.Police said the man faces two charges."))
                .containsExactly("The robot was knocked over at a depot last year.",
                        "Since then, the firm has added cameras to every unit.",
                        "Police said the man faces two charges.");
    }

    @Test
    void aCapitalisedDomainAndATitleAreNoSentenceEnd() {
        assertThat(splitter.split("Shares of Amazon.Com Inc. rose 4 percent in early trading on the news."))
                .hasSize(1);
        assertThat(splitter.split("The talks were chaired by Gen. Okafor and ended without a deal."))
                .hasSize(1);
    }
}
