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

/**
 * A small story's sentences all share its few names, so the redundancy threshold alone stops the summary early: the
 * words left go to sentences that add a fact, never to a second figure of a count or to a denial of a chosen one,
 * and the figure stated is the one most outlets give.
 */
class SmallStoryBudgetTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    private static AnalyzedArticle article(String id, String text) {
        return TestArticle.of(id, text).published(DAY, "given").analyzed();
    }

    private static final List<AnalyzedArticle> MINE = List.of(
            article("a", "A gas explosion at the Dunmere chemical works destroyed a storage hall on Monday morning. "
                    + "Nine workers were injured in the explosion at the Dunmere works, the company said. "
                    + "The plant manager said the Dunmere works would stay closed until the end of the month. "
                    + "Inspectors from the regional safety office began collecting samples in the afternoon."),
            article("b", "A gas explosion at the Dunmere chemical works destroyed a storage hall on Monday. "
                    + "Eleven workers were injured in the explosion at the Dunmere works, the company said. "
                    + "Residents of the nearby Holt estate were told to keep their windows shut for the day."),
            article("c", "Eleven workers were hurt when gas exploded at the Dunmere chemical works on Monday. "
                    + "The company denied that the Dunmere works would stay closed until the end of the month."));

    private static List<SummarySentence> summary(int words) {
        Story story = new StoryGrouper().group("s", MINE);
        return new StorySummarizer().summarize(story, words);
    }

    @Test
    void theWordsLeftGoToSentencesThatAddAFact() {
        List<SummarySentence> summary = summary(150);
        List<String> texts = summary.stream().map(SummarySentence::verbatim).toList();
        assertThat(texts).anyMatch(t -> t.startsWith("Inspectors")).anyMatch(t -> t.startsWith("Residents"));
        assertThat(summary.stream().mapToInt(s -> dev.storybrief.model.Words.count(s.text())).sum())
                .isLessThanOrEqualTo(150).isGreaterThan(50);
    }

    @Test
    void oneFigureOfACountAndNoDenialBesideWhatItDenies() {
        List<String> texts = summary(150).stream().map(SummarySentence::verbatim).toList();
        assertThat(texts.stream().filter(t -> t.contains("workers were")).toList())
                .as("the figure two outlets give, once").hasSize(1).allMatch(t -> t.startsWith("Eleven"));
        assertThat(texts.stream().filter(t -> t.contains("stay closed")).count()).isEqualTo(1);
    }
}
