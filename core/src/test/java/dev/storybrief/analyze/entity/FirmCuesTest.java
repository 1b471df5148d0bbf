package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Firms named with no legal form, found by how news introduces a company: an office only a business has after the
 * name, the analysts it employs, the kind of firm before it ("the retailer", "die Spedition", "le transporteur"), and
 * a body after "according to" and its article ("Según la Guardia Civil"). Made-up names.
 */
class FirmCuesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> firms(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).filter(m -> m.type() == EntityType.ORGANIZATION).map(EntityMention::text)
                .toList();
    }

    @Test
    void anOfficeOnlyABusinessHasNamesTheFirmBeforeIt() {
        assertThat(firms("en", "Torvex chief executive Helen Marsh said the deal was off.",
                "The cuts were unavoidable, Kelvane's chief executive told reporters.",
                "Analysts at Carbury said the sector was weak.", "The retailer Pennard will also cut jobs."))
                .containsExactly("Torvex", "Kelvane", "Carbury", "Pennard");
        // a person has a spokesman too: that says nothing of a firm
        assertThat(firms("en", "A Brastow spokesman declined to comment.")).isEmpty();
    }

    @Test
    void aKindOfFirmBeforeTheNameInOtherLanguages() {
        assertThat(firms("de", "Die Spedition Allgau Trans äußerte sich nicht.",
                "Der Chemiekonzern Velbrand will zahlen.")).containsExactly("Allgau Trans", "Velbrand");
        assertThat(firms("fr", "Le transporteur Vialor a refusé de commenter.")).containsExactly("Vialor");
        assertThat(firms("nl", "De verzekeraar Dijkzorg betaalt de schade.")).containsExactly("Dijkzorg");
    }

    @Test
    void theArticleAfterAccordingToIsNoPartOfTheBody() {
        assertThat(firms("es", "Según la Guardia Civil, el incendio empezó por una chispa.")).containsExactly("Guardia Civil");
        assertThat(firms("pt", "Segundo a Proteção Civil, não há feridos.")).containsExactly("Proteção Civil");
    }
}
