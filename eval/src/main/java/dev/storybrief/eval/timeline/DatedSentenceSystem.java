package dev.storybrief.eval.timeline;

/**
 * Base of the reference timeline systems: they read a collection as {@link DatedSentences} (split and date-tagged
 * once per collection, shared between them) and build the timeline from it.
 */
abstract class DatedSentenceSystem implements TimelineSystem {
    private final String name;

    DatedSentenceSystem(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    /** Splits and date-tags the collection's sentences. */
    @Override
    public final void prepare(TimelineCollection collection) {
        DatedSentences.of(collection);
    }

    @Override
    public final Timeline summarize(TimelineCollection collection, TimelineConstraints constraints) {
        return summarize(collection, DatedSentences.of(collection), constraints);
    }

    /** The timeline of a collection whose sentences are read. */
    abstract Timeline summarize(TimelineCollection collection, DatedSentences sentences, TimelineConstraints constraints);
}
