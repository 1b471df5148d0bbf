package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Surnames with a particle of two words ("van der", "von der", "de los") are kept whole, in Dutch, German and
 * Spanish, after an office too; a second "van" after such a name says where the person is from. Made-up names.
 */
class NameParticlesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> mentions(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).toList();
    }

    @Test
    void dutchVanDerAfterAnOfficeAndBeforeThePlaceTheOfficeIsOf() {
        assertThat(mentions("nl", "Burgemeester Femke van der Kolk van Wendelstad zei dat de dijk houdt."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Femke van der Kolk", EntityType.PERSON))
                .noneMatch(t -> t.toList().get(0).toString().contains("Wendelstad")
                        && t.toList().get(1) == EntityType.PERSON);
        assertThat(mentions("nl", "Woordvoerder Sander van den Hoek zei dat de treinen weer rijden."))
                .extracting(EntityMention::text).contains("Sander van den Hoek");
    }

    @Test
    void germanVonDerAfterAnOffice() {
        assertThat(mentions("de", "Landrätin Katharina von der Aue sagte, die Straßen seien frei."))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Katharina von der Aue", EntityType.PERSON));
    }

    @Test
    void spanishDeLosAndASentenceOpenedByTheParticle() {
        List<EntityMention> found = mentions("es",
                "La alcaldesa de Valdeserra, Rosa de los Prados, pidió calma a los vecinos.",
                "De la Huerta dijo que el agua bajará el jueves.");
        assertThat(found).extracting(EntityMention::text).contains("Rosa de los Prados", "De la Huerta")
                .doesNotContain("la Huerta", "Prados");
    }
}
