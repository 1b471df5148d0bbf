package dev.storybrief.group.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * Cuts time into blocks of {@link StoryOptions#blockDays()} days that are grouped independently (in parallel, in
 * Spark), and picks what must be compared across the edge between two neighbouring blocks: only stories and
 * articles within one window of the edge can continue on its other side. Undated articles form a block of their own
 * ({@link ArticleDates#UNDATED}) that has no neighbours.
 */
public final class TimeBlocks implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final StoryOptions options;

    /** Blocks with the options' block length and window. */
    public TimeBlocks(StoryOptions options) {
        this.options = options;
    }

    /** The block of a day. */
    public long blockOf(long day) {
        return ArticleDates.isDated(day) ? Math.floorDiv(day, options.blockDays()) : ArticleDates.UNDATED;
    }

    /** A readable name for a block, used in story ids: its first day, or {@code undated}. */
    public String label(long block) {
        return ArticleDates.isDated(block) ? LocalDate.ofEpochDay(block * options.blockDays()).toString() : "undated";
    }

    /** True when the block has a following block to link with. */
    public boolean hasNext(long block) {
        return ArticleDates.isDated(block);
    }

    /** The story sketches of a block that may continue into the next block, with only their articles near its end. */
    public List<StorySketch> nearEnd(long block, List<StorySketch> sketches) {
        long edge = (block + 1) * options.blockDays();
        long from = edge - options.windowDays();
        return sketches.stream().filter(s -> ArticleDates.isDated(s.lastDay()) && s.lastDay() >= from)
                .map(s -> s.withArticles(a -> ArticleDates.isDated(a.day()) && a.day() >= from)).toList();
    }

    /** The story sketches of a block that may continue a story of the block before, with only their early articles. */
    public List<StorySketch> nearStart(long block, List<StorySketch> sketches) {
        long edge = block * options.blockDays();
        long until = edge - 1 + options.windowDays();
        return sketches.stream().filter(s -> ArticleDates.isDated(s.firstDay()) && s.firstDay() <= until)
                .map(s -> s.withArticles(a -> ArticleDates.isDated(a.day()) && a.day() <= until)).toList();
    }
}
