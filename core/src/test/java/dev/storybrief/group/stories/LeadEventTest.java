package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.pos.PosTagger;
import org.junit.jupiter.api.Test;

/** The event words of a lead sentence: its first verb that is no verb of telling and the nouns around it. */
class LeadEventTest {

    @Test
    void theVerbAndTheHeadsOfItsNounsAreTheEvent() {
        assertThat(LeadEvent.eventWords(PosTagger.tag("Rebels attacked a village in the west and killed six "
                + "civilians, a military spokesman said Thursday.", 0))).containsExactly("attacked", "Rebels", "village");
    }

    @Test
    void aVerbOfTellingIsPassedOver() {
        assertThat(LeadEvent.eventWords(PosTagger.tag("The police said on Monday that the bridge collapsed.", 0)))
                .first().isEqualTo("collapsed");
    }

    @Test
    void aSentenceWithoutAVerbHasNoEvent() {
        assertThat(LeadEvent.eventWords(PosTagger.tag("PORT ALDREN, Monday (AP)", 0))).isEmpty();
    }
}
