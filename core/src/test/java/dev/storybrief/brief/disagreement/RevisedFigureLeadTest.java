package dev.storybrief.brief.disagreement;

import dev.storybrief.brief.Briefer;
import dev.storybrief.brief.summary.StorySummarizer;
import dev.storybrief.brief.timeline.TimelineBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story followed over weeks whose first figure a later report revises ("about 600 residents" evacuated, the next day
 * "About 900 people had left their homes, more than first reported", weeks later "900 people were evacuated"): the
 * headline does not state the replaced figure, the summary leads with the newest one, and no timeline row credits
 * an outlet that gives the newer figure with the older one. Made-up reports of a made-up gas leak.
 */
class RevisedFigureLeadTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String title, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(title).outlet(outlet).published(date, "page").analyzed();
    }

    private static Story story() {
        return new StoryGrouper().group("leak", List.of(
                article("day1", "Fenwick Gazette", MONDAY, "Gas leak at Kestrel depot forces evacuation of 600 residents",
                        "A gas leak at the Kestrel fuel depot in Marrow Lane forced the evacuation of about 600 residents"
                                + " on Monday, the county fire service said.",
                        "Seven people were taken to hospital with breathing problems, the fire service said.",
                        "The leak began when a valve on a storage tank failed during repairs, Kestrel said.",
                        "Residents within a kilometre of the Kestrel depot gathered at the Marrow Lane leisure centre."),
                article("day2", "Borough Post", MONDAY.plusDays(1), "Marrow Lane residents return home after gas leak",
                        "Residents of Marrow Lane returned home on Tuesday, a day after the gas leak at the Kestrel depot.",
                        "About 900 people had left their homes, more than first reported, the borough council said.",
                        "Fire chief Anna Reddish said the air around the Kestrel depot in Marrow Lane was safe again.",
                        "The Safety Agency said it had opened an inquiry into the failed valve."),
                article("week3", "Valley Ledger", MONDAY.plusDays(17), "Kestrel depot fined over Marrow Lane gas leak",
                        "The Safety Agency fined Kestrel over the gas leak at its depot in Marrow Lane on Thursday.",
                        "The agency said 900 people were evacuated from Marrow Lane after the leak, not the 500 its plan"
                                + " expected.",
                        "Kestrel said it had replaced every valve of the same type at the depot.")));
    }

    @Test
    void theHeadlinePassesOverATitleWhoseFigureALaterReportRevises() {
        Briefing briefing = Briefer.standard(new StorySummarizer()).brief(story(), 80, List.of());
        assertThat(briefing.headline()).isNotNull().doesNotContain("600")
                .isIn("Marrow Lane residents return home after gas leak", "Kestrel depot fined over Marrow Lane gas leak");
    }

    @Test
    void theSummaryNeverGivesTheReplacedFigure() {
        int withTheCount = 0;
        for (int budget = 40; budget <= 140; budget += 20) {
            List<SummarySentence> summary = new StorySummarizer().summarize(story(), budget);
            assertThat(summary).as("budget %d", budget).noneSatisfy(s -> assertThat(s.text()).contains("600"));
            withTheCount += summary.stream().anyMatch(s -> s.text().contains("900")) ? 1 : 0;
        }
        assertThat(withTheCount).as("budgets whose summary gives the evacuated count").isGreaterThanOrEqualTo(2);
    }

    /**
     * With words for every sentence, the first report's lead is chosen beside the revision: the revision takes its
     * place, first, and the replaced figure is not told.
     */
    @Test
    void aSummaryThatWouldLeadWithTheFirstFigureLeadsWithTheRevisedOne() {
        Story story = new StoryGrouper().group("leak", List.of(
                article("day1", "Fenwick Gazette", MONDAY, "Gas leak forces evacuation of 600 residents",
                        "A gas leak at the Kestrel fuel depot in Marrow Lane forced the evacuation of about 600 residents"
                                + " on Monday, the county fire service said.",
                        "Seven people were taken to hospital with breathing problems."),
                article("day2", "Borough Post", MONDAY.plusDays(1), "Marrow Lane residents return home",
                        "Families were allowed back into their houses on Tuesday afternoon.",
                        "About 900 people had left their homes, more than first reported, the borough council said.")));
        List<SummarySentence> summary = new StorySummarizer().summarize(story, 200);
        assertThat(summary.get(0).text()).startsWith("About 900 people had left their homes");
        assertThat(summary).noneSatisfy(s -> assertThat(s.text()).contains("600"))
                .anySatisfy(s -> assertThat(s.text()).contains("Seven people"));
        assertThat(Briefer.standard(new StorySummarizer()).brief(story, 200, List.of()).headline())
                .isEqualTo("Marrow Lane residents return home");
    }

    @Test
    void aRowOfTheFirstFigureIsNotCreditedToOutletsGivingTheRevisedOne() {
        List<TimelineEvent> rows = new TimelineBuilder(15).build(story());
        TimelineEvent first = rows.stream().filter(r -> r.text().contains("about 600 residents")).findFirst().orElseThrow();
        assertThat(first.sources()).containsExactly("day1");
    }

    @Test
    void aRevisionNamesTheFigureItReplacesWithoutSharedWords() {
        String revised = "About 900 people had left their homes, more than first reported, the council said.";
        assertThat(LatestFigures.statedAsRevision(revised, 0, "About 900 people".length())).isTrue();
        assertThat(LatestFigures.statedAsRevision("Residents said 900 people had gathered at the hall.", 14, 30))
                .isFalse();
        String upFrom = "The council now counts 900 evacuated, up from 600 on Monday.";
        assertThat(LatestFigures.statedAsRevision(upFrom, upFrom.indexOf("900"), upFrom.indexOf("900") + 3)).isTrue();
    }
}
