package dev.storybrief.group.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts, for one lookup, how many index terms each story shares with the article, and hands back the stories that
 * share the most. The counts array is reused between lookups and only touched entries are reset, so a lookup costs
 * what its posting lists hold, not the number of stories.
 */
final class CandidateCounter {
    private int[] counts = new int[64];
    private int touchedSize;
    private int[] touchedItems = new int[64];

    /** Counts one shared term for {@code story}. */
    void count(int story) {
        if (story >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(story + 1, counts.length * 2));
        }
        if (counts[story]++ == 0) {
            if (touchedSize == touchedItems.length) {
                touchedItems = Arrays.copyOf(touchedItems, touchedSize * 2);
            }
            touchedItems[touchedSize++] = story;
        }
    }

    /**
     * The {@code limit} stories with the most shared terms (the newer story first on a tie), and a reset for the next
     * lookup.
     */
    List<Integer> takeTop(int limit) {
        Integer[] stories = new Integer[touchedSize];
        for (int i = 0; i < touchedSize; i++) {
            stories[i] = touchedItems[i];
        }
        int[] snapshot = counts;
        Arrays.sort(stories, (a, b) -> snapshot[a] != snapshot[b] ? Integer.compare(snapshot[b], snapshot[a])
                : Integer.compare(b, a));
        List<Integer> top = new ArrayList<>(Arrays.asList(stories).subList(0, Math.min(limit, stories.length)));
        for (int i = 0; i < touchedSize; i++) {
            counts[touchedItems[i]] = 0;
        }
        touchedSize = 0;
        return top;
    }
}
