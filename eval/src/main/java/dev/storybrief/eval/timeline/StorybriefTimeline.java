package dev.storybrief.eval.timeline;

import dev.storybrief.brief.timeline.DatedSentencePool;
import dev.storybrief.brief.timeline.DatedSummary;
import dev.storybrief.brief.timeline.TimelineRequest;
import dev.storybrief.brief.timeline.TimelineSummarizer;
import dev.storybrief.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The product's timeline summariser ({@code storybrief timeline}, core's {@link TimelineSummarizer}) under the
 * evaluation protocol: the collection's articles are annotated once, each gold timeline's constraints become a
 * {@link TimelineRequest}.
 */
public final class StorybriefTimeline implements TimelineSystem {
    /** Name in results. */
    public static final String NAME = "storybrief";
    private final TimelineSummarizer summarizer;
    private TimelineCollection pooledFor;
    private DatedSentencePool pool;

    /** The product's summariser with its settings. */
    public StorybriefTimeline() {
        this(new TimelineSummarizer());
    }

    /** Another configuration of the summariser (for tuning). */
    public StorybriefTimeline(TimelineSummarizer summarizer) {
        this.summarizer = summarizer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(TimelineCollection collection) {
        pool(collection);
    }

    @Override
    public Timeline summarize(TimelineCollection collection, TimelineConstraints constraints) {
        List<DatedSummary> days = summarizer.summarize(pool(collection), new TimelineRequest(constraints.dates(),
                constraints.sentencesPerDate(), constraints.start(), constraints.end()));
        Map<LocalDate, List<String>> entries = new TreeMap<>();
        days.forEach(d -> entries.put(d.date(), d.sentences().stream().map(DatedSummary.SourcedSentence::text).toList()));
        return Timeline.of(entries);
    }

    private synchronized DatedSentencePool pool(TimelineCollection collection) {
        if (pooledFor != collection) {
            List<Article> articles = new ArrayList<>();
            for (TimelineArticle a : collection.articles()) {
                List<String> lines = Arrays.stream(a.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                        .toList();
                articles.add(new Article(a.id(), null, null, null, null, a.date(), "dataset", lines, List.of()));
            }
            pool = DatedSentencePool.annotate(articles);
            pooledFor = collection;
        }
        return pool;
    }
}
