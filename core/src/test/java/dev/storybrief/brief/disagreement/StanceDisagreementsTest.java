package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Story;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up articles: a success claimed by one side, "too soon" said by the other. */
class StanceDisagreementsTest {

    private static AnalyzedArticle article(String id, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet("Outlet " + id).analyzed();
    }

    private static Story story(AnalyzedArticle... articles) {
        return new StoryGrouper().group("s", List.of(articles));
    }

    @Test
    void aSuccessAgainstTooSoonOnTheSameSubjectIsAStanceDisagreementNamedAfterIt() {
        List<Disagreement> found = new StanceDisagreements(2).find(story(
                article("a", "The city finished the repair of the harbor bridge on Friday.",
                        "The mayor said the repair had been a great success for the harbor."),
                article("b", "Engineers inspected the bridge repair on Saturday.",
                        "The engineers' union said it was too soon to call the repair finished.")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(DisagreementKind.STANCE);
        assertThat(found.get(0).topic()).isEqualTo("assessments of the repair");
        assertThat(found.get(0).claims()).extracting(c -> c.source()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aSubjectSharedOnlyAsANameKeepsItsSpelling() {
        List<Disagreement> found = new StanceDisagreements(2).find(story(
                article("a", "NATO ended its patrols over the strait.", "The minister said NATO had been a success."),
                article("b", "NATO patrols ended on Monday.", "A rebel spokesman said it was too soon for NATO to leave.")));
        assertThat(found).extracting(Disagreement::topic).containsExactly("assessments of NATO");
    }

    /** One outlet quoting two people who disagree: each claim names whom it quotes, when the article names them. */
    @Test
    void aClaimNamesThePersonItsSentenceQuotes() {
        List<Disagreement> found = new StanceDisagreements(2).find(story(
                article("a", "The city finished the repair of the harbor bridge on Friday.",
                        "“The repair has been a great success for the harbor,” Mayor Ines Varga said.",
                        "The engineers' union said it was too soon to call the repair finished."),
                article("b", "Engineers inspected the bridge repair on Saturday.")));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.claims())
                .extracting(c -> c.speaker()).containsExactly("Ines Varga", null));
    }

    @Test
    void unreportedOpinionsAndOneSidedStoriesGiveNothing() {
        assertThat(new StanceDisagreements(2).find(story(
                article("a", "The repair was a great success for the harbor."),
                article("b", "It was too soon to call the repair finished.")))).isEmpty();
        assertThat(new StanceDisagreements(2).find(story(
                article("a", "The mayor said the repair had been a great success.")))).isEmpty();
    }
}
