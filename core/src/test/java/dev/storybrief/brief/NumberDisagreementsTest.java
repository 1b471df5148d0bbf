package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Story;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberDisagreementsTest {
    private static AnalyzedArticle article(String id, String text) {
        return AnnotatorChain.standard().annotate(new Article(id, null, null, null, null, null, null, List.of(text), List.of()));
    }

    private static Story story(AnalyzedArticle... articles) {
        return new StoryGrouper().group("s", List.of(articles));
    }

    @Test
    void differingCountsOfTheSameThingAreShownSideBySide() {
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("a", "The storm in Millford injured 14 people, officials said."),
                article("b", "Twenty-three people were injured when the storm hit Millford, the hospital said."),
                article("c", "At least 12 people were hurt in the Millford storm.")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.topic()).isEqualTo("people injured");
            assertThat(d.kind()).isEqualTo(DisagreementKind.NUMBER);
            assertThat(d.claims()).extracting(Claim::source).containsExactlyInAnyOrder("a", "b");
            assertThat(d.claims()).extracting(Claim::statement).containsExactlyInAnyOrder("14 people", "Twenty-three people");
        });
    }

    /** "injuring 8 workers" / "Twelve workers were hurt": one harm in two wordings beside the figures. */
    @Test
    void theSameHarmWordedTwoWaysBesideTheFiguresIsCompared() {
        List<Disagreement> found = new NumberDisagreements().find(story(
                article("a", "A fire destroyed a grain warehouse at the Kellport docks on Monday night, injuring 8 workers "
                        + "and sending smoke over the old town."),
                article("b", "Twelve workers were hurt when fire tore through a grain warehouse at the Kellport docks on "
                        + "Monday, hospital officials said.")));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.claims()).extracting(Claim::statement)
                .containsExactlyInAnyOrder("8 workers", "Twelve workers"));
    }

    @Test
    void figuresFromUnrelatedSentencesAreNotCompared() {
        assertThat(new NumberDisagreements().find(story(
                article("a", "The storm in Millford injured 14 people, officials said."),
                article("b", "Twenty-three people were injured in a bus crash on the coast road last spring.")))).isEmpty();
    }

    @Test
    void qualifiedNumbersThatCanBothBeTrueAgree() {
        assertThat(new NumberDisagreements().find(story(
                article("a", "Nearly 10,000 sorties were flown."),
                article("b", "Planes flew about 9,600 sorties."),
                article("c", "More than 9,000 sorties took place.")))).isEmpty();
    }

    @Test
    void oneOutletContradictingItselfIsNotADisagreementBetweenOutlets() {
        assertThat(new NumberDisagreements().find(story(
                article("a", "Planes flew 900 sorties. Later, 1,400 sorties were counted."),
                article("b", "The mission ended on Monday.")))).isEmpty();
    }

    @Test
    void theNatoClusterShowsBombingRunsAgainstSorties() {
        Briefing b = Storybrief.builder().build().brief(List.of(SharedData.natoCluster()));
        assertThat(b.disagreements()).anySatisfy(d -> {
            assertThat(d.claims()).anySatisfy(c -> {
                assertThat(c.source()).isEqualTo("000_51dffeeb630ea331");
                assertThat(c.statement()).contains("10,000").contains("bombing runs");
            });
            assertThat(d.claims()).anySatisfy(c -> {
                assertThat(c.source()).isEqualTo("002_5c489a49197800e4");
                assertThat(c.statement()).contains("26,000 sorties");
            });
        });
        assertThat(b.unique()).isNotEmpty().allSatisfy(c ->
                assertThat(b.laterArticles()).doesNotContain(c.source()));
    }
}
