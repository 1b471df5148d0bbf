package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A summary opens with the news, not with a background sentence that its article put first. Made-up obituary. */
class NewsFirstTest {
    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(date, "page").analyzed();
    }

    @Test
    void anObituarysSummaryOpensWithTheDeathNotTheBirth() {
        LocalDate tuesday = LocalDate.of(2026, 3, 3);
        Story story = new StoryGrouper().group("s", List.of(
                article("courier", "Kelby Courier", tuesday,
                        "Born in 1941 in the fishing town of Halden, Mara Quint grew up above her father's net shop and"
                                + " began writing stories as a teenager.",
                        "Mara Quint, the novelist whose books about coastal families won the Halden prize twice, has"
                                + " died at her home in Kelby. She was 84.",
                        "Her first novel, The Salt Year, was published in 1968 and sold more than a million copies."),
                article("herald", "Northern Herald", tuesday,
                        "The novelist Mara Quint, author of The Salt Year, died on Sunday in Kelby, her family said."
                                + " She was 84.",
                        "Ekdahl Books, her publisher, said she had been working on a new book until last month.")));
        List<SummarySentence> summary = new StorySummarizer().summarize(story, 120);
        assertThat(summary).hasSizeGreaterThan(1);
        assertThat(summary.get(0).text()).doesNotContain("Born in 1941").contains("died");
    }
}
