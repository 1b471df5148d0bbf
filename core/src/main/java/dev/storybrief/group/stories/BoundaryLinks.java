package dev.storybrief.group.stories;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link StoryLinker} found across one block edge.
 *
 * @param stories stories that continue across the edge
 * @param copies  articles that are copies of each other across the edge
 */
public record BoundaryLinks(List<Link> stories, List<Link> copies) implements Serializable {

    public BoundaryLinks {
        stories = List.copyOf(stories);
        copies = List.copyOf(copies);
    }
}
