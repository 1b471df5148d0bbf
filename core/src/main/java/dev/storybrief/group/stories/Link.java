package dev.storybrief.group.stories;

import java.io.Serializable;

/**
 * Two things found in neighbouring blocks that are one: two stories (by story id) or two copies of one article (by
 * article id).
 *
 * @param left  the id in the earlier block
 * @param right the id in the later block
 */
public record Link(String left, String right) implements Serializable {
}
