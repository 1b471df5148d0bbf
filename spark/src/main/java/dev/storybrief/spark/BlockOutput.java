package dev.storybrief.spark;

import dev.storybrief.group.stories.StorySketch;
import java.io.Serializable;
import java.util.List;

/**
 * What grouping one time block gives: every article with the block's story and copy representative, and the
 * sketches of the block's stories for linking across block edges.
 *
 * @param block    the block number
 * @param articles the block's articles, assigned
 * @param sketches the block's story sketches
 */
record BlockOutput(long block, List<Assigned> articles, List<StorySketch> sketches) implements Serializable {

    /**
     * One article and where its block put it.
     *
     * @param article        the article
     * @param story          the block's story id
     * @param representative the key of the article standing for its copies in the block (its own key if none)
     */
    record Assigned(ArticleRecord article, String story, String representative) implements Serializable {
    }
}
