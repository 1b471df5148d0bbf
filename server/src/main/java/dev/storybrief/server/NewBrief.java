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
 */
public record NewBrief(String id, Instant created, String headline, String searchText, String json,
                       List<StoredArticle> articles) {
    public NewBrief {
        articles = List.copyOf(articles);
    }
}
