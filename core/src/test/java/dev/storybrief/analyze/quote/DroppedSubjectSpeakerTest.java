package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spanish, Italian and Portuguese drop the subject their verb carries: a sentence that says with no subject of its own
 * is the person's whom the sentence right before names alone. Made-up text.
 */
class DroppedSubjectSpeakerTest {


    private List<String> speakers(String language, String... sentences) {
        return QuotesOf.speakers(language, sentences);
    }

    @Test
    void aSentenceWithoutSubjectIsThePreviousSentencesPersons() {
        assertThat(speakers("es", "El alcalde de Villanueva, Andrés Molina, visitó el puente el lunes.",
                "Calificó el proyecto de «una chapuza» y dijo que el ayuntamiento lo revisará."))
                .containsExactly("Andrés Molina");
        assertThat(speakers("pt", "O prefeito Carlos Medeiros visitou a ponte na segunda-feira.",
                "Afirmou que a obra foi «um desastre completo»."))
                .containsExactly("Carlos Medeiros");
        assertThat(speakers("it", "Il sindaco Paolo Rinaldi ha visitato il ponte lunedì.",
                "«È una vergogna», ha detto."))
                .containsExactly("Paolo Rinaldi");
    }

    /** A person named earlier but not in the sentence right before, or two people there: the rule credits nobody. */
    @Test
    void onlyTheSentenceRightBeforeNamingOnePersonCounts() {
        assertThat(speakers("es", "El alcalde Andrés Molina y la concejala Lucía Prieto visitaron el puente.",
                "Calificó el proyecto de «una chapuza» y dijo que el ayuntamiento lo revisará."))
                .containsExactly((String) null);
        assertThat(speakers("es", "El alcalde Andrés Molina visitó el puente.", "Las obras empezaron en marzo.",
                "Calificó el proyecto de «una chapuza» ante la prensa."))
                .containsExactly((String) null);
    }

    /** English writes its subjects: the rule is not read there. */
    @Test
    void englishIsNotRead() {
        assertThat(speakers("en", "Mayor Andrew Mole visited the bridge on Monday.",
                "Called the project \u201ca botch\u201d on the radio."))
                .containsExactly((String) null);
    }
}
