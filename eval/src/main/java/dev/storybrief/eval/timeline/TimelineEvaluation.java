package dev.storybrief.eval.timeline;

import dev.storybrief.eval.rouge.RougeResources;
import dev.storybrief.eval.run.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs timeline systems under the standard protocol and scores them: for every gold timeline of every topic, each
 * system gets the topic's whole collection and the constraints that timeline sets ({@link TimelineConstraints#of}),
 * its timeline is checked against them and scored against that one gold timeline (date F1, concatenated ROUGE,
 * align+ m:1 ROUGE), as news-tls's {@code evaluate.py} does.
 */
public final class TimelineEvaluation {
    private final TimelineRouge rouge;
    private final Progress progress;

    /** An evaluation with ROUGE-1.5.5's data from {@code resources}. */
    public TimelineEvaluation(RougeResources resources, Progress progress) {
        this.rouge = new TimelineRouge(resources);
        this.progress = progress;
    }

    /**
     * Every system on every gold timeline, systems in the given order.
     *
     * @throws TimelineProtocolException when a system breaks the protocol
     */
    public List<TimelineRun> run(List<TimelineTopic> topics, List<TimelineSystem> systems) {
        int timelines = topics.stream().mapToInt(t -> t.timelines().size()).sum();
        List<List<TimelineScore>> scores = new ArrayList<>();
        systems.forEach(s -> scores.add(new ArrayList<>()));
        double[] preparation = new double[systems.size()];
        progress.start("timelines", timelines * systems.size());
        for (TimelineTopic topic : topics) {
            for (int s = 0; s < systems.size(); s++) {
                long t0 = System.nanoTime();
                systems.get(s).prepare(topic.collection());
                preparation[s] += (System.nanoTime() - t0) / 1e9;
            }
            for (TimelineTopic.GoldTimeline gold : topic.timelines()) {
                for (int s = 0; s < systems.size(); s++) {
                    scores.get(s).add(score(systems.get(s), topic.collection(), gold));
                    progress.step();
                }
            }
        }
        progress.finish(timelines + " timelines");
        List<TimelineRun> runs = new ArrayList<>();
        for (int s = 0; s < systems.size(); s++) {
            runs.add(new TimelineRun(systems.get(s).name(), scores.get(s), preparation[s]));
        }
        return runs;
    }

    /** One system on one gold timeline. */
    public TimelineScore score(TimelineSystem system, TimelineCollection collection, TimelineTopic.GoldTimeline gold) {
        TimelineConstraints constraints = TimelineConstraints.of(gold.timeline());
        long t0 = System.nanoTime();
        Timeline predicted = system.summarize(collection, constraints);
        double seconds = (System.nanoTime() - t0) / 1e9;
        constraints.check(system.name(), predicted);
        List<Timeline> reference = List.of(gold.timeline());
        return new TimelineScore(gold.id(), DateSelection.score(predicted, reference), rouge.concat(predicted, reference),
                rouge.alignManyToOne(predicted, reference), predicted.size(), seconds);
    }
}
