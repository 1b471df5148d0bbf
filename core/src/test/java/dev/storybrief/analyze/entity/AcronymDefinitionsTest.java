package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A body's name written once with its acronym in brackets is found whole, in the languages that write part of it in
 * lower case or as capitalised adjectives, and the acronym written alone later joins it. Made-up bodies.
 */
class AcronymDefinitionsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> mentions(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).toList();
    }

    private List<String> organisations(String language, String... sentences) {
        return mentions(language, sentences).stream().filter(m -> m.type() == EntityType.ORGANIZATION)
                .map(EntityMention::text).toList();
    }

    @Test
    void aLongFormInLowerCaseIsFoundBeforeItsAcronym() {
        assertThat(organisations("fr", "Le préfet a indiqué que l'Office régional des eaux (ORE) surveillait la rivière."))
                .containsExactly("Office régional des eaux", "ORE");
        assertThat(organisations("pt", "A Agência Regional do Litoral (ARL) alertou para novas cheias."))
                .containsExactly("Agência Regional do Litoral", "ARL");
    }

    @Test
    void compoundsGiveMoreThanOneLetter() {
        // German and Dutch abbreviate the parts of a compound: "Hilfswerk" gives H and W
        assertThat(organisations("de", "Das Technische Katastrophenhilfswerk (TKHW) schickte 80 Helfer."))
                .containsExactly("Technische Katastrophenhilfswerk", "TKHW");
        assertThat(organisations("nl", "Het Rijksinstituut voor Waterbeheer en Dijken (RIWD) meet het peil."))
                .containsExactly("Rijksinstituut voor Waterbeheer en Dijken", "RIWD");
    }

    @Test
    void theAcronymAloneLaterMergesWithTheLongForm() {
        List<EntityMention> found = mentions("de", "Das Technische Katastrophenhilfswerk (TKHW) schickte 80 Helfer.",
                "Ein Sprecher des TKHW sagte, der Pegel sinke.");
        List<CanonicalEntity> merged = new AliasMerger().merge(found);
        assertThat(merged).filteredOn(e -> e.type() == EntityType.ORGANIZATION).singleElement()
                // the long form in its base form ("Das Technische ..." names "Technisches ...", GermanBodies)
                .satisfies(e -> assertThat(e.aliases()).contains("Technisches Katastrophenhilfswerk", "TKHW"));
    }

    @Test
    void everyWordButTheSmallOnesMustGiveItsInitial() {
        assertThat(NameVariants.isAcronymOf("ARL", List.of("Agência", "Regional", "do", "Litoral"))).isTrue();
        assertThat(NameVariants.isAcronymOf("AR", List.of("Agência", "Regional", "do", "Litoral"))).isFalse();
        assertThat(NameVariants.isAcronymOf("TKHW", List.of("Technische", "Katastrophenhilfswerk"))).isTrue();
        assertThat(NameVariants.isAcronymOf("TX", List.of("Technische", "Katastrophenhilfswerk"))).isFalse();
        // nothing but words before the bracket: a clause ending in a name is no long form of it
        assertThat(organisations("en", "Officials said, Brenmoor Water (BW) would pay.")).contains("Brenmoor Water");
    }
}
