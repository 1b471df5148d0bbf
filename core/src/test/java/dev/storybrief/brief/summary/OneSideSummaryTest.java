package dev.storybrief.brief.summary;

import dev.storybrief.brief.disagreement.NumberDisagreements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summary states one side of a number disagreement as fact, not two: the union's 85% participation and the
 * ministry's 32% are both in the disagreement, one in the summary. Made-up reports of a made-up teachers' strike.
 */
class OneSideSummaryTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    private static AnalyzedArticle article(String id, String... paragraphs) {
        return TestArticle.of(id, paragraphs).published(THURSDAY, "--date").analyzed();
    }

    private static Story story() {
        return new StoryGrouper().group("strike", List.of(
                article("union",
                        "Union leader Rui Tavares said participation in the strike was 85% across Ostland.",
                        "He called it the biggest strike of the decade and promised more action in December.",
                        "Teachers want a pay rise of 6% and their full years of service counted."),
                article("ministry",
                        "According to the education ministry, participation was 32%.",
                        "Education minister Helena Castro said most classrooms worked normally on Thursday.",
                        "The minister has invited the unions to talks next Tuesday.")));
    }

    @Test
    void theSummaryStatesOneSideOfADisagreement() {
        Story story = story();
        assertThat(new NumberDisagreements().find(story)).as("the two figures disagree").isNotEmpty();
        List<SummarySentence> summary = new StorySummarizer().summarize(story, 120);
        long sides = summary.stream().filter(s -> s.text().contains("85%") || s.text().contains("32%"))
                .count();
        assertThat(sides).as("%s", summary.stream().map(SummarySentence::text).toList()).isEqualTo(1);
    }
}
