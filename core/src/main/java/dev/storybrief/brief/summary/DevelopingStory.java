package dev.storybrief.brief.summary;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Tells a developing story, told over months by successive articles each adding a development, from one event
 * reported by many outlets at once. For the first, what most articles repeat is not the story: the summary reads
 * every period (not only the main one) and gives each article its best sentence before any gets a second. A story
 * told in stages (plea, trial, verdict) is developing as soon as its latest follow-up continues the same proceedings
 * ({@link StageContinuation}): how far apart the stages lie is the court's calendar, not the reader's need.
 */
public final class DevelopingStory {
    /** Days between the first and the last dated article beyond which a story is developing (twice the follow-up window). */
    static final long MIN_SPAN_DAYS = 120;
    /** Score taken off a candidate for every sentence already chosen from its article. */
    static final double ARTICLE_PENALTY = 0.3;

    private DevelopingStory() {
    }

    /**
     * True when the story's dated articles span more than {@link #MIN_SPAN_DAYS} days, or when its latest follow-up
     * is the next stage of the proceedings its main period reports.
     */
    public static boolean is(Story story) {
        List<LocalDate> dates = story.articles().stream().map(AnalyzedArticle::article).map(a -> a.published())
                .filter(Objects::nonNull).sorted().toList();
        return dates.size() >= 3 && ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1)) > MIN_SPAN_DAYS
                || StageContinuation.continues(story);
    }
}
