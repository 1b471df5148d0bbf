package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Places found by how each language introduces one ("près de", "vicino a", "bij", "nahe", "cerca de", "perto de"), and
 * what such a word does not make a place: a person spoken to, a German bare noun, the noun after a German town.
 * Made-up towns and sentences, so no gazetteer knows them.
 */
class PlacePrepositionsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> places(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).filter(m -> m.type() == EntityType.PLACE).map(EntityMention::text).toList();
    }

    @Test
    void french() {
        assertThat(places("fr", "Un camion s'est renversé près de Brovelles, sur la départementale.",
                "Un chalutier a sombré au large de Sarnac dans la nuit.",
                "Les blessés ont été conduits à Morvignan puis vers Castelrou.",
                "La route reste fermée entre Pélissanne-le-Vieux et Le Trabuc."))
                .containsExactly("Brovelles", "Sarnac", "Morvignan", "Castelrou", "Pélissanne-le-Vieux", "Le Trabuc");
    }

    @Test
    void italian() {
        assertThat(places("it", "Un treno è deragliato vicino a Valdorsa, sulla linea per Sondralo.",
                "Nei pressi di Colvina la linea resterà chiusa.", "I feriti sono stati portati a Bremosca."))
                .containsExactly("Valdorsa", "Colvina", "Bremosca");
        // the "a" of a verb of saying or asking is to a person, whatever name follows
        assertThat(places("it", "Il sindacato ha chiesto a Bellandi di dimettersi.")).isEmpty();
    }

    @Test
    void dutch() {
        assertThat(places("nl", "Bij Oudervelde is een vrachtwagen gekanteld.", "Nabij Houtwijk werden woningen ontruimd.",
                "De chauffeur was op weg naar Den Bosch.", "Tussen Vianerveen en Culemhoven stond file."))
                .containsExactly("Oudervelde", "Houtwijk", "Den Bosch", "Vianerveen", "Culemhoven");
    }

    @Test
    void german() {
        assertThat(places("de", "Bei Lindrach ist ein Tanklastzug verunglückt.", "Nahe Nonnenried wurden Häuser geräumt.",
                "Der Fahrer war auf dem Weg nach Bregwald.", "Zwischen Hergenstein und Sigmarsried staute sich der Verkehr."))
                .containsExactly("Lindrach", "Nonnenried", "Bregwald", "Hergenstein", "Sigmarsried");
    }

    @Test
    void aGermanTownEndsBeforeTheNounAfterIt() {
        assertThat(places("de", "In Lindrach Gelder der Stadt sollen fließen.")).containsExactly("Lindrach");
        // a town's name of two words opens with a word that opens towns' names
        assertThat(places("de", "Der Zug fuhr nach Bad Kornheim.")).containsExactly("Bad Kornheim");
    }

    @Test
    void aGermanBareNounAfterAPrepositionIsNoPlace() {
        assertThat(places("de", "Nach Angaben der Polizei wurde niemand verletzt.",
                "Die Strecke wurde aus Sicherheitsgründen gesperrt.")).isEmpty();
        // nouns German prepositions take with no article, and its capitalised days and months
        assertThat(places("de", "Die Bewohner kehrten am Abend nach Hause zurück.", "Viele blieben aus Angst fern.",
                "Die Straße bleibt bis Dienstag gesperrt.", "Die Arbeiten dauern bis März.")).isEmpty();
    }

    @Test
    void spanish() {
        assertThat(places("es", "Un incendio obligó a desalojar casas cerca de Almenarilla.",
                "Los bomberos llegaron desde Castellar y Saguntillo.", "Junto a Benavedre el fuego avanzó hacia Quartelló."))
                .containsExactly("Almenarilla", "Castellar", "Saguntillo", "Benavedre", "Quartelló");
    }

    @Test
    void portuguese() {
        assertThat(places("pt", "Um deslizamento cortou a estrada perto de Lamedo.", "Perto de Resendim outra estrada ficou cortada.",
                "Os feridos foram levados para Vila Realenga.", "Junto a Armavela a linha está fechada."))
                .containsExactly("Lamedo", "Resendim", "Vila Realenga", "Armavela");
    }

    @Test
    void theSecondOfTwoPlacesAfterOneLocutionIsAPlaceToo() {
        assertThat(places("nl", "De hulpdiensten kwamen uit Apelwoud en Zwolderveen.")).containsExactly("Apelwoud", "Zwolderveen");
        assertThat(places("de", "Die Helfer kamen aus Vilsried und Deggenau.")).containsExactly("Vilsried", "Deggenau");
    }
}
