package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.Story;
import dev.storybrief.brief.disagreement.NumberDisagreements;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.StoryView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A disputed lead brought into the summary tells its event whole; a line already chosen that tells one part of it
 * again ("The collapse cut the rail link ..." beside "... collapsed ..., injuring nine people and cutting the rail
 * link ...") is a duplicate fact to the reader, and gives its words back. Made-up reports of a made-up collapse.
 */
class DisputedLeadRepeatsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private static Story story() {
        return new StoryGrouper().group("viaduct", List.of(
                TestArticle.of("herald",
                                "A span of the Kelby Viaduct collapsed into the Wren River on Monday evening, injuring nine"
                                        + " people and cutting the main rail link to the eastern suburbs.",
                                "Mayor Tobias Renn said the viaduct would stay shut until engineers from the regional rail"
                                        + " authority finish their survey.",
                                "Rescue crews pulled two cars from the water before midnight.")
                        .title("Viaduct collapse injures nine in Dunmore").outlet("Dunmore Herald")
                        .published(MONDAY, "--date").analyzed(),
                TestArticle.of("courier",
                                "Part of the Kelby Viaduct fell into the Wren River on Monday evening, the fire service said.",
                                "The collapse of the Kelby Viaduct into the Wren River cut the main rail link to the eastern"
                                        + " suburbs.",
                                "Regional rail engineers began surveying the viaduct's three remaining spans.")
                        .title("Kelby Viaduct span falls into river").outlet("Wren Valley Courier")
                        .published(MONDAY, "--date").analyzed(),
                TestArticle.of("wire",
                                "Part of the Kelby Viaduct collapsed into the Wren River on Monday, hospital officials said.",
                                "Sixteen people were injured, and commuters face long detours.",
                                "The collapse of the Kelby Viaduct into the Wren River cut the main rail link to the eastern"
                                        + " suburbs.",
                                "Regional rail engineers began surveying the viaduct's remaining spans on Tuesday.")
                        .title("Sixteen hurt in Kelby Viaduct collapse").outlet("Eastern Wire")
                        .published(TUESDAY, "--date").analyzed()));
    }

    /**
     * The steps before put the twin in the lead's stead (backed by two outlets, while the lead's figure is disputed),
     * then the disputed lead comes back: the twin goes, and its words are filled.
     */
    @Test
    void aLineTheDisputedLeadTellsAgainGivesWayToIt() {
        Story story = story();
        var index = story.index(StoryView.MAIN);
        List<SummaryCandidate> ranked = new CandidateRanking(new CandidateFilter(), StorySummarizer.Weights.DEFAULT,
                SentenceTrimmer.standard()).rank(story, index.articles(), index, index.centroid());
        List<Disagreement> disagreements = new NumberDisagreements().find(story);
        assertThat(disagreements).as("nine against sixteen injured").isNotEmpty();
        int budget = 60;
        // the twin and the lines around the event, no line with a side of the dispute
        List<SummaryCandidate> chosen = new ArrayList<>();
        FigureSides sides = new FigureSides(story, disagreements);
        for (SummaryCandidate c : ranked) {
            if (c.sentence().index() > 0 && sides.of(c.article(), c.sentence()).isEmpty()
                    && !(c.text().contains("rail link") && SummaryCandidate.words(chosen) > 0 && chosen.stream()
                    .anyMatch(o -> o.text().contains("rail link")))
                    && SummaryCandidate.words(chosen) + c.words() <= budget) {
                chosen.add(c);
            }
        }
        assertThat(chosen).as("the twin is among the chosen").anySatisfy(c -> assertThat(c.text()).contains("rail link"));
        List<SummaryCandidate> told = DisputedLeads.withDisputedLeads(chosen, ranked, sides, index, budget);
        assertThat(told).as("the lead came in").anySatisfy(c -> assertThat(c.text()).startsWith("A span of the Kelby"));
        assertThat(told.stream().filter(c -> c.text().contains("rail link"))).as("the rail link told once").hasSize(1);
        assertThat(SummaryCandidate.words(told)).isLessThanOrEqualTo(budget);
    }
}
