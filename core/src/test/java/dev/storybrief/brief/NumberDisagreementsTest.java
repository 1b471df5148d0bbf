package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.analyze.Analyzer;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberDisagreementsTest {
    private static AnalyzedArticle article(String id, String text) {
        return new Analyzer().analyze(new Article(id, null, null, null, null, null, null, List.of(text), List.of()));
    }

    @Test
    void differingCountsOfTheSameThingAreShownSideBySide() {
        List<Disagreement> found = new NumberDisagreements().find(List.of(
                article("a", "The storm in Millford injured 14 people, officials said."),
                article("b", "Twenty-three people were injured when the storm hit Millford, the hospital said."),
                article("c", "At least 12 people were hurt in the Millford storm.")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.topic()).isEqualTo("people injured");
            assertThat(d.kind()).isEqualTo("number");
            assertThat(d.claims()).extracting(Claim::source).containsExactlyInAnyOrder("a", "b");
            assertThat(d.claims()).extracting(Claim::statement).containsExactlyInAnyOrder("14 people", "Twenty-three people");
        });
    }

    @Test
    void figuresFromUnrelatedSentencesAreNotCompared() {
        assertThat(new NumberDisagreements().find(List.of(
                article("a", "The storm in Millford injured 14 people, officials said."),
                article("b", "Twenty-three people were injured in a bus crash on the coast road last spring.")))).isEmpty();
    }

    @Test
    void qualifiedNumbersThatCanBothBeTrueAgree() {
        assertThat(new NumberDisagreements().find(List.of(
                article("a", "Nearly 10,000 sorties were flown."),
                article("b", "Planes flew about 9,600 sorties."),
                article("c", "More than 9,000 sorties took place.")))).isEmpty();
    }

    @Test
    void oneOutletContradictingItselfIsNotADisagreementBetweenOutlets() {
        assertThat(new NumberDisagreements().find(List.of(
                article("a", "Planes flew 900 sorties. Later, 1,400 sorties were counted."),
                article("b", "The mission ended on Monday.")))).isEmpty();
    }

    @Test
    void theNatoClusterShowsBombingRunsAgainstSorties() {
        Briefing b = Storybrief.builder().build().brief(List.of(SharedData.natoCluster()));
        assertThat(b.insights().disagreements()).anySatisfy(d -> {
            assertThat(d.claims()).anySatisfy(c -> {
                assertThat(c.source()).isEqualTo("000_51dffeeb630ea331");
                assertThat(c.statement()).contains("10,000").contains("bombing runs");
            });
            assertThat(d.claims()).anySatisfy(c -> {
                assertThat(c.source()).isEqualTo("002_5c489a49197800e4");
                assertThat(c.statement()).contains("26,000 sorties");
            });
        });
        assertThat(b.insights().unique()).isNotEmpty().allSatisfy(c ->
                assertThat(b.laterArticles()).doesNotContain(c.source()));
    }
}
