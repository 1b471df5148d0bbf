package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.article;
import static dev.storybrief.brief.disagreement.DisagreementFixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Disagreement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One sentence that lists two charges ("five counts of fraud and two counts of forgery") gives the figures of two
 * things: "counts" after a figure is the count's noun, and the words before it ("is facing five") name no source, so
 * the report does not dispute itself (a report that credits two counts to two sources still does:
 * {@link SourcedFigureDisputesTest}). Made-up reports.
 */
class TwoChargesOneSentenceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 14);

    private static List<Disagreement> find(String... reports) {
        var articles = new dev.storybrief.model.AnalyzedArticle[reports.length];
        for (int i = 0; i < reports.length; i++) {
            articles[i] = article("r" + i, DAY, reports[i]);
        }
        return new NumberDisagreements().find(story(articles));
    }

    @Test
    void twoChargesInOneSentenceAreNoDispute() {
        List<Disagreement> found = find(
                "Harlan Pike was arrested in Orrin on Tuesday and is facing five counts of fraud and two counts of"
                        + " forgery. He was released on bail.",
                "A former bank clerk was arrested in Orrin on Tuesday after a raid on his office. Harlan Pike, 44, was"
                        + " charged with fraud and forgery.");
        assertThat(found).as("%s", found).noneMatch(d -> d.topic().contains("count"));
        assertThat(find("Harlan Pike, 44, faces seven counts of fraud and three counts of forgery, and prosecutors say"
                + " two more charges may follow. He was released on bail.", "Harlan Pike was charged on Tuesday."))
                .as("a sentence of three charges").noneMatch(d -> d.topic().contains("count"));
    }
}
