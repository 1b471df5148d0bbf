package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * German bodies in the genitive and the dative are found by how their names are built, and named in the base form a
 * reader knows. Made-up bodies where the rule needs none of the real ones.
 */
class GermanBodiesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> bodies(String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), "de").stream()
                .flatMap(List::stream).filter(m -> m.type() == EntityType.ORGANIZATION).map(EntityMention::text)
                .toList();
    }

    @Test
    void genitiveAndDativeBodiesAreFound() {
        assertThat(bodies("Die Warnung des Nordischen Wetterdienstes gilt bis Sonntag.",
                "Nach Angaben des Landesamtes für Küstenschutz und Naturschutz stieg das Wasser.",
                "Helfer des Technischen Hilfswerks pumpten die Keller aus.",
                "Ein Zug der Westfälischen Bahn blieb stehen.",
                "Die Freiwillige Feuerwehr Arnstedt rückte aus."))
                .containsExactly("Nordischen Wetterdienstes", "Landesamtes für Küstenschutz und Naturschutz",
                        "Technischen Hilfswerks", "Westfälischen Bahn", "Freiwillige Feuerwehr Arnstedt");
    }

    @Test
    void aCommonNounInTheGenitiveIsNoBody() {
        assertThat(bodies("Das Essen des Hauses war gut.", "Die Kosten des Amtes stiegen.")).isEmpty();
    }

    private static EntityMention body(String text) {
        return new EntityMention(0, text.length(), text, EntityType.ORGANIZATION);
    }

    @Test
    void theBaseFormNamesTheBody() {
        AliasMerger merger = new AliasMerger();
        List<EntityMention> mentions = List.of(
                body("Nordischen Wetterdienstes"),
                body("Nordischer Wetterdienst"),
                body("Technischen Hilfswerks"),
                body("Landesamtes für Küstenschutz"),
                body("Westfälischen Bahn"));
        assertThat(merger.merge(mentions).stream().map(CanonicalEntity::name)).containsExactlyInAnyOrder(
                "Nordischer Wetterdienst", "Technisches Hilfswerk", "Landesamt für Küstenschutz", "Westfälische Bahn");
        // an English name with an adjective-like word is left as written
        assertThat(AliasMerger.normalize("Golden Gate Institute")).isEqualTo("Golden Gate Institute");
    }
}
