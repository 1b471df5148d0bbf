package dev.storybrief.group.stories;

import dev.storybrief.clean.FoundDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stories {@code storybrief stories} lists for a set of documents: grouped by {@link StoryClusterer} on the text a
 * briefing reads, largest first, numbered story-1, story-2, ... in that order. One place, so that a briefing's note
 * that its folder mixes stories names the same stories the listing shows.
 */
public final class ListedStories {
    /** The listing's default time window, in days (its {@code --window-days}). */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    private ListedStories() {
    }

    /** The stories of these documents (as {@code Storybrief.findMetadata} finds them), largest first. */
    public static List<StoryGroup> of(List<FoundDocument> found, int windowDays) {
        return largestFirst(new StoryClusterer(StoryOptions.defaults().withWindowDays(windowDays))
                .addAll(found.stream().map(FoundDocument::forGrouping).toList()).stories());
    }

    /**
     * The stories largest first, numbered story-1, story-2, ... in that order: the grouper's own numbers count every
     * story it ever started, also those that later joined another, so they skip and would read as stories missing.
     */
    private static List<StoryGroup> largestFirst(List<StoryGroup> stories) {
        List<StoryGroup> sorted = new ArrayList<>(stories);
        // stable: stories of one size keep the order they started in
        sorted.sort(Comparator.comparingInt(StoryGroup::articlesRead).reversed());
        List<StoryGroup> numbered = new ArrayList<>();
        for (StoryGroup story : sorted) {
            numbered.add(story.withId("story-" + (numbered.size() + 1)));
        }
        return numbered;
    }
}
