package dev.storybrief.server;

import java.time.Instant;
import java.util.List;

/**
 * A briefing ready to be stored.
 *
 * @param id         its id in the API
 * @param created    when it was made
 * @param headline   the briefing's headline, or {@code null}
 * @param searchText lower-cased text the list search matches against
 * @param json       the exact JSON document the API returns for it
 * @param articles   the articles it was made from
 * @param count      how many articles of the story it briefs: those it was made from, less any it set apart as
 *                   another story
 */
public record NewBrief(String id, Instant created, String headline, String searchText, String json,
                       List<StoredArticle> articles, int count) {
    public NewBrief {
        articles = List.copyOf(articles);
    }

    /** A briefing that set no article apart. */
    public NewBrief(String id, Instant created, String headline, String searchText, String json,
                    List<StoredArticle> articles) {
        this(id, created, headline, searchText, json, articles, articles.size());
    }
}
