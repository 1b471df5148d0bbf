package dev.storybrief.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class MmrBaselineTest {
    private static final String A = "Floodwaters swept through the river town of Millford on Monday, destroying dozens of homes.";
    private static final String B = "Floodwaters swept through the river town of Millford on Monday and destroyed dozens of homes.";

    private static final Story STORY = Stories.of("mmr",
            A + " Rescue crews evacuated hundreds of residents by boat.",
            B + " The governor declared a state of emergency for the region.",
            "Officials said flood damage to homes in Millford could exceed ten million dollars. "
                    + "A local bakery reopened its doors.");

    private static List<String> picks(MmrBaseline mmr, int budget) {
        return mmr.summarize(STORY, budget).stream().map(SummarySentence::text).toList();
    }

    @Test
    void byRelevanceAloneTheTwoNearDuplicatesWouldBeChosen() {
        // lambda 1: pure relevance to the centroid, the setting MMR corrects
        assertThat(picks(new MmrBaseline(1.0, false), 30)).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void theSecondPickIsNotTheNearDuplicateOfTheFirst() {
        List<String> picked = picks(new MmrBaseline(), 30);
        assertThat(picked).hasSize(2).contains(A).doesNotContain(B);
        assertThat(picked).anyMatch(s -> s.startsWith("Officials said flood damage"));
    }

    @Test
    void theFirstPickIsTheMostRelevantSentence() {
        assertThat(picks(new MmrBaseline(), 15)).containsExactly(A);
    }
}
