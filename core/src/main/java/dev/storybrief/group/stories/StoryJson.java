package dev.storybrief.group.stories;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Briefing;
import dev.storybrief.render.JsonRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of one story, the same in {@code storybrief stories --format json} and in the Spark job's output:
 * {@code {id, headline, size, copies, articlesRead, firstDate, lastDate, articles: [ids], duplicates: [[ids]],
 * outlets: [[names]], briefing?}}, where {@code size} counts the distinct articles, {@code copies} the articles that
 * are copies of one of them (as the desk's {@code copies}), {@code articlesRead} both, and {@code briefing} is the
 * briefing document of {@code docs/briefing.schema.json}.
 */
public final class StoryJson {
    private StoryJson() {
    }

    /** The story as ordered maps and lists; {@code briefing} is left out when null. */
    public static Map<String, Object> toMap(StoryGroup story, Briefing briefing) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", story.id());
        // a briefed story is headed as its briefing is: one story, one headline
        map.put("headline", briefing != null && briefing.headline() != null ? briefing.headline() : story.headline());
        map.put("size", story.size());
        map.put("copies", story.copies());
        map.put("articlesRead", story.articlesRead());
        long[] span = span(story.articles());
        map.put("firstDate", ArticleDates.format(span[0]));
        map.put("lastDate", ArticleDates.format(span[1]));
        map.put("articles", story.articles().stream().map(RawDocument::id).toList());
        map.put("duplicates", story.duplicateIds());
        map.put("outlets", story.outlets());
        if (briefing != null) {
            map.put("briefing", JsonRenderer.toMap(briefing, false));
        }
        return map;
    }

    /** Earliest and latest known day of the articles ({@link ArticleDates#UNDATED} when none is dated). */
    public static long[] span(List<RawDocument> articles) {
        long first = ArticleDates.UNDATED;
        long last = ArticleDates.UNDATED;
        for (RawDocument doc : articles) {
            long day = ArticleDates.epochDay(doc);
            if (ArticleDates.isDated(day)) {
                first = ArticleDates.isDated(first) ? Math.min(first, day) : day;
                last = ArticleDates.isDated(last) ? Math.max(last, day) : day;
            }
        }
        return new long[]{first, last};
    }
}
