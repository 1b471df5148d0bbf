package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two-way cut of a folder: its two stories far apart, a page alone left out of the cut. */
class FolderSplitTest {
    private static final List<String> MILL = List.of(
            "A fire destroyed the old grain mill in Kellport on Tuesday night, and nobody was hurt, the fire brigade said.",
            "The Kellport grain mill burned down on Tuesday; firefighters said nobody was hurt in the mill fire.",
            "Firefighters fought the fire at the Kellport grain mill for hours on Tuesday night; the mill is lost.");
    private static final List<String> VOTE = List.of(
            "Voters in Redfield chose Ana Costa as mayor on Tuesday, ending twelve years of rule by the Labour group.",
            "Ana Costa won the Redfield mayoral election on Tuesday with 54 percent of the vote, officials said.",
            "Redfield's new mayor Ana Costa thanked voters on Tuesday night after winning the mayoral election.");
    private static final String WEATHER = "Today periods of rain. High 58F. Winds east at 10 to 20 mph. Tonight"
            + " thunderstorms likely, low 45F, chance of rain 90 percent.";

    private static Story story(List<String> texts) {
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            docs.add(new RawDocument("d" + i, null, SourceFormat.TEXT, texts.get(i), Map.of()));
        }
        return Storybrief.builder().build().story("folder", docs, new ArrayList<>());
    }

    @Test
    void twoStoriesAreCutApartAndAPageAloneIsLeftOut() {
        List<String> texts = new ArrayList<>(List.of(MILL.get(0), VOTE.get(0), MILL.get(1), WEATHER, VOTE.get(1),
                MILL.get(2), VOTE.get(2)));
        FolderSplit split = FolderSplit.of(story(texts)).orElseThrow();
        List<List<String>> sides = List.of(split.first(), split.second());
        assertThat(sides).containsExactlyInAnyOrder(List.of("d0", "d2", "d5"), List.of("d1", "d4", "d6"));
        assertThat(split.ratio()).isLessThan(FolderSplit.MAX_RATIO);
        assertThat(split.twoStories()).isTrue();
    }

    @Test
    void oneStoryIsNoTwoAndFewArticlesAreNotCut() {
        List<String> mill = new ArrayList<>(MILL);
        mill.add("The Kellport grain mill that burned on Tuesday night had stood by the river for a hundred years.");
        assertThat(FolderSplit.of(story(mill)).orElseThrow().twoStories()).isFalse();
        assertThat(FolderSplit.of(story(MILL))).isEmpty();
    }
}
