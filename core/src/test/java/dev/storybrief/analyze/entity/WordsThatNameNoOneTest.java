package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Capitalised words a reader does not take for a name of the kind the rules gave them: a gerund opening an English
 * sentence ("Fighting continued"), an assembly after a preposition of place ("in Parlamento"), a French town read as a
 * German feminine office by its ending. Made-up names.
 */
class WordsThatNameNoOneTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> mentions(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).toList();
    }

    @Test
    void anEnglishGerundOpeningTheSentenceIsNoPerson() {
        assertThat(mentions("en", "Fighting continued near Kesvarin on Monday.", "Shelling resumed after dark."))
                .noneMatch(m -> m.type() == EntityType.PERSON);
        // a surname in "-ing" before a verb of saying is still one
        assertThat(mentions("en", "Harling said the convoy would leave at dawn."))
                .extracting(EntityMention::text).containsExactly("Harling");
    }

    @Test
    void anAssemblyAfterAPrepositionOfPlaceIsNoPlace() {
        assertThat(mentions("it", "La questione sarà discussa in Parlamento la prossima settimana."))
                .noneMatch(m -> m.type() == EntityType.PLACE);
        assertThat(mentions("fr", "Le texte sera voté au Sénat mardi, puis à Brovelles."))
                .filteredOn(m -> m.type() == EntityType.PLACE).extracting(EntityMention::text).containsExactly("Brovelles");
    }

    @Test
    void frenchAndGermanAccordingToOpeningTheSentenceIsNoPartOfTheName() {
        // "Selon la DGCV" as one name kept the acronym apart from its long form in the briefing
        assertThat(mentions("fr", "Selon la DGCV, les vols vers Brovelles ont été annulés."))
                .extracting(EntityMention::text).contains("DGCV").noneMatch(t -> t.startsWith("Selon"));
        assertThat(mentions("de", "Laut Feuerwehrverband Kornheim brannte die Halle."))
                .extracting(EntityMention::text).noneMatch(t -> t.startsWith("Laut"));
    }

    @Test
    void aFrenchTownEndingInOrinIsNoGermanOffice() {
        assertThat(mentions("fr", "Le conducteur, originaire de Valmorin, a été transporté à Toulon."))
                .extracting(EntityMention::text).contains("Valmorin");
        assertThat(GermanOffices.isOffice("Direktorin")).isTrue();
        assertThat(GermanOffices.isOffice("Professorin")).isTrue();
        assertThat(GermanOffices.isOffice("Valmorin")).isFalse();
    }
}
