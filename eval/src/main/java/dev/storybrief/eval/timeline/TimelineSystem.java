package dev.storybrief.eval.timeline;

/**
 * A timeline summarizer as the evaluation sees it: a collection of dated articles and the protocol's constraints in,
 * dated sentences out. storybrief's own timeline summarizer, the baselines in this package and any system to compare
 * implement it; {@link TimelineEvaluation} runs each once per gold timeline.
 *
 * <p>An implementation must keep to the constraints (the evaluation checks and fails loudly otherwise), should use
 * only the articles, never the gold timeline, and must be safe to call from one thread at a time.
 */
public interface TimelineSystem {

    /** The system's name in results. */
    String name();

    /**
     * Reads and analyses a collection before its timelines are asked for (the evaluation times this apart, once per
     * topic, as "reading and analysis" is timed apart in the summary evaluation). Does nothing by default.
     */
    default void prepare(TimelineCollection collection) {
    }

    /**
     * Builds a timeline of the collection.
     *
     * @param collection  the topic's articles
     * @param constraints how many dates, how many sentences per date, and which date range
     * @return at most {@code constraints.dates()} dates within range, each with at most
     *         {@code constraints.sentencesPerDate()} sentences
     */
    Timeline summarize(TimelineCollection collection, TimelineConstraints constraints);
}
