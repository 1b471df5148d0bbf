package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An outlet backs a sentence only when it says nearly the same: its figures, no denial of it, its quote, most of
 * it. Each case is checked both ways: the sentence that does say the same is still credited.
 */
class SupportSaysTheSameTest {

    @Test
    void aDenialDoesNotBackWhatItDenies() {
        AnalyzedArticle post = TestArticle.analyzed("post", "The port authority said the Kessel ferry terminal would be shut until Friday.");
        AnalyzedArticle courier = TestArticle.analyzed("courier",
                "The port authority denied that the Kessel ferry terminal would be shut until Friday.");
        AnalyzedArticle radio = TestArticle.analyzed("radio", "The port authority said the Kessel ferry terminal would be shut until Friday.");
        Story story = new StoryGrouper().group("s", List.of(post, courier, radio));
        assertThat(story.supportOf(TestArticle.firstSentence(post))).as("alike in words").contains("courier", "radio");
        assertThat(story.backingOf(TestArticle.firstSentence(post))).containsExactly("radio");
        assertThat(story.backingOf(TestArticle.firstSentence(courier))).isEmpty();
    }

    @Test
    void aNegationInAnotherLanguageDoesNotBackEither() {
        AnalyzedArticle zeitung = TestArticle.analyzed("zeitung", "Die Feuerwehr sagte, die Brücke in Altmoor sei nach dem Hochwasser sicher.");
        AnalyzedArticle blatt = TestArticle.analyzed("blatt", "Die Feuerwehr sagte, die Brücke in Altmoor sei nach dem Hochwasser nicht sicher.");
        AnalyzedArticle kurier = TestArticle.analyzed("kurier", "Die Feuerwehr sagte, die Brücke in Altmoor sei nach dem Hochwasser sicher.");
        Story story = new StoryGrouper().group("s", List.of(zeitung, blatt, kurier));
        assertThat(story.backingOf(TestArticle.firstSentence(zeitung))).containsExactly("kurier");
        assertThat(story.backingOf(TestArticle.firstSentence(blatt))).isEmpty();
    }

    @Test
    void aSentenceWithoutTheFigureDoesNotBackIt() {
        AnalyzedArticle herald = TestArticle.analyzed("herald",
                "Mayor Lena Broek of Tarnwick thanked the 250 volunteers who filled sandbags along the Vell river.");
        AnalyzedArticle gazette = TestArticle.analyzed("gazette",
                "Mayor Lena Broek of Tarnwick thanked the volunteers who filled sandbags along the Vell river.");
        AnalyzedArticle times = TestArticle.analyzed("times",
                "Mayor Lena Broek of Tarnwick thanked the 250 volunteers who filled sandbags along the Vell river on Sunday.");
        Story story = new StoryGrouper().group("s", List.of(herald, gazette, times));
        assertThat(story.backingOf(TestArticle.firstSentence(herald))).as("the figure is the news").containsExactly("times");
        assertThat(story.backingOf(TestArticle.firstSentence(gazette))).as("the sentence with the figure gives all it says")
                .contains("herald", "times");
    }

    @Test
    void aQuoteIsBackedOnlyByTheSameQuote() {
        AnalyzedArticle echo = TestArticle.analyzed("echo",
                "\"The roof gave way under the weight of the snow,\" said Orvik mayor Ilse Marten.");
        AnalyzedArticle star = TestArticle.analyzed("star", "Orvik mayor Ilse Marten said the roof gave way under the weight of the snow.");
        AnalyzedArticle news = TestArticle.analyzed("news",
                "\"The roof gave way under the weight of the snow,\" Orvik mayor Ilse Marten said.");
        Story story = new StoryGrouper().group("s", List.of(echo, star, news));
        assertThat(story.backingOf(TestArticle.firstSentence(echo))).containsExactly("news");
        assertThat(story.backingOf(TestArticle.firstSentence(star))).as("the reported speech is in both quotes").contains("echo", "news");
    }

    @Test
    void aSentenceCarryingOnlyAPartOfTheClaimDoesNotBackIt() {
        AnalyzedArticle post = TestArticle.analyzed("post", "Harbour master Ines Kolb said the tanker Vela spilled diesel across Marrow"
                + " bay, fouled two beaches and coated hundreds of seabirds in oil.");
        AnalyzedArticle courier = TestArticle.analyzed("courier", "Harbour master Ines Kolb said the tanker Vela was towed across Marrow bay.");
        AnalyzedArticle radio = TestArticle.analyzed("radio", "Harbour master Ines Kolb said the tanker Vela spilled diesel across Marrow"
                + " bay, fouled two beaches and coated hundreds of seabirds.");
        Story story = new StoryGrouper().group("s", List.of(post, courier, radio));
        assertThat(story.supportOf(TestArticle.firstSentence(post))).as("alike in words").contains("courier", "radio");
        assertThat(story.backingOf(TestArticle.firstSentence(post))).containsExactly("radio");
    }

    @Test
    void anOppositeOutcomeDoesNotBack() {
        AnalyzedArticle diario = TestArticle.analyzed("diario", "Unos 600 vecinos de Almedra siguen sin poder volver a sus casas.");
        AnalyzedArticle gaceta = TestArticle.analyzed("gaceta", "Unos 600 vecinos de Almedra pudieron regresar ayer por la tarde a sus casas.");
        AnalyzedArticle radio = TestArticle.analyzed("radio", "Unos 600 vecinos de Almedra siguen sin poder volver a sus casas tras el incendio.");
        Story story = new StoryGrouper().group("s", List.of(diario, gaceta, radio));
        assertThat(story.backingOf(TestArticle.firstSentence(diario))).containsExactly("radio");
        assertThat(story.backingOf(TestArticle.firstSentence(gaceta))).isEmpty();
    }

    @Test
    void aStateThatGoesOnIsNotBackedByItsEnd() {
        AnalyzedArticle star = TestArticle.analyzed("star", "About 400 residents of Fenholt remain out of their homes after the flood.");
        AnalyzedArticle post = TestArticle.analyzed("post", "About 400 residents of Fenholt were allowed back into their homes after the flood.");
        AnalyzedArticle news = TestArticle.analyzed("news", "About 400 residents of Fenholt still remain out of their homes after the flood.");
        Story story = new StoryGrouper().group("s", List.of(star, post, news));
        assertThat(story.supportOf(TestArticle.firstSentence(star))).as("alike in words").contains("post", "news");
        assertThat(story.backingOf(TestArticle.firstSentence(star))).containsExactly("news");
        assertThat(story.backingOf(TestArticle.firstSentence(post))).isEmpty();
    }

    @Test
    void aPlanIsNotBackedByItsOutcome() {
        AnalyzedArticle gazette = TestArticle.analyzed("gazette",
                "Salvage crews plan to refloat the ferry Aldis from the reef on the high tide, the operator said.");
        AnalyzedArticle broadcast = TestArticle.analyzed("broadcast",
                "Salvage crews refloated the ferry Aldis from the reef on the high tide, the operator said.");
        AnalyzedArticle times = TestArticle.analyzed("times",
                "Salvage crews plan to refloat the ferry Aldis from the reef on the high tide.");
        Story story = new StoryGrouper().group("s", List.of(gazette, broadcast, times));
        assertThat(story.supportOf(TestArticle.firstSentence(gazette))).as("alike in words").contains("broadcast", "times");
        assertThat(story.backingOf(TestArticle.firstSentence(gazette))).containsExactly("times");
        assertThat(story.backingOf(TestArticle.firstSentence(broadcast))).isEmpty();
    }

    /**
     * A sentence sharing only the story's names (the operator, the ferry, the island) and its setting (the grounding
     * every article retells) is not shown as an outlet telling the claim; it still counts as backing for the summary's
     * trimming, which the label is kept apart from.
     */
    @Test
    void aSentenceSharingOnlyTheStoryNamesIsNotShownBesideIt() {
        AnalyzedArticle radio = TestArticle.analyzed("radio", "The operator Brenmoor Lines cancelled all crossings to Tarsel Island "
                + "until Friday after its ferry Aldis ran aground.");
        AnalyzedArticle courier = TestArticle.analyzed("courier", "Brenmoor Lines suspended the captain of the ferry "
                + "Aldis, two days after the ship ran aground off Tarsel Island.");
        AnalyzedArticle post = TestArticle.analyzed("post", "The operator Brenmoor Lines cancelled all crossings to Tarsel Island "
                + "until Friday after the ferry Aldis ran aground near the harbour.");
        AnalyzedArticle tribune = TestArticle.analyzed("tribune", "The ferry Aldis ran aground off Tarsel Island with 46 "
                        + "people on board.",
                "Lifeboat crews took everyone off the ferry Aldis after it ran aground in fog.",
                "Divers will inspect the hull of the ferry Aldis, which ran aground on a reef.");
        Story story = new StoryGrouper().group("s", List.of(radio, courier, post, tribune));
        assertThat(story.backingOf(TestArticle.firstSentence(radio))).as("backing, as the trimming counts it")
                .contains("courier", "post");
        assertThat(story.shownBackingOf(TestArticle.firstSentence(radio))).as("the suspension tells no cancellation")
                .containsExactly("post");
        assertThat(story.shownBackingOf(TestArticle.firstSentence(post))).as("the same news in other words")
                .containsExactly("radio");
    }
}
