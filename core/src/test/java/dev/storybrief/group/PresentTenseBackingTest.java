package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence in the present tense backs one telling the same fact as to come ("rises" against "will rise"): a budget's
 * plans are news told either way, and only a plan against its done outcome ("plan to refloat" against "refloated")
 * is two pieces of news.
 */
class PresentTenseBackingTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(id).outlet(outlet).published(DAY, "page").analyzed();
    }

    private static Sentence sentence(AnalyzedArticle article, String start) {
        return article.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aPresentTenseSentenceBacksTheSameFactToldAsToCome() {
        AnalyzedArticle post = article("post", "Capital Post",
                "The Varnland budget raises defence spending, finance minister Ola Brandt said.",
                "School spending rises to €9,300 million.");
        AnalyzedArticle herald = article("herald", "Varnland Herald",
                "Finance minister Ola Brandt presented the Varnland budget on Monday.",
                "School spending will rise to €9.3 billion.");
        Story story = new StoryGrouper().group("s", List.of(post, herald));
        assertThat(story.shownBackingOf(sentence(post, "School spending"))).containsExactly("herald");
        assertThat(story.shownBackingOf(sentence(herald, "School spending"))).containsExactly("post");
    }

    @Test
    void aPlanDoesNotBackItsDoneOutcome() {
        AnalyzedArticle monday = article("monday", "Coast Daily",
                "The ferry Solvind ran aground off Kessel Island on Sunday.",
                "Salvage crews will refloat the ferry Solvind off Kessel Island.");
        AnalyzedArticle tuesday = article("tuesday", "Island Post",
                "The ferry Solvind ran aground off Kessel Island on Sunday night.",
                "Salvage crews refloated the ferry Solvind off Kessel Island.");
        Story story = new StoryGrouper().group("s", List.of(monday, tuesday));
        assertThat(story.shownBackingOf(sentence(tuesday, "Salvage crews"))).isEmpty();
    }
}
