package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two places joined by the language's "and" are two places ("vecinos de Orvalle y Fontera"), the second found also
 * when the preposition is written again ("d'Avrenne et de Castelmont"), and French's elided "d'" introduces a place
 * as "de" does ("près d'Avrenne"). Made-up towns.
 */
class CoordinatedPlacesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> places(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).filter(m -> m.type() == EntityType.PLACE).map(EntityMention::text).toList();
    }

    @Test
    void twoPlacesAfterOnePlaceWordAreTwo() {
        assertThat(places("es", "El fuego obligó a desalojar a 300 vecinos de Orvalle y Fontera, informó el ayuntamiento."))
                .containsExactly("Orvalle", "Fontera");
        assertThat(places("es", "Los bomberos llegaron desde Villarda y Montesa.")).containsExactly("Villarda", "Montesa");
        // a place the gazetteer knows with its "y" stays one
        assertThat(places("es", "Los vecinos de Castilla y León votan hoy.")).containsExactly("Castilla y León");
    }

    @Test
    void englishSecondPlaceAfterOneIn() {
        assertThat(places("en", "Families in Kesvarin and Orrindale had no clean water, Jonas Ekdal said."))
                .containsExactly("Kesvarin", "Orrindale");
        // two people after "in" stay people: the "and" joins places only after the place word
        assertThat(recognizer.recognizeDocument(List.of("He met Tom Harris and Lucy Grant in Dover."), Set.of(),
                Set.of(), "en").get(0)).filteredOn(m -> m.type() == EntityType.PERSON).hasSize(2);
    }

    @Test
    void frenchElidedDeIntroducesAPlaceAndIsRepeated() {
        assertThat(places("fr", "Un incendie s'est déclaré près d'Avrenne dans la nuit."))
                .containsExactly("Avrenne");
        assertThat(places("fr", "Les pompiers venus d'Avrenne et de Castelmont ont maîtrisé le feu."))
                .containsExactly("Avrenne", "Castelmont");
        // the particle of a name stays inside it
        assertThat(recognizer.recognizeDocument(List.of("L'ancien président Valéry Giscard d'Estaing a parlé."),
                Set.of(), Set.of(), "fr").get(0)).extracting(EntityMention::text).containsExactly("Valéry Giscard d'Estaing");
    }

    @Test
    void aNameAfterAnElidedArticleIsTokenisedApart() {
        Tokenizer tokenizer = new Tokenizer(Lexicon.standard());
        assertThat(tokenizer.tokenize("près d'Avrenne et dell'Adda, selon L'Oréal")).extracting(Token::text)
                .containsExactly("près", "d'", "Avrenne", "et", "dell'", "Adda", ",", "selon", "L'Oréal");
    }
}
