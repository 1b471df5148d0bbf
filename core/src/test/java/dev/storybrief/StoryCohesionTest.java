package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article slipped into a folder by mistake is named; a folder of several stories is said to be one; a summary left
 * empty says why.
 */
class StoryCohesionTest {
    private static final String FERRY_A = "The harbour council voted on Tuesday to close the old ferry terminal at"
            + " Kestrel Point. Engineers said the pier was unsafe after the winter storms damaged its piles.";
    private static final String FERRY_B = "Kestrel Point's ferry terminal will close after the harbour council vote."
            + " The pier piles were damaged by winter storms, engineers told the council.";
    private static final String FERRY_C = "Ferry passengers at Kestrel Point face a longer trip once the terminal"
            + " closes. The harbour council said storms had left the pier unsafe for the ferry.";
    private static final String ORCHESTRA = "The city orchestra named a new conductor for its spring season of"
            + " symphonies. Musicians praised her work with young violinists and the choir.";
    private static final String WEATHER = "Today periods of rain. High 58F. Winds east at 10 to 20 mph. Tonight"
            + " thunderstorms likely, low 45F, chance of rain 90 percent.";

    private static RawDocument document(String id, String text) {
        return new RawDocument(id, null, SourceFormat.TEXT, text, Map.of());
    }

    private static Briefing brief(RawDocument... documents) {
        return Storybrief.builder().build().briefDocuments("folder", List.of(documents), new ArrayList<>());
    }

    @Test
    void anArticleOfAnotherStoryIsNamedAndTheStorysOwnAreNot() {
        Briefing briefing = brief(document("a", FERRY_A), document("orchestra", ORCHESTRA), document("b", FERRY_B),
                document("c", FERRY_C));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("close to none"))
                .containsExactly("note orchestra comes close to none of the other articles: another story, or a"
                        + " site's notice saved as a page?");
        assertThat(brief(document("a", FERRY_A), document("b", FERRY_B), document("c", FERRY_C)).warnings())
                .noneMatch(w -> w.contains("close to none"));
    }

    @Test
    void aFolderOfUnrelatedPagesIsSaidToBeSeveralStoriesOnce() {
        Briefing briefing = brief(document("a", FERRY_A), document("orchestra", ORCHESTRA),
                document("weather", WEATHER));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("close to none"))
                .containsExactly("note 3 of the 3 articles come close to none of the others: they look like several"
                        + " stories (storybrief stories groups them)");
    }

    /** A budget no sentence fits in gives an empty summary, and says why. */
    @Test
    void aBudgetNoSentenceFitsInIsSaid() {
        Briefing briefing = Storybrief.builder().words(4).build().briefDocuments("folder",
                List.of(document("a", FERRY_A), document("b", FERRY_B)), new ArrayList<>());
        assertThat(briefing.summary()).isEmpty();
        assertThat(briefing.warnings()).contains("note summary: no sentence fits within 4 words; give more (--words 60)");
        assertThat(brief(document("a", FERRY_A), document("b", FERRY_B)).warnings())
                .noneMatch(w -> w.startsWith("note summary"));
    }
}
