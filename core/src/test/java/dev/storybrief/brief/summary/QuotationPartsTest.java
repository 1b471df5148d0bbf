package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quotation of several sentences is weighed by its inner sentences. The sentences are made up. */
class QuotationPartsTest {
    @Test
    void aQuotationOfSeveralSentencesSplitsAtItsInnerBreaks() {
        assertThat(QuotationParts.innerSentences(
                "\"The river is high. We will close the bridge tonight,\" said the mayor, Ann Holt."))
                .containsExactly("\"The river is high.",
                        "We will close the bridge tonight,\" said the mayor, Ann Holt.");
        assertThat(QuotationParts.innerSentences("The bridge will close at 6 p.m. on Friday.")).hasSize(1);
        assertThat(QuotationParts.innerSentences("« Le feu est fixé. Il reste actif », a dit la préfète."))
                .hasSize(2);
    }
}
