package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hungarian has no quantity table: a figure is keyed by the word after its number, in its case ("120 lakost",
 * residents; "120 embert", people; "912 centiméterrel", "912 centiméteren"). Two outlets telling one count with
 * another noun or ending were not credited on one row; they are when their sentences are as close as one event's.
 * A count of another value is not credited. Every article is of Thursday, 2026-12-03.
 */
class OneCountInOtherNounsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(THURSDAY, "page").analyzed();
    }

    @Test
    void aHungarianCountToldWithAnotherNounCreditsBothOutlets() {
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(
                article("hirek", "Tiszai Hírek",
                        "Kedden 120 lakost telepítettek ki Szolnok árterületéről a katasztrófavédelem szerint.",
                        "A Tisza hétfőn tetőzött Szolnoknál 912 centiméterrel."),
                article("naplo", "Alföldi Napló",
                        "Kedden mintegy 120 embert kellett kitelepíteni Szolnokon.",
                        "A folyó hétfőn tetőzött Szolnoknál 912 centiméteren."),
                article("lap", "Szolnoki Lap",
                        "Kedden 80 embert telepítettek ki Szolnok árterületéről.",
                        "A gát megerősítése szerdán is folytatódott."))));
        assertThat(rows).filteredOn(r -> r.date().equals("2026-11-30")).singleElement()
                .satisfies(r -> assertThat(r.sources()).containsExactlyInAnyOrder("hirek", "naplo"));
        assertThat(rows).filteredOn(r -> r.date().equals("2026-12-01") && r.text().contains("120")).singleElement()
                .satisfies(r -> assertThat(r.sources()).contains("hirek", "naplo").doesNotContain("lap"));
    }
}
