package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.Words;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A toll that rises over days across articles: the summary gives the newest figure, with its day and date, within the budget,
 * in place of the older one. Made-up reports of a made-up dam collapse.
 */
class LatestFigureSummaryTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 28);

    private static AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
        return TestArticle.of(id, paragraphs).published(date, "--date").analyzed();
    }

    private static Story story() {
        return new StoryGrouper().group("dam", List.of(
                article("monday", MONDAY,
                        "At least 12 people were killed when the Brennock Dam above Harlow Vale gave way on Monday evening,"
                                + " emergency services said.",
                        "Rescue teams in boats pulled dozens of residents from roofs in Harlow Vale.",
                        "The Brennock Dam held back a reservoir swollen by weeks of rain.",
                        "The mayor of Harlow Vale opened the town hall as a shelter for families."),
                article("tuesday", MONDAY.plusDays(1),
                        "The number of people killed by the collapse of the Brennock Dam rose to 19 on Tuesday, police said.",
                        "Rescue teams in boats pulled more residents from roofs in Harlow Vale.",
                        "The water authority said it had opened an investigation into the breach of the Brennock Dam.",
                        "The mayor of Harlow Vale said the town hall shelter for families was full."),
                article("wednesday", MONDAY.plusDays(2),
                        "Schools in Harlow Vale stayed closed on Wednesday.",
                        "Volunteers filled sandbags along the river below the town.",
                        "The death toll from the Brennock Dam collapse has risen to 27, police said on Wednesday.")));
    }

    @Test
    void theSummaryGivesTheNewestFigureWithItsDayWithinTheBudget() {
        int withAToll = 0;
        for (int budget = 40; budget <= 120; budget += 20) {
            List<SummarySentence> summary = new StorySummarizer().summarize(story(), budget);
            assertThat(summary.stream().mapToInt(s -> Words.count(s.text())).sum()).isLessThanOrEqualTo(budget);
            if (summary.stream().noneMatch(s -> s.text().matches(".*(12 people|to 19|to 27).*"))) {
                continue;
            }
            withAToll++;
            // a summary giving the toll gives its newest figure, with its day and the date that day stands for, and
            // no older one as if current
            assertThat(summary).as("budget %d", budget)
                    .anySatisfy(s -> assertThat(s.text()).contains("has risen to 27")
                            .contains("on Wednesday (" + MONDAY.plusDays(2) + ")"))
                    .noneSatisfy(s -> assertThat(s.text()).containsAnyOf("12 people", "to 19"));
        }
        assertThat(withAToll).as("budgets whose summary gives the toll").isGreaterThanOrEqualTo(3);
    }
}
