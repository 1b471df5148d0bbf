package dev.storybrief.eval.timeline;

import dev.storybrief.eval.metric.PrecisionRecall;

/**
 * One system's figures on one gold timeline.
 *
 * @param timeline the gold timeline ({@code set/id})
 * @param dates    date selection
 * @param concat   concatenated ROUGE-1 and ROUGE-2
 * @param aligned  alignment-based ROUGE-1 and ROUGE-2 (align+ m:1; news-tls's AR-1, AR-2)
 * @param returnedDates how many dates the system returned
 * @param seconds  how long the system took for this timeline
 */
public record TimelineScore(String timeline, PrecisionRecall dates, TimelineRouge.Scores concat,
                            TimelineRouge.Scores aligned, int returnedDates, double seconds) {
}
