package dev.storybrief.server;

import java.util.List;

/**
 * What to brief: the articles and the word budget.
 *
 * @param articles the inputs, in order
 * @param words    the summary word budget
 */
public record BriefRequest(List<ArticleInput> articles, int words) {
    /** Word budget when a request names none, as on the command line. */
    public static final int DEFAULT_WORDS = 120;

    public BriefRequest {
        articles = List.copyOf(articles);
    }
}
