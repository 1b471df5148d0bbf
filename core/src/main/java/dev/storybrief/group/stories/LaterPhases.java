package dev.storybrief.group.stories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToDoubleBiFunction;

/**
 * Joins a story to its later phase: news follows one story over weeks, and a phase that comes after the time window
 * (a president elected in October, the prime minister who will not form his cabinet in late November; dissidents
 * detained in October, tried in December) finds no story to join on arrival, for the window has closed. Such a phase
 * is told of the same people in the same place: its <em>core</em>, the names and places at least half of its
 * articles' leads name, shares several keys with the earlier phase's core, a place among them and a name. Two events
 * of one kind told by one desk in the same weeks (two summits of one region, a peace deal and the visit that followed
 * it) overlap in time and are left to the join model and the splits; here only stories whose spans do not meet, and
 * lie at most {@code maxApartDays} apart, are joined, and only when the join model, reading the smaller story as one
 * article, scores it well above its bar against the larger ({@link #JOIN}).
 *
 * <p>Candidates come from an index of core keys, so no pair of stories is compared unless their cores meet: the cost
 * is bounded by the stories sharing a core key, not by all pairs.
 */
final class LaterPhases {
    /**
     * Core keys two phases must share: a story's core holds its lead's people, bodies and places (five to fifteen
     * keys), and two reports of one running story share most of who and where. On the DUC 2004 + Multi-News tuning
     * part the two true later phases shared 5; a peace talks' story and the visit that followed them weeks later
     * shared 3 on one shuffle (a leader and his country) and 5 on another (two leaders, first and last names, and the
     * country), where they are joined: one thread of news to a reader, two clusters to the data set. Two stories of
     * one company's trial and merger shared 4 names and no place.
     */
    static final int SHARED_KEYS = 4;
    /**
     * The join model's least score for the smaller phase read as one article: its bar is 0, and a whole story's
     * centroid is smoother than one article's, so it scores higher against any story of its subject; 2 asks for a
     * clear fit (the true later phases of the tuning part scored 2.7 to 4.3).
     */
    static final double JOIN = 2.0;
    /** The least distinct articles of a story whose core is read: what two articles share is a pair's, not a core. */
    static final int LEAST_ARTICLES = 2;

    private LaterPhases() {
    }

    /**
     * The core of a story: the keys ({@code n:} name words, {@code p:} place words) that at least half of its distinct
     * articles' leads name, sorted.
     */
    static List<String> core(List<ArticleProfile> members) {
        Map<String, Integer> articles = new HashMap<>();
        for (ArticleProfile member : members) {
            for (String key : keysOf(member)) {
                articles.merge(key, 1, Integer::sum);
            }
        }
        Set<String> core = new TreeSet<>();
        articles.forEach((key, n) -> {
            if (2 * n >= members.size()) {
                core.add(key);
            }
        });
        return List.copyOf(core);
    }

    /** True when two cores share {@link #SHARED_KEYS} keys or more, a name and a place among them. */
    static boolean agree(List<String> core, List<String> other) {
        int shared = 0;
        boolean name = false;
        boolean place = false;
        Set<String> keys = new HashSet<>(other);
        for (String key : core) {
            if (keys.contains(key)) {
                shared++;
                name |= key.startsWith("n:");
                place |= key.startsWith("p:");
            }
        }
        return shared >= SHARED_KEYS && name && place;
    }

    /**
     * Days from the end of the earlier span to the start of the later; 0 or less when the spans meet. Both stories must
     * be dated.
     */
    static long daysApart(StoryCluster story, StoryCluster other) {
        return Math.max(story.firstDay() - other.lastDay(), other.firstDay() - story.lastDay());
    }

    /**
     * Joins, smallest first, each dated story of {@link #LEAST_ARTICLES} or more to the story at least as large whose
     * core agrees with its own ({@link #agree}), whose span it does not meet but lies within {@code maxApartDays} of,
     * that shares one of its languages, and against which it scores at least {@link #JOIN}; the best-scoring such story.
     *
     * @param stories the live stories, none absorbed
     * @param membersOf the profiles of a story's distinct articles
     * @param live the story a story number stands for now (itself, or the one it was merged into)
     * @param score the join model's score of the first story, read as one article, against the second
     * @return how many stories were joined to a later or earlier phase
     */
    static int join(List<StoryCluster> stories, Function<StoryCluster, List<ArticleProfile>> membersOf,
                    IntFunction<StoryCluster> live, ToDoubleBiFunction<StoryCluster, StoryCluster> score,
                    long maxApartDays) {
        Map<StoryCluster, List<String>> cores = new HashMap<>();
        Map<String, List<StoryCluster>> byKey = new HashMap<>();
        List<StoryCluster> dated = new ArrayList<>();
        for (StoryCluster story : stories) {
            if (story.size() < LEAST_ARTICLES || !ArticleDates.isDated(story.firstDay())) {
                continue;
            }
            List<String> core = core(membersOf.apply(story));
            if (core.isEmpty()) {
                continue;
            }
            cores.put(story, core);
            dated.add(story);
            for (String key : core) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(story);
            }
        }
        dated.sort(Comparator.comparingInt(StoryCluster::size).thenComparingInt(StoryCluster::number));
        int joined = 0;
        for (StoryCluster story : dated) {
            if (story.absorbedInto() >= 0) {
                continue;
            }
            List<String> core = cores.get(story);
            Set<StoryCluster> candidates = new LinkedHashSet<>();
            for (String key : core) {
                for (StoryCluster other : byKey.get(key)) {
                    StoryCluster now = live.apply(other.number());
                    if (now != story) {
                        candidates.add(now);
                    }
                }
            }
            StoryCluster best = null;
            double bestScore = JOIN;
            for (StoryCluster other : candidates) {
                // a story that took in another phase keeps the core it was indexed under: its first phase's people
                List<String> otherCore = cores.get(other);
                long apart = daysApart(story, other);
                if (other.size() < story.size() || otherCore == null || apart <= 0 || apart > maxApartDays
                        || Collections.disjoint(story.languages(), other.languages())
                        || !agree(core, otherCore)) {
                    continue;
                }
                double fit = score.applyAsDouble(story, other);
                if (fit >= bestScore) {
                    best = other;
                    bestScore = fit;
                }
            }
            if (best != null) {
                best.absorb(story);
                joined++;
            }
        }
        return joined;
    }

    /** The name words ({@code n:}) and place words ({@code p:}) of an article's lead, each once. */
    private static Set<String> keysOf(ArticleProfile article) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : article.tf(Facet.NAMES).terms()) {
            keys.add("n:" + name);
        }
        for (String place : article.tf(Facet.PLACES).terms()) {
            keys.add("p:" + place);
        }
        return keys;
    }
}
