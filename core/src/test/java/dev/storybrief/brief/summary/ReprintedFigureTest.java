package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure an agency's text gives, run by five papers, is more widely told than one three papers give in their own
 * reports, though folding the reprints leaves one report against three: the summary states the agency's figure.
 */
class ReprintedFigureTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 28);

    @Test
    void aReprintedFigureCountsEveryOutletThatPrintedIt() {
        String[] agency = {
                "Storm Brann brought winds of up to 140 km/h to the Orvale coast on Wednesday, felling trees and"
                        + " closing the harbour road.",
                "About 30000 homes in Orvale were left without power, Orvale Electric said.",
                "\"It was the strongest wind I have ever seen,\" said fisherman Tom Ashby, who stayed ashore.",
                "Ferries between Orvale and the islands were cancelled and schools stayed shut until the afternoon.",
                "Engineers expect to restore all power by the weekend, the company said in a statement."};
        List<AnalyzedArticle> articles = new ArrayList<>();
        String[] reprinters = {"Orvale Wire", "Kelby Times", "Tarn Herald", "Coast News", "Redfield Tribune"};
        for (int i = 0; i < reprinters.length; i++) {
            articles.add(TestArticle.of("wire" + i, agency).outlet(reprinters[i]).published(DAY, "page").analyzed());
        }
        String[] own = {"Harwick Post", "Brenmoor Star", "Midshire Echo"};
        for (int i = 0; i < own.length; i++) {
            articles.add(TestArticle.of("own" + i,
                    "About 35000 homes in Orvale were left without power.",
                    "Storm Brann's winds tore roofs from " + (i + 3) + " houses in the old town of " + own[i] + ".",
                    "Volunteers handed out blankets at the " + own[i] + " church hall.")
                    .outlet(own[i]).published(DAY, "page").analyzed());
        }
        Story story = new StoryGrouper().group("s", articles);
        assertThat(story.reprints()).isNotEmpty();
        List<SummarySentence> summary = new StorySummarizer().summarize(story, 120);
        assertThat(summary).extracting(SummarySentence::text)
                .anyMatch(t -> t.contains("30000 homes"))
                .noneMatch(t -> t.contains("35000 homes"));
    }
}
