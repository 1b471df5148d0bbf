package dev.storybrief.group.stories;

import java.util.List;

/**
 * The stories one time block holds on its own, and their sketches for linking with the neighbouring blocks.
 *
 * @param block    the block number
 * @param stories  its stories, ids prefixed with the block's label
 * @param sketches their sketches, same order
 */
public record BlockResult(long block, List<StoryGroup> stories, List<StorySketch> sketches) {

    public BlockResult {
        stories = List.copyOf(stories);
        sketches = List.copyOf(sketches);
    }

}
