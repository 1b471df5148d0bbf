package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The headline does not state a figure the other reports of its day give otherwise. */
class OutvotedTitleTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 4, 9);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String title, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(title).outlet(outlet).published(date, "page").analyzed();
    }

    private static List<AnalyzedArticle> reports(String wireTitle) {
        return List.of(
                article("wire", "Trade Wire", THURSDAY, wireTitle,
                        "Brannock Foods will eliminate 900 jobs at its bakeries, the company said on Thursday.",
                        "Profit fell sharply in the first quarter, the company said."),
                article("ledger", "Ledger", THURSDAY, "Brannock profit falls as flour costs rise",
                        "Brannock Foods said on Thursday it would cut about 400 jobs at its bakeries.",
                        "Profit fell sharply in the first quarter as flour costs rose."),
                article("daily", "Market Daily", THURSDAY.plusDays(1), "Brannock shares slide after results",
                        "Brannock Foods plans to cut 400 jobs, chief executive Ada Kerr told analysts.",
                        "Shares in Brannock Foods fell in early trading."));
    }

    @Test
    void aTitleWhoseFigureTheOtherReportsGiveOtherwiseIsPassedOver() {
        Story story = new StoryGrouper().group("s", reports("Brannock Foods to cut 900 jobs at its bakeries"));
        assertThat(StoryHeadlines.of(story, Set.of(), List.of())).doesNotContain("900");
    }

    @Test
    void aTitleWhoseFigureTheOthersGiveToo() {
        Story story = new StoryGrouper().group("s", reports("Brannock Foods to cut 400 jobs at its bakeries"));
        assertThat(StoryHeadlines.of(story, Set.of(), List.of())).isEqualTo("Brannock Foods to cut 400 jobs at its bakeries");
    }
}
