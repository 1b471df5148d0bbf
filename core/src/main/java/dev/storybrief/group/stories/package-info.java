/**
 * Story grouping over a stream of single articles: near-duplicate wire copy collapsed into one article
 * ({@link dev.storybrief.group.stories.MinHash} signatures of word shingles, LSH banding), then articles about the
 * same event within a time window clustered together ({@link dev.storybrief.group.stories.StoryClusterer}, incremental TF-IDF,
 * candidate clusters from an inverted index, never all pairs). {@link dev.storybrief.group.stories.BlockedStoryGrouper}
 * runs the same steps per time block and links the blocks, which is how the Spark job scales them.
 */
package dev.storybrief.group.stories;
