package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence alike in every word but its figure ranks as widely told, yet does not back the other's figure. */
class DisputedFigureTest {

    @Test
    void anotherFigureOfTheSameKindIsNoBacking() {
        AnalyzedArticle herald = TestArticle.analyzed("herald",
                "The burned warehouse at the Kellport docks held about 4,000 tonnes of wheat, the port director said.");
        AnalyzedArticle wire = TestArticle.analyzed("wire",
                "The burned warehouse at the Kellport docks held nearly 6,000 tonnes of wheat, the port director said.");
        AnalyzedArticle radio = TestArticle.analyzed("radio",
                "The burned warehouse at the Kellport docks held about 4,000 tonnes of wheat, the port director told us.");
        Story story = new StoryGrouper().group("s", List.of(herald, wire, radio));
        assertThat(story.supportOf(TestArticle.firstSentence(herald))).as("alike: the sentence is widely told").contains("wire", "radio");
        assertThat(story.backingOf(TestArticle.firstSentence(herald))).containsExactly("radio");
        assertThat(story.backingOf(TestArticle.firstSentence(wire))).isEmpty();
    }

    @Test
    void aFigureThatOnlyCanBeTrueTooIsNoBacking() {
        String place = " casas quedaron inundadas en el valle del Tormes, según los bomberos de la provincia.";
        List<AnalyzedArticle> outlets = List.of(TestArticle.analyzed("gaceta", "Unas 800" + place), TestArticle.analyzed("diario", "Más de 200" + place));
        Story story = new StoryGrouper().group("s", outlets);
        assertThat(story.supportOf(TestArticle.firstSentence(outlets.get(0)))).containsExactly("diario");
        assertThat(story.backingOf(TestArticle.firstSentence(outlets.get(0)))).as("more than 200 does not give about 800").isEmpty();
        assertThat(story.backingOf(TestArticle.firstSentence(outlets.get(1)))).as("about 800 is more than 200").containsExactly("gaceta");
    }

    @Test
    void anOutletGivingAnotherFigureElsewhereDoesNotBackThroughAFigurelessSentence() {
        AnalyzedArticle gazzetta = TestArticle.analyzed("gazzetta",
                "Quattro operai sono morti nel crollo del ponte di Valtorre lunedì, ha riferito il sindaco del comune Carlo Ferri.");
        AnalyzedArticle corriere = TestArticle.analyzed("corriere",
                "Sei operai sono morti nel crollo del ponte di Valtorre, secondo i vigili del fuoco della provincia.",
                "\"Siamo sconvolti\", ha riferito il sindaco del comune Carlo Ferri.");
        Story story = new StoryGrouper().group("s", List.of(gazzetta, corriere));
        assertThat(story.supportOf(TestArticle.firstSentence(gazzetta))).as("the mayor's quote is alike").containsExactly("corriere");
        assertThat(story.backingOf(TestArticle.firstSentence(gazzetta))).isEmpty();
    }
}
