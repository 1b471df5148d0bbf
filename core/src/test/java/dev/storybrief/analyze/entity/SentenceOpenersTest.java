package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A courtesy title after a preposition of place opens a person's name, not a place's; a Czech or Polish preposition
 * the sentence's start capitalised is no part of the name after it, nor is English's "I'm"; time zones and agreements
 * are no entities. Made-up names.
 */
class SentenceOpenersTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> of(EntityType type, String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).filter(m -> m.type() == type).map(EntityMention::text).toList();
    }

    @Test
    void aCourtesyTitleAfterAPrepositionOpensNoPlace() {
        assertThat(of(EntityType.PLACE, "fr", "Un soldat a serré la main à M. Varennes.")).isEmpty();
    }

    @Test
    void aCapitalisedSlavicPrepositionOpensNoName() {
        assertThat(of(EntityType.PLACE, "cs", "Na Horní Lhotce zemřeli tři lidé.")).containsExactly("Horní Lhotce");
        assertThat(of(EntityType.PERSON, "cs", "Na Horní Lhotce zemřeli tři lidé.")).isEmpty();
        // "Podle" (according to) may stand before a person, who stays one
        assertThat(of(EntityType.PERSON, "cs", "Podle Jana Dvořáka je most bezpečný.")).containsExactly("Jana Dvořáka");
    }

    @Test
    void aPresentersSignOnGivesTheNameWithoutThePronoun() {
        assertThat(of(EntityType.PERSON, "en", "Good evening, I'm Tessa Marlowe and this is the news."))
                .containsExactly("Tessa Marlowe");
    }

    @Test
    void timeZonesAndAgreementsAreNoEntities() {
        assertThat(recognizer.recognizeDocument(List.of("The blast came at 8:50 (0750 UTC), police said.",
                "The Elmvale Peace Accords ended the war.", "Trading opened at 0900 GMT."), Set.of(), Set.of(), "en")
                .stream().flatMap(List::stream).map(EntityMention::text)).isEmpty();
    }
}
