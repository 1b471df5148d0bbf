package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.TestArticle;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An outlet backs a sentence only when it states the same figures: two sentences alike in every word but a prison
 * term, an amount or a flight count tell different facts, in one language or across two; and across languages a
 * shared place and day are not enough.
 */
class SupportGivesTheSameFiguresTest {

    @Test
    void anotherPrisonTermDoesNotBack() {
        AnalyzedArticle tide = TestArticle.analyzed("tide",
                "Former Pellan harbour chief Otto Brask was sentenced on Monday to six years in prison for fraud.");
        AnalyzedArticle star = TestArticle.analyzed("star",
                "Former Pellan harbour chief Otto Brask was sentenced on Monday to seven years in prison for fraud.");
        AnalyzedArticle post = TestArticle.analyzed("post",
                "Former Pellan harbour chief Otto Brask was sentenced on Monday to six years in prison for fraud at the port.");
        Story story = new StoryGrouper().group("s", List.of(tide, star, post));
        assertThat(story.supportOf(TestArticle.firstSentence(star))).as("alike in words").contains("tide", "post");
        assertThat(story.shownBackingOf(TestArticle.firstSentence(star))).isEmpty();
        assertThat(story.shownBackingOf(TestArticle.firstSentence(tide))).containsExactly("post");
    }

    @Test
    void anotherAmountDoesNotBack() {
        AnalyzedArticle gazette = TestArticle.analyzed("gazette",
                "The Vorn council voted on Friday to close the town pool, citing a $2 million repair bill.");
        AnalyzedArticle weekly = TestArticle.analyzed("weekly",
                "The Vorn council voted on Friday to close the town pool, which needs $3 million of repairs.");
        AnalyzedArticle radio = TestArticle.analyzed("radio",
                "The Vorn council voted on Friday to close the town pool, citing a $2.0 million repair bill.");
        Story story = new StoryGrouper().group("s", List.of(gazette, weekly, radio));
        assertThat(story.supportOf(TestArticle.firstSentence(gazette))).as("alike in words").contains("weekly");
        assertThat(story.shownBackingOf(TestArticle.firstSentence(gazette))).containsExactly("radio");
    }

    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text,
                Map.of(MetaKey.PUBLISHED, "2026-05-13"));
    }

    private static Sentence sentenceWith(Story story, String id, String words) {
        return story.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().sentences().stream()
                .filter(s -> s.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void acrossLanguagesAnotherFigureOrOnlyAPlaceAndADayDoNotBack() {
        RawDocument spanish = doc("es", "La huelga de controladores obligó ayer a cancelar 410 vuelos en el aeropuerto "
                + "de Corvela, según el sindicato. Los pasajeros afectados esperaron durante horas en las terminales de "
                + "Corvela. El ministerio pidió a las partes que vuelvan a negociar antes del fin de semana.");
        RawDocument english = doc("en", "The controllers' strike forced the cancellation of 340 flights at Corvela "
                + "airport on Tuesday, the airport operator said. Army engineers set up field kitchens outside the "
                + "terminals of Corvela on Tuesday. The ministry asked both sides to return to talks before the weekend.");
        Story story = Storybrief.builder().build().story("s", List.of(spanish, english), new ArrayList<>());
        assertThat(story.supportOf(sentenceWith(story, "es", "410 vuelos"))).as("340 is not 410").doesNotContain("en");
        assertThat(story.supportOf(sentenceWith(story, "en", "Army engineers")))
                .as("the Spanish article names the town and the day, not the engineers").doesNotContain("es");
    }

    @Test
    void anotherPrisonTermDoesNotBackInSpanishOrGerman() {
        AnalyzedArticle sur = TestArticle.analyzed("sur",
                "El empresario Tomás Aguirre fue condenado el jueves a seis años de prisión por la Audiencia de Almares.");
        AnalyzedArticle correo = TestArticle.analyzed("correo",
                "El empresario Tomás Aguirre fue condenado el jueves a siete años de prisión por la Audiencia de Almares.");
        AnalyzedArticle onda = TestArticle.analyzed("onda",
                "El empresario Tomás Aguirre fue condenado el jueves a seis años de prisión por la Audiencia Provincial de Almares.");
        Story story = new StoryGrouper().group("s", List.of(sur, correo, onda));
        assertThat(story.supportOf(TestArticle.firstSentence(correo))).as("alike in words").contains("sur", "onda");
        assertThat(story.shownBackingOf(TestArticle.firstSentence(correo))).isEmpty();
        assertThat(story.shownBackingOf(TestArticle.firstSentence(sur))).containsExactly("onda");

        AnalyzedArticle morgen = TestArticle.analyzed("morgen",
                "Der Stürmer Mateo Arrieta unterschrieb am Freitag in Harwick einen Vertrag über vier Jahre.");
        AnalyzedArticle blatt = TestArticle.analyzed("blatt",
                "Der Stürmer Mateo Arrieta unterschrieb am Freitag in Harwick einen Vertrag über fünf Jahre.");
        Story german = new StoryGrouper().group("d", List.of(morgen, blatt));
        assertThat(german.supportOf(TestArticle.firstSentence(morgen))).as("alike in words").contains("blatt");
        assertThat(german.shownBackingOf(TestArticle.firstSentence(morgen))).isEmpty();
    }

    @Test
    void acrossLanguagesNamesDoNotBackAFigureNorADenial() {
        RawDocument spanish = doc("es", "El Harwick United pagará 40 millones de euros al Real Costanera por Mateo "
                + "Arrieta, según fuentes del club. «Arrieta no está en venta», dijo el presidente del Real Costanera, "
                + "Ramón Ibarra. Arrieta marcó 19 goles con el Real Costanera la pasada temporada.");
        RawDocument english = doc("en", "Mateo Arrieta completed his move from Real Costanera to Harwick United after "
                + "passing a medical. Real Costanera president Ramón Ibarra said the club had received a fair price for "
                + "the striker. Mateo Arrieta scored 19 goals for Real Costanera last season.");
        Story story = Storybrief.builder().build().story("s", List.of(spanish, english), new ArrayList<>());
        assertThat(story.supportOf(sentenceWith(story, "es", "40 millones")))
                .as("a sentence without the sum does not back it").doesNotContain("en");
        assertThat(story.supportOf(sentenceWith(story, "es", "no está en venta")))
                .as("a denial is not backed by a sentence that denies nothing").doesNotContain("en");
        assertThat(story.supportOf(sentenceWith(story, "es", "19 goles"))).as("the same figure").contains("en");
    }
}
