package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Carriers are named after what they run: "X Lines", "X Air Lines", "X Shipping", "X Ferries" are firms, not people,
 * with no cue beside the name. Made-up names.
 */
class CarrierNamesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    @Test
    void linesShippingAndFerriesNameFirms() {
        List<EntityMention> found = recognizer.recognizeDocument(List.of(
                "Orwell Lines cancelled its sailings on Monday.",
                "Kestrane Air Lines grounded four aircraft.",
                "A spokesman for Harrowgate Shipping declined to comment.",
                "Bellmoor Ferries resumed crossings at noon."), Set.of(), Set.of(), "en").stream()
                .flatMap(List::stream).toList();
        assertThat(found).extracting(EntityMention::text, EntityMention::type).contains(
                tuple("Orwell Lines", EntityType.ORGANIZATION), tuple("Kestrane Air Lines", EntityType.ORGANIZATION),
                tuple("Harrowgate Shipping", EntityType.ORGANIZATION), tuple("Bellmoor Ferries", EntityType.ORGANIZATION));
        assertThat(found).noneMatch(m -> m.type() == EntityType.PERSON);
    }
}
