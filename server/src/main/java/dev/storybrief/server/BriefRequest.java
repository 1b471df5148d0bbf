package dev.storybrief.server;

import java.util.List;

/**
 * What to brief: the articles, the word budget, and whether summary sentences stay whole.
 *
 * @param articles the inputs, in order
 * @param words    the summary word budget
 * @param verbatim true to keep summary sentences untrimmed, as {@code storybrief brief --verbatim} does
 */
public record BriefRequest(List<ArticleInput> articles, int words, boolean verbatim) {
    /** Word budget when a request names none, as on the command line. */
    public static final int DEFAULT_WORDS = 120;

    public BriefRequest {
        articles = List.copyOf(articles);
    }
}
