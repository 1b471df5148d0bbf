package dev.storybrief.group.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA 28 #9: an article is published after the latest past event it reports, but before the events it announces.
 * Undated reports of a Saturday ferry fire that say when the service resumes were dated on the day it resumes.
 */
class AnnouncedEventsTest {
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
    private final ReportsToDate reports = new ReportsToDate();

    private AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
        return reports.article(id, date, paragraphs);
    }

    private List<AnalyzedArticle> story() {
        return List.of(
                article("gull", SATURDAY,
                        "All 140 passengers were taken off the ferry Saltmarsh Belle after a fire broke out in its galley"
                                + " off Kinver Sound on Saturday, the coastguard said.",
                        "Two deckhands were treated for burns at Kinver Infirmary.",
                        "Brackwater Ferries suspended the Kinver to Holm crossing until Tuesday while inspectors"
                                + " examine the ship."),
                article("tide", SATURDAY,
                        "Fire swept through the galley of the Saltmarsh Belle off Kinver Sound on Saturday morning.",
                        "The operator, Brackwater Ferries, said the crossing to Holm would resume on Tuesday.",
                        "Passengers were brought ashore by lifeboats."),
                article("holm", SATURDAY.plusDays(1),
                        "Holm islanders are waiting for supplies after the Saltmarsh Belle fire on Saturday.",
                        "Brackwater Ferries expects to restart the crossing on Tuesday, the island council said."),
                article("copy-a", null,
                        "A fire broke out in the galley of the ferry Saltmarsh Belle off Kinver Sound on Saturday and"
                                + " all 140 passengers were taken off, the coastguard said.",
                        "The Kinver to Holm crossing resumes on Tuesday, Brackwater Ferries said."),
                article("copy-b", null,
                        "Lifeboats brought 140 passengers ashore after fire swept the Saltmarsh Belle off Kinver Sound"
                                + " on Saturday.",
                        "Two deckhands were treated for burns.",
                        "The crossing is expected to restart on Tuesday, and the service is suspended until then."),
                article("copy-c", null,
                        "A fire on the ferry Saltmarsh Belle led to the evacuation of 140 passengers off Kinver Sound"
                                + " on Saturday.",
                        "The operator said the crew had the fire under control within an hour.",
                        "Crossings to Holm are suspended until Tuesday."));
    }

    @Test
    void anAnnouncedResumptionDoesNotPushAnUndatedReportForward() {
        List<AnalyzedArticle> out = reports.infer(story());
        for (AnalyzedArticle a : out.subList(3, 6)) {
            Article got = a.article();
            assertThat(got.published()).as("%s: %s", got.id(), got.dating()).isNotNull()
                    .isBetween(SATURDAY, SATURDAY.plusDays(1));
        }
    }
}
