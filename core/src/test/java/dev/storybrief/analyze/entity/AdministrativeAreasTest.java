package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Places named after the noun of their unit of government ("Landkreis", "comté de", "contea di") or after an office
 * held over them ("de burgemeester van"), and an Italian sentence that opens on "Nell'" before a place. Made-up names.
 */
class AdministrativeAreasTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> places(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).filter(m -> m.type() == EntityType.PLACE).map(EntityMention::text).toList();
    }

    @Test
    void germanUnitNounsBeforeTheName() {
        assertThat(places("de", "Im Landkreis Wendelsried fiel der Strom aus.", "Der Kreis Ahrmoor meldete drei Verletzte.",
                "Im Bezirk Lindenhof brannte eine Halle.", "Ein Sprecher der Stadt Kornheim sagte, die Brücke bleibe zu.",
                "Die Feuerwehr im Landkreis Bad Wendel war im Einsatz."))
                .containsExactly("Wendelsried", "Ahrmoor", "Lindenhof", "Kornheim", "Bad Wendel");
    }

    @Test
    void romanceCountiesAndProvinces() {
        assertThat(places("fr", "Le comté de Ballykern a été touché par la tempête.",
                "Les pompiers du canton de Vermont-sur-Lac sont intervenus.")).containsExactly("Ballykern",
                "Vermont-sur-Lac");
        assertThat(places("it", "La contea di Ballykern ha chiuso le scuole.")).containsExactly("Ballykern");
        assertThat(places("es", "El condado de Ballykern cerró las escuelas.")).containsExactly("Ballykern");
    }

    @Test
    void dutchMayorOfATown() {
        assertThat(places("nl", "De burgemeester van Holtewijk zei dat de dijk hield.",
                "De inwoners van Brakelo moesten hun huizen verlaten.")).containsExactly("Holtewijk", "Brakelo");
    }

    @Test
    void italianSentenceOpeningOnInThe() {
        assertThat(places("it", "Nell'Alto Verdino la pioggia ha causato frane.",
                "Sull'Adrena sono crollati due ponti.")).containsExactly("Alto Verdino", "Adrena");
        // a lower-case word after it is no name, and "Dell'" opens surnames
        assertThat(places("it", "Nell'incidente sono morte due persone.",
                "Dell'Orsana ha detto che la strada è chiusa.")).isEmpty();
    }
}
