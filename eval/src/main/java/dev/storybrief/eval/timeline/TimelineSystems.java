package dev.storybrief.eval.timeline;

import java.util.List;

/** The timeline systems {@code storybrief eval} knows by name, in table order. */
public final class TimelineSystems {
    private TimelineSystems() {
    }

    /** Every known name, in table order. */
    public static List<String> names() {
        return List.of(RandomDateTimeline.NAME, SummarizerTimeline.DATE_MENTIONS, SummarizerTimeline.STORYBRIEF);
    }

    /**
     * The system of that name.
     *
     * @param seed the random baseline's seed
     * @throws IllegalArgumentException for an unknown name
     */
    public static TimelineSystem byName(String name, long seed) {
        return switch (name) {
            case RandomDateTimeline.NAME -> new RandomDateTimeline(seed);
            case SummarizerTimeline.DATE_MENTIONS -> SummarizerTimeline.dateMentions();
            case SummarizerTimeline.STORYBRIEF -> SummarizerTimeline.storybrief();
            default -> throw new IllegalArgumentException("unknown timeline system \"" + name + "\" (known: "
                    + String.join(", ", names()) + ")");
        };
    }
}
