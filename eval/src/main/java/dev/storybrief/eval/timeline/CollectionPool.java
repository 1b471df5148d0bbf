package dev.storybrief.eval.timeline;

import dev.storybrief.brief.timeline.DatedSentencePool;
import dev.storybrief.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A collection's sentences as core's {@link DatedSentencePool} (split, date-tagged and vectorised once), shared by
 * every system that runs on it: the evaluation runs one topic's timelines after each other, so the last collection
 * asked for is kept. Each line of an article is a paragraph.
 */
final class CollectionPool {
    private static TimelineCollection pooledFor;
    private static DatedSentencePool pool;

    private CollectionPool() {
    }

    static synchronized DatedSentencePool of(TimelineCollection collection) {
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
