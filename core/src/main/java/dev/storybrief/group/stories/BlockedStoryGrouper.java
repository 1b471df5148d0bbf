package dev.storybrief.group.stories;

import dev.storybrief.ingest.RawDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Story grouping in three steps that can run apart, the way the Spark job runs them: (1) each time block is grouped
 * by its own {@link StoryClusterer}, its articles in day order (then id order, so the input order does not matter);
 * (2) {@link StoryLinker} links the stories and copies
 * that continue across each edge between neighbouring blocks; (3) {@link StoryMerger} joins linked stories. This
 * class runs the three steps in one JVM; its result is what the Spark job writes, and tests compare the two.
 *
 * <p>Article ids must be unique: the steps refer to articles by id.
 */
public final class BlockedStoryGrouper {
    private final StoryOptions options;
    private final TimeBlocks blocks;
    private long comparisons;

    /** A grouper with these options. */
    public BlockedStoryGrouper(StoryOptions options) {
        this.options = options;
        this.blocks = new TimeBlocks(options);
    }

    /** The order blocks are grouped in: by day, then by id, so the result does not depend on input order. */
    public static final Comparator<RawDocument> DAY_THEN_ID =
            Comparator.comparingLong((RawDocument doc) -> ArticleDates.epochDay(doc)).thenComparing(RawDocument::id);

    /**
     * Step 1 for one block: the block's articles grouped in the order given ({@link #DAY_THEN_ID} in this class).
     *
     * @param block    the block number from {@link TimeBlocks#blockOf(long)}
     * @param articles the block's articles, in the order to group them
     */
    public BlockResult groupBlock(long block, List<RawDocument> articles) {
        StoryClusterer clusterer = new StoryClusterer(options, blocks.label(block) + "#");
        clusterer.addAll(articles);
        comparisons += clusterer.comparisons();
        return new BlockResult(block, clusterer.stories(), clusterer.sketches());
    }

    /** Step 2 for one edge: links between a block and the next, from their sketches. */
    public BoundaryLinks linkEdge(long block, List<StorySketch> sketches, List<StorySketch> nextSketches) {
        return new StoryLinker(options).link(blocks.nearEnd(block, sketches), blocks.nearStart(block + 1, nextSketches));
    }

    /** All three steps over the articles. */
    public List<StoryGroup> group(List<RawDocument> articles) {
        requireUniqueIds(articles);
        Map<Long, List<RawDocument>> byBlock = new TreeMap<>();
        for (RawDocument doc : articles) {
            byBlock.computeIfAbsent(blocks.blockOf(ArticleDates.epochDay(doc)), b -> new ArrayList<>()).add(doc);
        }
        Map<Long, BlockResult> results = new TreeMap<>();
        byBlock.forEach((block, docs) -> {
            docs.sort(DAY_THEN_ID);
            results.put(block, groupBlock(block, docs));
        });
        List<BoundaryLinks> links = new ArrayList<>();
        results.forEach((block, result) -> {
            BlockResult next = results.get(block + 1);
            if (blocks.hasNext(block) && next != null) {
                links.add(linkEdge(block, result.sketches(), next.sketches()));
            }
        });
        Map<String, RawDocument> byId = new HashMap<>();
        articles.forEach(doc -> byId.put(doc.id(), doc));
        return merge(results.values(), new StoryMerger(links), byId);
    }

    private static List<StoryGroup> merge(Iterable<BlockResult> results, StoryMerger merger,
                                          Map<String, RawDocument> byId) {
        Map<String, List<RawDocument>> membersByStory = new LinkedHashMap<>();
        Map<String, String> representativeOf = new HashMap<>();
        for (BlockResult result : results) {
            for (StoryGroup story : result.stories()) {
                List<RawDocument> members = membersByStory.computeIfAbsent(merger.storyOf(story.id()),
                        s -> new ArrayList<>());
                for (int i = 0; i < story.size(); i++) {
                    String rep = merger.representativeOf(story.duplicateIds().get(i).get(0));
                    story.duplicateIds().get(i).forEach(id -> representativeOf.put(id, rep));
                }
                story.allIds().forEach(id -> members.add(byId.get(id)));
            }
        }
        List<StoryGroup> stories = new ArrayList<>();
        membersByStory.forEach((id, members) -> {
            members.sort(DAY_THEN_ID);
            stories.add(StoryMerger.assemble(id, members, representativeOf));
        });
        return stories;
    }

    /** Similarity computations made by the block clusterers so far. */
    public long comparisons() {
        return comparisons;
    }

    private static void requireUniqueIds(List<RawDocument> articles) {
        Set<String> seen = new HashSet<>();
        for (RawDocument doc : articles) {
            if (!seen.add(doc.id())) {
                throw new IllegalArgumentException("article id \"" + doc.id() + "\" appears twice; blocked grouping"
                        + " refers to articles by id");
            }
        }
    }
}
