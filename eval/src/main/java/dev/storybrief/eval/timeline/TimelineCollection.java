package dev.storybrief.eval.timeline;

import java.util.List;

/**
 * The articles of one topic that a timeline is built from (Timeline17: every outlet's articles of the topic,
 * as news-tls merges them).
 *
 * @param id       the topic
 * @param articles the articles, in date order
 */
public record TimelineCollection(String id, List<TimelineArticle> articles) {

    /** Copies the article list. */
    public TimelineCollection {
        articles = List.copyOf(articles);
    }
}
