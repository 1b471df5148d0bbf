package dev.storybrief.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.NothingToBriefException;
import dev.storybrief.Storybrief;
import dev.storybrief.group.stories.BlockResult;
import dev.storybrief.group.stories.BlockedStoryGrouper;
import dev.storybrief.group.stories.BoundaryLinks;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryJson;
import dev.storybrief.group.stories.StoryMerger;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.group.stories.StorySketch;
import dev.storybrief.group.stories.TimeBlocks;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Briefing;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The job's stages, each a call into core, never a second implementation:
 * <ol>
 *   <li>group: articles keyed by time block ({@link TimeBlocks}), each block grouped by
 *       {@link BlockedStoryGrouper#groupBlock} (near-duplicates, then incremental clustering) in parallel;</li>
 *   <li>link: the sketches of stories near each block edge meet in one task per edge, where {@code StoryLinker}
 *       finds stories and copies that continue across it; only these links go to the driver;</li>
 *   <li>brief: articles are keyed by their final story ({@link StoryMerger}, broadcast), each story is assembled
 *       by {@link StoryMerger#assemble} and briefed by {@link Storybrief#briefDocuments} from every article read
 *       into it, copies too (as {@code brief} reads them), one JSON line per story ({@link StoryJson}).</li>
 * </ol>
 * No stage compares all pairs of articles: work is bounded by block and by edge.
 */
public final class StoryPipeline implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Comparator<ArticleRecord> DAY_ID_KEY = Comparator.comparingLong(ArticleRecord::day)
            .thenComparing(ArticleRecord::id).thenComparing(ArticleRecord::key);

    private final StoryOptions options;
    private final int words;
    private final int minArticles;
    private final int partitions;

    /**
     * A pipeline.
     *
     * @param options     grouping options
     * @param words       summary budget per briefing
     * @param minArticles stories with fewer distinct articles are written without a briefing
     * @param partitions  partitions for the grouping and briefing shuffles (0: four per core of the default parallelism,
     *                    so that one slow story does not hold a core idle)
     */
    public StoryPipeline(StoryOptions options, int words, int minArticles, int partitions) {
        this.options = options;
        this.words = words;
        this.minArticles = minArticles;
        this.partitions = partitions;
    }

    /** Runs every stage and writes the story lines under {@code output} (a Hadoop path that must not exist). */
    public PipelineReport run(JavaRDD<ArticleRecord> articles, String output) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(articles.context());
        int parallelism = partitions > 0 ? partitions : 4 * context.defaultParallelism();
        long start = System.nanoTime();
        JavaRDD<BlockOutput> blocks = groupBlocks(articles, parallelism).persist(StorageLevel.MEMORY_AND_DISK());
        long[] counts = blocks.map(b -> new long[]{1, b.articles().size()})
                .fold(new long[]{0, 0}, (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
        long grouped = System.nanoTime();
        List<BoundaryLinks> links = linkEdges(blocks);
        long linked = System.nanoTime();
        LongAccumulator stories = context.sc().longAccumulator("stories");
        LongAccumulator briefed = context.sc().longAccumulator("briefed");
        LongAccumulator notBriefed = context.sc().longAccumulator("notBriefed");
        briefStories(blocks, new StoryMerger(links), parallelism, stories, briefed, notBriefed).saveAsTextFile(output);
        long done = System.nanoTime();
        blocks.unpersist(false);
        long edgeLinks = links.stream().mapToLong(l -> l.stories().size()).sum();
        return new PipelineReport(counts[1], counts[0], edgeLinks, stories.value(), briefed.value(), notBriefed.value(),
                (grouped - start) / 1e9, (linked - grouped) / 1e9, (done - linked) / 1e9, "");
    }

    /** The story lines without writing them, for tests: all stages, lazily. */
    public JavaRDD<String> storyLines(JavaRDD<ArticleRecord> articles) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(articles.context());
        int parallelism = partitions > 0 ? partitions : 4 * context.defaultParallelism();
        JavaRDD<BlockOutput> blocks = groupBlocks(articles, parallelism).cache();
        LongAccumulator ignored = context.sc().longAccumulator();
        return briefStories(blocks, new StoryMerger(linkEdges(blocks)), parallelism, ignored, ignored, ignored);
    }

    /** Stage 1: one {@link BlockOutput} per time block. */
    JavaRDD<BlockOutput> groupBlocks(JavaRDD<ArticleRecord> articles, int parallelism) {
        StoryOptions opts = options;
        return articles.mapToPair(a -> new Tuple2<>(new TimeBlocks(opts).blockOf(a.day()), a))
                .groupByKey(parallelism)
                .map(block -> groupBlock(opts, block._1(), block._2()));
    }

    private static BlockOutput groupBlock(StoryOptions options, long block, Iterable<ArticleRecord> records) {
        List<ArticleRecord> ordered = new ArrayList<>();
        records.forEach(ordered::add);
        // the order inside a group from a shuffle is not fixed: sort, so the result is
        ordered.sort(DAY_ID_KEY);
        Map<String, ArticleRecord> byKey = new HashMap<>();
        ordered.forEach(a -> byKey.put(a.key(), a));
        BlockResult result = new BlockedStoryGrouper(options).groupBlock(block,
                ordered.stream().map(ArticleRecord::keyed).toList());
        List<BlockOutput.Assigned> assigned = new ArrayList<>();
        for (StoryGroup story : result.stories()) {
            for (List<String> copies : story.duplicateIds()) {
                for (String key : copies) {
                    assigned.add(new BlockOutput.Assigned(byKey.get(key), story.id(), copies.get(0)));
                }
            }
        }
        return new BlockOutput(block, assigned, new ArrayList<>(result.sketches()));
    }

    /** Stage 2: one task per block edge, links collected. */
    List<BoundaryLinks> linkEdges(JavaRDD<BlockOutput> blocks) {
        StoryOptions opts = options;
        JavaPairRDD<Long, Tuple2<Boolean, List<StorySketch>>> sides = blocks.flatMapToPair(b -> {
            TimeBlocks timeBlocks = new TimeBlocks(opts);
            List<Tuple2<Long, Tuple2<Boolean, List<StorySketch>>>> out = new ArrayList<>();
            if (timeBlocks.hasNext(b.block())) {
                // edge e lies between block e and block e + 1
                List<StorySketch> nearEnd = new ArrayList<>(timeBlocks.nearEnd(b.block(), b.sketches()));
                List<StorySketch> nearStart = new ArrayList<>(timeBlocks.nearStart(b.block(), b.sketches()));
                out.add(new Tuple2<>(b.block(), new Tuple2<>(true, nearEnd)));
                out.add(new Tuple2<>(b.block() - 1, new Tuple2<>(false, nearStart)));
            }
            return out.iterator();
        });
        return sides.groupByKey().flatMap(edge -> {
            List<StorySketch> earlier = null;
            List<StorySketch> later = null;
            for (Tuple2<Boolean, List<StorySketch>> side : edge._2()) {
                if (side._1()) {
                    earlier = side._2();
                } else {
                    later = side._2();
                }
            }
            if (earlier == null || later == null || earlier.isEmpty() || later.isEmpty()) {
                return java.util.Collections.<BoundaryLinks>emptyIterator();
            }
            return List.of(new BlockedStoryGrouper(opts).linkEdge(edge._1(), earlier, later)).iterator();
        }).filter(l -> !l.stories().isEmpty() || !l.copies().isEmpty()).collect();
    }

    /**
     * Stage 3: one JSON line per final story. The articles are shuffled once, sorted by story id inside each
     * partition (Spark's external sort, which spills to disk), and each partition is read as consecutive runs of one
     * story: one story's articles are in memory at a time and each line is written as soon as it is briefed, never
     * the whole partition's. The sort also fixes the order of the lines, so every master (local or a cluster, with or
     * without a lost executor) writes the same bytes for the same input and partitions.
     */
    JavaRDD<String> briefStories(JavaRDD<BlockOutput> blocks, StoryMerger merger, int parallelism,
                                 LongAccumulator stories, LongAccumulator briefed, LongAccumulator notBriefed) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(blocks.context());
        Broadcast<StoryMerger> shared = context.broadcast(merger);
        int budget = words;
        int least = minArticles;
        return blocks.flatMap(b -> b.articles().iterator())
                .mapToPair(a -> new Tuple2<>(shared.value().storyOf(a.story()), new BlockOutput.Assigned(a.article(),
                        a.story(), shared.value().representativeOf(a.representative()))))
                .repartitionAndSortWithinPartitions(new HashPartitioner(parallelism), StoryIdOrder.INSTANCE)
                .mapPartitions(sorted -> new StoryBriefer(budget, least, stories, briefed, notBriefed)
                        .lines(new StoryRuns<>(sorted)));
    }

    /** Story ids in their natural order; a named serializable class, as Spark ships the comparator to tasks. */
    private enum StoryIdOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            return a.compareTo(b);
        }
    }

    /** Briefs the stories of one partition; one core pipeline per partition. */
    private static final class StoryBriefer {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final Storybrief storybrief;
        private final int minArticles;
        private final LongAccumulator stories;
        private final LongAccumulator briefed;
        private final LongAccumulator notBriefed;

        StoryBriefer(int words, int minArticles, LongAccumulator stories, LongAccumulator briefed,
                     LongAccumulator notBriefed) {
            this.storybrief = Storybrief.builder().words(words).build();
            this.minArticles = minArticles;
            this.stories = stories;
            this.briefed = briefed;
            this.notBriefed = notBriefed;
        }

        /** One line per story, briefed only when Spark asks for it (saveAsTextFile writes it before the next). */
        Iterator<String> lines(Iterator<Tuple2<String, List<BlockOutput.Assigned>>> group) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return group.hasNext();
                }

                @Override
                public String next() {
                    Tuple2<String, List<BlockOutput.Assigned>> story = group.next();
                    return line(story._1(), story._2());
                }
            };
        }

        private String line(String storyId, List<BlockOutput.Assigned> members) {
            List<BlockOutput.Assigned> ordered = new ArrayList<>(members);
            ordered.sort(Comparator.comparing(BlockOutput.Assigned::article, DAY_ID_KEY));
            Map<String, String> representativeOf = new HashMap<>();
            Map<String, ArticleRecord> byKey = new HashMap<>();
            for (BlockOutput.Assigned a : ordered) {
                representativeOf.put(a.article().key(), a.representative());
                byKey.put(a.article().key(), a.article());
            }
            StoryGroup keyed = StoryMerger.assemble(storyId,
                    ordered.stream().map(a -> a.article().keyed()).toList(), representativeOf);
            StoryGroup story = withOwnIds(keyed, byKey);
            stories.add(1);
            Briefing briefing = null;
            String problem = null;
            if (story.size() >= minArticles) {
                try {
                    // every article read into the story, copies too, in the sorted order, as brief and stories --brief
                    // read them: a copy that changed a figure is a claim of its own, and the briefing folds reprints
                    List<RawDocument> read = ordered.stream().map(a -> a.article().document()).toList();
                    briefing = storybrief.briefDocuments(story.id(), read, List.of());
                    briefed.add(1);
                } catch (NothingToBriefException e) {
                    notBriefed.add(1);
                    problem = e.getMessage();
                }
            } else {
                // a story written without its briefing is still headed as its briefing would head it: one rule
                try {
                    String headline = storybrief.headline(story.id(), story.articles());
                    story = headline == null ? story : story.withHeadline(headline);
                } catch (NothingToBriefException e) {
                    // no text to head it by: the group stage's label stays
                }
            }
            Map<String, Object> json = StoryJson.toMap(story, briefing);
            if (problem != null) {
                json.put("problem", problem);
            }
            try {
                return JSON.writeValueAsString(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a story always serialises", e);
            }
        }

        /** The story with the articles' own ids in place of the run's keys. */
        private static StoryGroup withOwnIds(StoryGroup keyed, Map<String, ArticleRecord> byKey) {
            List<RawDocument> articles = keyed.articles().stream().map(d -> byKey.get(d.id()).document()).toList();
            List<List<String>> ids = keyed.duplicateIds().stream()
                    .map(copies -> copies.stream().map(k -> byKey.get(k).id()).toList()).toList();
            return new StoryGroup(keyed.id(), keyed.headline(), articles, ids, keyed.outlets());
        }
    }
}
