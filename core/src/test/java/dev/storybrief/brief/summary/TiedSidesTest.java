package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.brief.disagreement.NumberDisagreements;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.DisagreementKind;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two sides of a disagreement told by one outlet each (sum24's web-spill leftover): the summary states the side whose
 * line says whose figure it is, though the bare line ranks higher; a side more outlets give keeps its place. Made-up
 * reports of a made-up diesel spill.
 */
class TiedSidesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 12);

    private static AnalyzedArticle article(String id, String... paragraphs) {
        return TestArticle.of(id, paragraphs).published(DAY, "--date").analyzed();
    }

    private static final String ATTRIBUTED = "About 2,000 litres of diesel leaked into the River Tarn at Kelby on"
            + " Wednesday, killing thousands of fish, the Environment Agency said.";
    private static final String BARE = "Some 20,000 litres of diesel leaked into the River Tarn at Kelby on Wednesday"
            + " from a broken pipe at the bus depot.";

    private static SummaryCandidate first(AnalyzedArticle article, double score) {
        String text = article.sentences().get(0).text();
        return new SummaryCandidate(article, article.sentences().get(0), text, Words.count(text), score,
                SentenceTrimmer.none());
    }

    private static List<SummaryCandidate> kept(List<AnalyzedArticle> articles) {
        Story story = new StoryGrouper().group("spill", articles);
        List<Disagreement> listed = new NumberDisagreements().find(story);
        assertThat(listed).anySatisfy(d -> assertThat(d.kind()).isEqualTo(DisagreementKind.NUMBER));
        AnalyzedArticle gazette = articles.get(0);
        AnalyzedArticle chronicle = articles.get(1);
        // the bare line ranks higher, as the centre of the story's words put it
        List<SummaryCandidate> chosen = new ArrayList<>(List.of(first(chronicle, 0.735), first(gazette, 0.696)));
        return OneSideOfEachDisagreement.withOneSideOfEachDisagreement(story, chosen, chosen,
                story.index(StoryView.MAIN), 120, () -> listed);
    }

    @Test
    void onATieTheLineSayingWhoseFigureItIsStatesIt() {
        List<SummaryCandidate> kept = kept(List.of(
                article("gazette", ATTRIBUTED, "Anglers found dead fish for two miles below the depot."),
                article("chronicle", BARE, "The depot's owner said the pipe had been repaired.")));
        assertThat(kept).extracting(s -> s.sentence().text()).containsExactly(ATTRIBUTED);
    }

    @Test
    void aSideMoreOutletsGiveKeepsItsPlace() {
        List<SummaryCandidate> kept = kept(List.of(
                article("gazette", ATTRIBUTED, "Anglers found dead fish for two miles below the depot."),
                article("chronicle", BARE, "The depot's owner said the pipe had been repaired."),
                article("post", "Around 20,000 litres of diesel leaked into the River Tarn at Kelby from the bus depot"
                        + " on Wednesday.", "Kelby council closed the riverside path.")));
        assertThat(kept).extracting(s -> s.sentence().text()).containsExactly(BARE);
    }
}
