package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.Analyzer;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up articles: a success claimed by one side, "too soon" said by the other. */
class StanceDisagreementsTest {
    private static final Analyzer ANALYZER = new Analyzer();

    private static AnalyzedArticle article(String id, String... paragraphs) {
        return ANALYZER.analyze(new Article(id, null, null, "Outlet " + id, null, null, null, List.of(paragraphs), List.of()));
    }

    @Test
    void aSuccessAgainstTooSoonOnTheSameSubjectIsAStanceDisagreementNamedAfterIt() {
        List<Disagreement> found = new StanceDisagreements(2).find(List.of(
                article("a", "The city finished the repair of the harbor bridge on Friday.",
                        "The mayor said the repair had been a great success for the harbor."),
                article("b", "Engineers inspected the bridge repair on Saturday.",
                        "The engineers' union said it was too soon to call the repair finished.")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo("stance");
        assertThat(found.get(0).topic()).isEqualTo("assessments of the repair");
        assertThat(found.get(0).claims()).extracting(c -> c.source()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aSubjectSharedOnlyAsANameKeepsItsSpelling() {
        List<Disagreement> found = new StanceDisagreements(2).find(List.of(
                article("a", "NATO ended its patrols over the strait.", "The minister said NATO had been a success."),
                article("b", "NATO patrols ended on Monday.", "A rebel spokesman said it was too soon for NATO to leave.")));
        assertThat(found).extracting(Disagreement::topic).containsExactly("assessments of NATO");
    }

    @Test
    void unreportedOpinionsAndOneSidedStoriesGiveNothing() {
        assertThat(new StanceDisagreements(2).find(List.of(
                article("a", "The repair was a great success for the harbor."),
                article("b", "It was too soon to call the repair finished.")))).isEmpty();
        assertThat(new StanceDisagreements(2).find(List.of(
                article("a", "The mayor said the repair had been a great success.")))).isEmpty();
    }
}
