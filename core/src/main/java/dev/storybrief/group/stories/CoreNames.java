package dev.storybrief.group.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of people and organisations a story's articles name in their leads, each with how many of its distinct
 * articles name it. The story's core is the names at least half of them name: the people and bodies a report of that
 * event cannot leave out (the president who visits, the minister on trial). Another event of the same kind, weeks and
 * places alike, is told of other actors, so a first report of it that names none of a story's core is no report of
 * that story, however many of its words and places it shares (issue 17: the Gaza airport's first report joining the
 * story of the President's visit).
 */
final class CoreNames {
    private final Map<String, Integer> articles = new HashMap<>();

    /** The same counts, changing independently of these: stories are read on copies. */
    CoreNames copy() {
        CoreNames copy = new CoreNames();
        copy.articles.putAll(articles);
        return copy;
    }

    /** Counts the names of a distinct article that joins the story. */
    void add(ArticleProfile article) {
        for (String name : namesOf(article)) {
            articles.merge(name, 1, Integer::sum);
        }
    }

    /** Takes back the names of a distinct article that leaves the story. */
    void remove(ArticleProfile article) {
        for (String name : namesOf(article)) {
            articles.computeIfPresent(name, (key, n) -> n > 1 ? n - 1 : null);
        }
    }

    /** Adds the counts of a story this one absorbs. */
    void addAll(CoreNames other) {
        other.articles.forEach((name, n) -> articles.merge(name, n, Integer::sum));
    }

    /**
     * True when a story of {@code size} distinct articles has a core and the article names none of it. A story
     * whose articles share no name has no core, and says nothing here.
     */
    boolean absentFrom(ArticleProfile article, int size) {
        boolean core = false;
        for (int n : articles.values()) {
            if (2 * n >= size) {
                core = true;
                break;
            }
        }
        if (!core) {
            return false;
        }
        for (String name : namesOf(article)) {
            if (2 * articles.getOrDefault(name, 0) >= size) {
                return false;
            }
        }
        return true;
    }

    /** The name words of an article's lead, each once (a name repeated in one report is still one report's). */
    private static List<String> namesOf(ArticleProfile article) {
        return List.of(article.tf(Facet.NAMES).terms());
    }
}
