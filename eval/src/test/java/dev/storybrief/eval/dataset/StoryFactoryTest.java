package dev.storybrief.eval.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryFactoryTest {

    @Test
    void ducClustersBecomeStoriesOfVerbatimSentences() {
        List<Story> stories = EvalData.ducStories();
        assertThat(stories).hasSize(50);
        EvalCluster cluster = EvalData.duc2004().clusters().get(0);
        Story story = stories.get(0);
        assertThat(story.id()).isEqualTo("d30001t");
        assertThat(story.articles()).extracting(AnalyzedArticle::id)
                .containsExactlyElementsOf(cluster.documents().stream().map(RawDocument::id).toList());
        for (int a = 0; a < story.articles().size(); a++) {
            String source = cluster.documents().get(a).text();
            List<Sentence> sentences = story.articles().get(a).sentences();
            assertThat(sentences.size()).as(story.articles().get(a).id()).isGreaterThan(3);
            assertThat(sentences).allSatisfy(s -> assertThat(source).contains(s.text()));
        }
        int total = stories.stream().mapToInt(s -> s.articles().stream().mapToInt(a -> a.sentences().size()).sum()).sum();
        System.out.printf("DUC 2004: %d stories, %d sentences%n", stories.size(), total);
        assertThat(total).isBetween(5_000, 15_000);
    }

    @Test
    void aClusterWithNothingLeftAfterCleaningIsAnError() {
        RawDocument blank = new RawDocument("x", Path.of("x.txt"), SourceFormat.TEXT, " \n \n", Map.of());
        assertThatThrownBy(() -> new StoryFactory().story("empty", List.of(blank)))
                .isInstanceOf(EvalDataException.class)
                .hasMessage("cluster \"empty\": no article text left after cleaning");
    }
}
