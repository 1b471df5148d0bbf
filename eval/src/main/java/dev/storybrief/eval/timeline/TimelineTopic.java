package dev.storybrief.eval.timeline;

import java.util.List;

/**
 * One topic of a timeline data set: the articles and the journalists' gold timelines of it.
 *
 * @param collection the topic's articles
 * @param timelines  the gold timelines; each is scored on its own, with its own constraints
 */
public record TimelineTopic(TimelineCollection collection, List<GoldTimeline> timelines) {

    /** Copies the timeline list. */
    public TimelineTopic {
        timelines = List.copyOf(timelines);
    }

    /**
     * One gold timeline.
     *
     * @param id       its name in the data set (Timeline17: the file name, such as {@code bbc})
     * @param timeline its dates and sentences
     */
    public record GoldTimeline(String id, Timeline timeline) {
    }
}
