package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up reports of a ferry collision whose outlets give it different causes. */
class CauseDisagreementsTest {

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).analyzed();
    }

    private static Story story(AnalyzedArticle... articles) {
        return new StoryGrouper().group("s", List.of(articles));
    }

    private static List<Disagreement> causes(Story story) {
        return new CauseDisagreements(2).find(story);
    }

    @Test
    void causesStatedByDifferentOutletsStandOnTheirOwnSides() {
        List<Disagreement> found = causes(story(
                article("a", "Fjord Post", "Two ferries collided in the Marsund strait on Monday, injuring 12 passengers.",
                        "The collision was blamed on the captain of the Tessa, the coastguard said."),
                article("b", "Island Echo", "The Marsund ferry collision injured 12 passengers on Monday.",
                        "The collision was caused by a steering failure on the Tessa, its owner said."),
                article("c", "Coast Radio", "Investigators reached the two ferries after the collision in Marsund.",
                        "Sailors' union leader Per Holm blamed the Tessa's captain for the collision.")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DisagreementKind.CAUSE);
            assertThat(d.topic()).isEqualTo("causes of the collision");
            assertThat(d.claims()).extracting(Claim::statement).containsExactly("blamed on the captain of the Tessa",
                    "caused by a steering failure", "blamed the Tessa's captain");
            assertThat(d.claims()).extracting(Claim::side).as("the captain twice, the steering once")
                    .containsExactly(0, 1, 0);
        });
    }

    @Test
    void oneCauseToldByAllOutletsOrTwoCausesWeighedByOneOutletAreNoDispute() {
        assertThat(causes(story(
                article("a", "Fjord Post", "Two ferries collided in the Marsund strait on Monday.",
                        "The collision was blamed on thick fog, the coastguard said."),
                article("b", "Island Echo", "The ferry collision in Marsund injured 12 passengers.",
                        "The collision was due to thick fog over the strait, the harbour master said.")))).isEmpty();
        assertThat(causes(story(
                article("a", "Fjord Post", "Two ferries collided in the Marsund strait on Monday.",
                        "The collision was blamed on thick fog.", "Others said the collision was caused by a steering failure."),
                article("b", "Island Echo", "The ferry collision in Marsund injured 12 passengers.")))).isEmpty();
    }

    @Test
    void aRejectedCauseAScheduleAndAGenericWordAreNoStatedCause() {
        assertThat(attributed("The union said the collision was not caused by the crew.")).isEmpty();
        assertThat(attributed("The inquiry is due to report in March.")).isEmpty();
        assertThat(attributed("The collision was caused by human error.")).as("no cause is named").isEmpty();
        assertThat(attributed("Police blamed the collision on the Tessa's captain."))
                .extracting(CauseDisagreements.Attribution::statement).containsExactly("blamed the collision on the Tessa's captain");
        assertThat(attributed("The board said a broken rudder had caused the collision."))
                .singleElement().satisfies(a -> assertThat(a.effect()).isEqualTo("the collision"));
    }

    private static List<CauseDisagreements.Attribution> attributed(String sentence) {
        AnalyzedArticle a = article("x", "Fjord Post", sentence);
        return a.sentences().stream().flatMap(s -> CauseDisagreements.attributions(s, "Fjord Post").stream()).toList();
    }
}
