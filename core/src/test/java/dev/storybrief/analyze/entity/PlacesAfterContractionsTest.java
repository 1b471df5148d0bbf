package dev.storybrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Places after a preposition joined to its article (German "im", "am", "vom", "zum"; Italian "nell'", "sull'",
 * "dall'", "dell'"), amounts that are no places ("in Millionenhöhe"), and a body after "according to" and an elided
 * article ("secondo l'Anas"). Made-up names.
 */
class PlacesAfterContractionsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<EntityMention> mentions(String language, String... sentences) {
        return recognizer.recognizeDocument(List.of(sentences), Set.of(), Set.of(), language).stream()
                .flatMap(List::stream).toList();
    }

    private List<String> places(String language, String... sentences) {
        return mentions(language, sentences).stream().filter(m -> m.type() == EntityType.PLACE)
                .map(EntityMention::text).toList();
    }

    @Test
    void germanRegionsLakesAndForestsAfterContractions() {
        assertThat(places("de", "Im Wendelland hat ein Sturm Dächer abgedeckt.",
                "Auch am Kornsee und vom Hohenwald bis zum Aschgau fielen Bäume."))
                .containsExactlyInAnyOrder("Wendelland", "Kornsee", "Hohenwald", "Aschgau");
        // common nouns built the same way, and the nouns such contractions take far more often
        assertThat(places("de", "Die Helfer waren im Ausland und im Einsatz, am Stausee blieb es ruhig."))
                .isEmpty();
    }

    @Test
    void germanAmountsAreNoPlaces() {
        assertThat(places("de", "Der Sturm richtete Schäden in Millionenhöhe an.",
                "Das Land zahlt Hilfen in Milliardenhöhe.")).isEmpty();
    }

    @Test
    void italianElidedPrepositions() {
        assertThat(places("it", "Le famiglie evacuate nell'Orvana sono state ospitate a Valdoria.",
                "Il livello sull'Ardena è salito di un metro.", "I volontari arrivati dall'Umbrella hanno aiutato.",
                "Il sindaco dell'Olmeta ha chiesto aiuto."))
                .containsExactlyInAnyOrder("Orvana", "Valdoria", "Ardena", "Umbrella", "Olmeta");
        // the agent of a passive is no place
        assertThat(places("it", "La strada è gestita dall'Anvis da anni.")).isEmpty();
    }

    @Test
    void aBodyAfterAccordingToAndAnArticle() {
        assertThat(mentions("it", "La strada è chiusa, secondo l'Anvis.", "Secondo l'Arvo, piove ancora."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Anvis", EntityType.ORGANIZATION), tuple("Arvo", EntityType.ORGANIZATION));
        assertThat(mentions("es", "Según el Infovar, trabajan 300 efectivos."))
                .extracting(EntityMention::text, EntityMention::type).contains(tuple("Infovar", EntityType.ORGANIZATION));
    }
}
