package dev.storybrief.group.stories;

import dev.storybrief.model.vector.TermVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the stories that continue across the edge between two time blocks, grouped apart. An article on the later
 * side that is a copy of one on the earlier side links the two articles and their stories (same MinHash test as
 * within a block); otherwise a later story links to the earlier story whose centroid is most similar, at least
 * {@link StoryOptions#linkSimilarity()}, when their time spans are within a window. Earlier stories are found through
 * an inverted index of their heaviest terms, as in {@link StoryClusterer}, never by comparing all pairs.
 */
public final class StoryLinker {
    private final StoryOptions options;

    /** A linker with these thresholds. */
    public StoryLinker(StoryOptions options) {
        this.options = options;
    }

    /** The links between stories near the end of one block and stories near the start of the next. */
    public BoundaryLinks link(List<StorySketch> earlier, List<StorySketch> later) {
        Set<Link> stories = new LinkedHashSet<>();
        List<Link> copies = new ArrayList<>();
        linkCopies(earlier, later, stories, copies);
        linkCentroids(earlier, later, stories);
        return new BoundaryLinks(new ArrayList<>(stories), copies);
    }

    private void linkCopies(List<StorySketch> earlier, List<StorySketch> later, Set<Link> stories, List<Link> copies) {
        NearDuplicates duplicates = new NearDuplicates(options);
        List<String> articleIds = new ArrayList<>();
        List<String> storyIds = new ArrayList<>();
        for (StorySketch story : earlier) {
            for (StorySketch.ArticleSketch article : story.articles()) {
                duplicates.add(article.signature(), article.day());
                articleIds.add(article.articleId());
                storyIds.add(story.storyId());
            }
        }
        for (StorySketch story : later) {
            for (StorySketch.ArticleSketch article : story.articles()) {
                int original = duplicates.findCopy(article.signature(), article.day());
                if (original >= 0) {
                    copies.add(new Link(articleIds.get(original), article.articleId()));
                    stories.add(new Link(storyIds.get(original), story.storyId()));
                }
            }
        }
    }

    private void linkCentroids(List<StorySketch> earlier, List<StorySketch> later, Set<Link> stories) {
        Map<String, List<Integer>> byTerm = new HashMap<>();
        for (int i = 0; i < earlier.size(); i++) {
            for (String term : heaviest(earlier.get(i))) {
                byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        for (StorySketch story : later) {
            Set<Integer> candidates = new java.util.TreeSet<>();
            heaviest(story).forEach(term -> candidates.addAll(byTerm.getOrDefault(term, List.of())));
            StorySketch best = null;
            double bestSimilarity = options.linkSimilarity();
            for (int i : candidates) {
                StorySketch other = earlier.get(i);
                double similarity = cosine(other.centroid(), story.centroid());
                if (withinWindow(other, story) && similarity >= bestSimilarity
                        && (best == null || similarity > bestSimilarity)) {
                    best = other;
                    bestSimilarity = similarity;
                }
            }
            if (best != null) {
                stories.add(new Link(best.storyId(), story.storyId()));
            }
        }
    }

    private boolean withinWindow(StorySketch earlier, StorySketch later) {
        if (!ArticleDates.isDated(earlier.lastDay()) || !ArticleDates.isDated(later.firstDay())) {
            return true;
        }
        return later.firstDay() <= earlier.lastDay() + options.windowDays()
                && earlier.firstDay() <= later.lastDay() + options.windowDays();
    }

    private List<String> heaviest(StorySketch story) {
        return story.centroid().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(options.indexTerms()).map(Map.Entry::getKey).toList();
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return TermVector.dot(a, b);
    }
}
