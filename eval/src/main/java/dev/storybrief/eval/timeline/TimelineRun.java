package dev.storybrief.eval.timeline;

import dev.storybrief.eval.metric.PrecisionRecall;
import java.util.List;
import java.util.function.Function;

/**
 * One system's figures on every gold timeline, and their averages as news-tls takes them: the mean precision and the
 * mean recall over timelines, F1 from those means.
 *
 * @param system             the system's name
 * @param timelines          per-timeline figures, in data set order
 * @param preparationSeconds time the system spent in {@link TimelineSystem#prepare} over all topics
 */
public record TimelineRun(String system, List<TimelineScore> timelines, double preparationSeconds) {

    /** Copies the list. */
    public TimelineRun {
        timelines = List.copyOf(timelines);
    }

    /** Date selection, averaged. */
    public PrecisionRecall dates() {
        return average(TimelineScore::dates);
    }

    /** Concatenated ROUGE-1, averaged. */
    public PrecisionRecall concat1() {
        return average(s -> s.concat().rouge1());
    }

    /** Concatenated ROUGE-2, averaged. */
    public PrecisionRecall concat2() {
        return average(s -> s.concat().rouge2());
    }

    /** AR-1, averaged. */
    public PrecisionRecall aligned1() {
        return average(s -> s.aligned().rouge1());
    }

    /** AR-2, averaged. */
    public PrecisionRecall aligned2() {
        return average(s -> s.aligned().rouge2());
    }

    /** Mean seconds the system took per timeline. */
    public double secondsPerTimeline() {
        return timelines.stream().mapToDouble(TimelineScore::seconds).average().orElse(0);
    }

    private PrecisionRecall average(Function<TimelineScore, PrecisionRecall> figure) {
        return PrecisionRecall.macroAverage(timelines.stream().map(figure).toList());
    }
}
