package dev.storybrief.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.eval.dataset.EvalData;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomBaselineTest {

    private static List<String> texts(RandomBaseline b, Story story) {
        return b.summarize(story, 100).stream().map(SummarySentence::text).toList();
    }

    @Test
    void theSameSeedGivesTheSameSummaryWhateverWasSummarizedBefore() {
        Story first = EvalData.ducStories().get(0);
        Story second = EvalData.ducStories().get(1);
        RandomBaseline fresh = new RandomBaseline(42L);
        List<String> expected = texts(fresh, first);
        RandomBaseline used = new RandomBaseline(42L);
        texts(used, second);
        texts(used, second);
        assertThat(texts(used, first)).isEqualTo(expected);
        assertThat(texts(new RandomBaseline(42L), first)).isEqualTo(expected);
        assertThat(expected).isNotEmpty();
    }

    @Test
    void differentSeedsDrawDifferentSummaries() {
        for (Story story : EvalData.ducStories().subList(0, 3)) {
            List<String> a = texts(new RandomBaseline(1L), story);
            List<String> b = texts(new RandomBaseline(2L), story);
            List<String> c = texts(new RandomBaseline(3L), story);
            assertThat(a).as(story.id()).isNotEqualTo(b).isNotEqualTo(c);
            assertThat(b).as(story.id()).isNotEqualTo(c);
        }
    }

    @Test
    void theSummaryIsInDocumentOrderAndNotTheLead() {
        Story story = EvalData.ducStories().get(2);
        List<SummarySentence> summary = new RandomBaseline(5L).summarize(story, 250);
        for (int i = 1; i < summary.size(); i++) {
            int a = Stories.articlePosition(story, summary.get(i - 1).source());
            int b = Stories.articlePosition(story, summary.get(i).source());
            assertThat(a < b || (a == b && summary.get(i - 1).sentenceIndex() < summary.get(i).sentenceIndex()))
                    .isTrue();
        }
        assertThat(summary).extracting(SummarySentence::sentenceIndex).anyMatch(i -> i > 2);
    }
}
