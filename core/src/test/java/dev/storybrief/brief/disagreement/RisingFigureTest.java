package dev.storybrief.brief.disagreement;

import dev.storybrief.brief.Briefer;
import dev.storybrief.brief.summary.StorySummarizer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure that grows with the reports' dates (a wildfire's burned area given as 2,000 hectares on Monday, 5,500 on
 * Tuesday, 12,000 on Wednesday, each day's outlets agreeing) is an update: no disagreement, and the summary gives the
 * latest figure. Two outlets of one day giving 10,000 and 26,000 still disagree. Made-up reports of a made-up fire.
 */
class RisingFigureTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 8, 3);

    private static AnalyzedArticle article(String id, String outlet, LocalDate date, String title, String... paragraphs) {
        return TestArticle.of(id, paragraphs).title(title).outlet(outlet).published(date, "page").analyzed();
    }

    private static List<AnalyzedArticle> fire() {
        List<AnalyzedArticle> articles = new ArrayList<>();
        articles.add(article("herald1", "Valley Herald", MONDAY, "Wildfire forces evacuations near Sierra Alta",
                "A wildfire in the hills above Sierra Alta has burned about 2,000 hectares of forest, fire officials said"
                        + " on Monday.",
                "Some 300 residents were evacuated from the villages of Roca and Pinar as strong winds pushed the flames"
                        + " east.",
                "\"The wind is our biggest enemy right now,\" fire chief Daniel Ortega said."));
        articles.add(article("times1", "Coastal Times", MONDAY, "Sierra Alta fire spreads as winds persist",
                "The Sierra Alta wildfire had burned 2,000 hectares of forest by Monday evening, fire officials said.",
                "Residents of Roca and Pinar were evacuated overnight."));
        articles.add(article("herald2", "Valley Herald", MONDAY.plusDays(1), "Sierra Alta wildfire doubles in size",
                "The Sierra Alta wildfire has grown to 5,500 hectares of forest, fire officials said on Tuesday, as crews"
                        + " struggled against strong winds.",
                "Regional governor Elena Ruiz visited the command post."));
        articles.add(article("times2", "Coastal Times", MONDAY.plusDays(1), "Sierra Alta fire keeps growing",
                "The wildfire near Sierra Alta has burned 5,500 hectares of forest, fire officials said on Tuesday.",
                "Governor Elena Ruiz said the region would ask for national help."));
        articles.add(article("herald3", "Valley Herald", MONDAY.plusDays(2), "Sierra Alta wildfire slows",
                "The Sierra Alta wildfire has now burned 12,000 hectares of forest, fire officials said on Wednesday,"
                        + " though calmer winds helped crews hold its eastern edge.",
                "Fire chief Daniel Ortega said the fire was contained on its eastern side."));
        articles.add(article("times3", "Coastal Times", MONDAY.plusDays(2), "Calmer winds help Sierra Alta crews",
                "The wildfire near Sierra Alta has burned 12,000 hectares of forest, fire officials said on Wednesday.",
                "Calmer winds helped crews, fire chief Daniel Ortega said."));
        return articles;
    }

    private static List<Disagreement> hectares(Story story) {
        return new NumberDisagreements().find(story).stream()
                .filter(d -> d.kind() == DisagreementKind.NUMBER && d.topic().contains("hectare")).toList();
    }

    @Test
    void anAreaGrowingDayByDayIsNoDisagreement() {
        assertThat(hectares(new StoryGrouper().group("fire", fire()))).isEmpty();
    }

    @Test
    void twoOutletsOfOneDayGivingDifferentAreasStillDisagree() {
        List<AnalyzedArticle> articles = fire();
        articles.add(article("post2", "Mountain Post", MONDAY.plusDays(1), "Sierra Alta fire",
                "The wildfire near Sierra Alta has burned 14,000 hectares of forest, fire officials said on Tuesday."));
        List<Disagreement> found = hectares(new StoryGrouper().group("fire", articles));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).anySatisfy(c -> assertThat(c.text()).contains("14,000"))
                .anySatisfy(c -> assertThat(c.text()).contains("5,500"));
    }

    @Test
    void theSummaryGivesTheLatestArea() {
        Story story = new StoryGrouper().group("fire", fire());
        int withTheArea = 0;
        for (int budget = 40; budget <= 140; budget += 20) {
            List<SummarySentence> summary = new StorySummarizer().summarize(story, budget);
            assertThat(summary).as("budget %d", budget)
                    .noneSatisfy(s -> assertThat(s.text()).containsAnyOf("about 2,000 hectares", "burned 2,000",
                            "burned 5,500", "to 5,500"));
            withTheArea += summary.stream().anyMatch(s -> s.text().contains("12,000 hectares")) ? 1 : 0;
        }
        assertThat(withTheArea).as("budgets whose summary gives the area").isGreaterThanOrEqualTo(2);
    }

    @Test
    void nowBeforeTheVerbGivesTheFigureAsTheValueNow() {
        assertThat(LatestFigures.statedAsUpdate("The fire has now burned 12,000 hectares.", 24, 30)).isTrue();
        assertThat(LatestFigures.statedAsUpdate("The fire has burned 12,000 hectares.", 20, 26)).isFalse();
    }

    @Test
    void aMostlyEnglishStoryIsHeadedInEnglish() {
        List<AnalyzedArticle> articles = fire();
        articles.add(0, article("diario", "Diario de la Sierra", MONDAY.plusDays(2),
                "El incendio de Sierra Alta arrasa 12.000 hectáreas de bosque",
                "El incendio forestal de Sierra Alta ha quemado ya 12.000 hectáreas de bosque, según informaron el"
                        + " miércoles los bomberos.",
                "El jefe de bomberos Daniel Ortega dijo que los vientos más tranquilos ayudaron a los equipos a"
                        + " contener el flanco este del incendio.",
                "La gobernadora regional Elena Ruiz agradeció el trabajo de los bomberos y de los vecinos de Roca y"
                        + " Pinar."));
        Story story = new StoryGrouper().group("fire", articles);
        assertThat(story.language()).isEqualTo("en");
        Briefing briefing = Briefer.standard(new StorySummarizer()).brief(story, 80, List.of());
        assertThat(briefing.headline()).isNotNull().doesNotContain("incendio");
    }
}
