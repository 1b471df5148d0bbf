package dev.storybrief.eval.timeline;

import dev.storybrief.brief.timeline.DatedSummary;
import dev.storybrief.brief.timeline.TimelineRequest;
import dev.storybrief.brief.timeline.TimelineSummarizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Core's {@link TimelineSummarizer} under the evaluation protocol: the collection's articles are pooled once
 * ({@link CollectionPool}), each gold timeline's constraints become a {@link TimelineRequest}. Two configurations
 * are systems of the evaluation: the product itself and a simple reference.
 */
public final class SummarizerTimeline implements TimelineSystem {
    /** The product's settings ({@code storybrief timeline}). */
    public static final String STORYBRIEF = "storybrief";
    /** The reference system without the product's weights. */
    public static final String DATE_MENTIONS = "date-mentions";

    private final String name;
    private final TimelineSummarizer summarizer;

    /** A configuration of the summariser under a name of its own (for tuning). */
    public SummarizerTimeline(String name, TimelineSummarizer summarizer) {
        this.name = name;
        this.summarizer = summarizer;
    }

    /** The product's summariser with its settings. */
    public static SummarizerTimeline storybrief() {
        return new SummarizerTimeline(STORYBRIEF, new TimelineSummarizer());
    }

    /**
     * A simple DATEWISE-like reference (after Gholipour Ghalandari &amp; Ifrim 2020, "Examining the state of the art
     * in news timeline summarization"): days ranked by how many articles name them (news-tls's mention-count ranker,
     * counting articles; DATEWISE itself uses a supervised regression over such counts), and per day the candidates
     * closest to the day's centroid alone: no closeness to the whole collection, no bonus for naming the day, no
     * topic keyword filter and no summary optimisation, so it should land below the published DATEWISE figures.
     */
    public static SummarizerTimeline dateMentions() {
        return new SummarizerTimeline(DATE_MENTIONS, new TimelineSummarizer(0, 0));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void prepare(TimelineCollection collection) {
        CollectionPool.of(collection);
    }

    @Override
    public Timeline summarize(TimelineCollection collection, TimelineConstraints constraints) {
        List<DatedSummary> days = summarizer.summarize(CollectionPool.of(collection), new TimelineRequest(
                constraints.dates(), constraints.sentencesPerDate(), constraints.start(), constraints.end()));
        Map<LocalDate, List<String>> entries = new TreeMap<>();
        days.forEach(d -> entries.put(d.date(), d.sentences().stream().map(DatedSummary.SourcedSentence::text).toList()));
        return Timeline.of(entries);
    }
}
