package dev.storybrief.group;

import dev.storybrief.group.stories.TwoWayCut;
import dev.storybrief.model.Story;
import java.util.List;
import java.util.Optional;

/**
 * The best cut of a story's articles in two ({@link TwoWayCut}, on the cosines of their words under the story's own
 * weights, {@code StoryCohesion.cosines}), and how far apart the two parts are. A folder of two stories, each told by
 * several articles, cuts into its stories, far apart; one story cuts along its angles (the investigation, the
 * victims), which still share its names and words.
 *
 * @param first  the ids of one group, in story order
 * @param second the ids of the other
 * @param cut    the cut itself, with how close the articles are within the groups and across them
 */
public record FolderSplit(List<String> first, List<String> second, TwoWayCut cut) {
    /**
     * Below this {@link #ratio()}, with two articles or more on each side, the folder is said to hold two stories.
     * Chosen on the tuning part of DUC 2004 + Multi-News ({@code OffTopicEvaluation}): one true story called two 1 of
     * 75, two true stories given together caught 65 of 75 (0.35: 2 and 66; 0.40: 2 and 68; 0.50: 8 and 69).
     */
    public static final double MAX_RATIO = 0.30;

    public FolderSplit {
        first = List.copyOf(first);
        second = List.copyOf(second);
    }

    /** Cross over within: near 0 for two unrelated stories, near 1 for articles that all tell one. */
    public double ratio() {
        return cut.ratio();
    }

    /** The smaller group's size. */
    public int smaller() {
        return cut.smaller();
    }

    /** True when the cut parts two stories: two articles or more on each side, and far apart. */
    public boolean twoStories() {
        return smaller() >= 2 && ratio() < MAX_RATIO;
    }

    /**
     * The two-way cut ({@link TwoWayCut}) of a story of 4 to {@link StoryCohesion#MAX_ARTICLES} articles; empty
     * otherwise.
     */
    public static Optional<FolderSplit> of(Story story) {
        return of(story, StoryCohesion.cosines(story));
    }

    /** As {@link #of(Story)}, from the story's {@link StoryCohesion#cosines} already worked out. */
    public static Optional<FolderSplit> of(Story story, double[][] cosine) {
        List<String> ids = story.articles().stream().map(a -> a.id()).toList();
        return TwoWayCut.of(cosine).map(cut -> new FolderSplit(cut.first().stream().map(ids::get).toList(),
                cut.second().stream().map(ids::get).toList(), cut));
    }
}
