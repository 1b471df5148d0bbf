package dev.storybrief.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadBaselineTest {

    @Test
    void takesFirstSentencesRoundRobinOverTheArticles() {
        Story story = Stories.of("lead",
                "Alpha one happened here today. Alpha two followed it later. Alpha three ended things.",
                "Bravo one was reported first. Bravo two came second.",
                "Charlie one opened the report. Charlie two closed it.");
        List<String> texts = new LeadBaseline().summarize(story, 100).stream().map(SummarySentence::text).toList();
        assertThat(texts).containsExactly(
                "Alpha one happened here today.", "Bravo one was reported first.", "Charlie one opened the report.",
                "Alpha two followed it later.", "Bravo two came second.", "Charlie two closed it.",
                "Alpha three ended things.");
        assertThat(new LeadBaseline().summarize(story, 10)).extracting(SummarySentence::text)
                .containsExactly("Alpha one happened here today.", "Bravo one was reported first.");
    }

    @Test
    void aLeadSentenceTooLongForWhatIsLeftIsPassedOverForTheNextThatFits() {
        Story story = Stories.of("lead2",
                "Short lead one. Second sentence.",
                "This lead sentence is much too long to fit in what remains. Next one.",
                "Third lead fits.");
        assertThat(new LeadBaseline().summarize(story, 8)).extracting(SummarySentence::text)
                .containsExactly("Short lead one.", "Third lead fits.", "Second sentence.");
        assertThat(new LeadBaseline(true).summarize(story, 9)).extracting(SummarySentence::text)
                .containsExactly("Short lead one.", "Third lead fits.", "Second sentence.", "This");
    }

    @Test
    void onDucClustersTheSummaryIsThePrefixOfTheRoundRobinOrderThatFits() {
        for (Story story : EvalData.ducStories().subList(0, 5)) {
            for (int budget : new int[]{100, 250}) {
                List<SummarySentence> summary = new LeadBaseline().summarize(story, budget);
                // sentence i of every article precedes sentence i + 1 of any article, articles in story order
                int previousRank = -1;
                int previousArticle = -1;
                for (SummarySentence s : summary) {
                    Sentence source = Stories.source(story, s);
                    int rank = story.articles().get(Stories.articlePosition(story, s.source())).sentences()
                            .indexOf(source);
                    int article = Stories.articlePosition(story, s.source());
                    assertThat(rank > previousRank || (rank == previousRank && article > previousArticle))
                            .as("%s budget %d at %s", story.id(), budget, s.text()).isTrue();
                    previousRank = rank;
                    previousArticle = article;
                }
                assertThat(summary.get(0).source()).isEqualTo(story.articles().get(0).id());
                assertThat(summary.get(0).sentenceIndex()).isZero();
            }
        }
    }
}
