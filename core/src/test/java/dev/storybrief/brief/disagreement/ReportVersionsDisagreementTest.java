package dev.storybrief.brief.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One wire story in several copies whose outlets are unknown (pasted text without a masthead) is one report in a
 * disagreement, not one claim a copy: the copies that give one figure are one claim, the copy that changed it another.
 * (Copies under one named outlet are its versions, folded into the newest.)
 */
class ReportVersionsDisagreementTest {
    private static final String REST = " The blaze at the Harlow timber yard was brought under control before dawn, the fire"
            + " service said. Residents of the Millgate district were told to keep their windows closed overnight. The yard"
            + " is run by Fenwick Timber, which said it was working with investigators. Smoke could be seen across the"
            + " valley for most of the night. Police closed the ring road near the yard until the morning.";

    private static AnalyzedArticle copy(String id, String figure) {
        return AnnotatorChain.standard().annotate(new Article(id, null, "Fire at Harlow timber yard", null, null,
                LocalDate.of(2026, 4, 2), "given",
                List.of("Chief fire officer Ruth Amber said " + figure + " firefighters fought the fire at the yard." + REST),
                List.of(), null));
    }

    @Test
    void versionsOfOneReportGiveOneClaimPerFigure() {
        List<AnalyzedArticle> copies = List.of(copy("w1", "about 60"), copy("w2", "60"), copy("w3", "60"),
                copy("w4", "about 60"), copy("w5", "110"));
        Story story = new StoryGrouper().group("s", copies);
        assertThat(copies.stream().map(c -> story.reportOf(c.article().id())).distinct())
                .as("the copies are one report").hasSize(1);
        List<Disagreement> found = new NumberDisagreements().find(story);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).claims()).extracting(Claim::source).containsExactly("w1", "w5");
    }
}
