package dev.storybrief.group.stories;

import dev.storybrief.ingest.RawDocument;
import java.util.List;

/**
 * One story found in a stream of articles: its distinct articles (copies collapsed into the first one seen) and,
 * for each of them, the ids and outlets of all its copies.
 *
 * @param id           a stable id, unique among the stories of one run
 * @param headline     a short line naming the story: as grouped, a neutral label (the title, else the first sentence,
 *                     of its first article: {@link StoryHeadline}); a listing heads the story by its briefing's
 *                     headline instead ({@link #withHeadline}), so that a story carries one headline everywhere
 * @param articles     the distinct articles, in the order they arrived; brief these
 * @param duplicateIds for each article, the ids of all its copies, its own first (a list of one when it has none)
 * @param outlets      for each article, the distinct outlets that ran a copy, in the order seen (empty when unknown)
 */
public record StoryGroup(String id, String headline, List<RawDocument> articles, List<List<String>> duplicateIds,
                         List<List<String>> outlets) {

    public StoryGroup {
        articles = List.copyOf(articles);
        duplicateIds = duplicateIds.stream().map(List::copyOf).toList();
        outlets = outlets.stream().map(List::copyOf).toList();
        if (articles.isEmpty() || duplicateIds.size() != articles.size() || outlets.size() != articles.size()) {
            throw new IllegalArgumentException("a story needs articles, and copies and outlets for each");
        }
    }

    /** This story under another id (a listing numbers its stories in the order it shows them). */
    public StoryGroup withId(String newId) {
        return new StoryGroup(newId, headline, articles, duplicateIds, outlets);
    }

    /** This story under another headline (its briefing's, once briefed: {@code dev.storybrief.brief.StoryHeadlines}). */
    public StoryGroup withHeadline(String newHeadline) {
        return new StoryGroup(id, newHeadline, articles, duplicateIds, outlets);
    }

    /** Number of distinct articles. */
    public int size() {
        return articles.size();
    }

    /** Number of articles read into this story, copies included: {@link #size} plus {@link #copies}. */
    public int articlesRead() {
        return duplicateIds.stream().mapToInt(List::size).sum();
    }

    /**
     * Number of articles that are copies of another of its articles (reprints collapsed into the article they copy),
     * as the desk's {@code copies} counts the articles whose {@code copyOf} is set: 0 when none is.
     */
    public int copies() {
        return articlesRead() - size();
    }

    /** The ids of every article read into this story, copies included, in article order. */
    public List<String> allIds() {
        return duplicateIds.stream().flatMap(List::stream).toList();
    }
}
