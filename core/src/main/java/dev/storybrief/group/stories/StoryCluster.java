package dev.storybrief.group.stories;

import dev.storybrief.util.IntList;
import java.util.HashSet;
import java.util.Set;

/** One story being built by {@link StoryClusterer}: its members, centroid, time span and index entries. */
final class StoryCluster {
    private final int number;
    private final StoryOptions options;
    private final IntList members = new IntList();
    private final IntList items = new IntList();
    private final Centroid centroid;
    private final Set<String> indexed = new HashSet<>();
    private long firstDay = ArticleDates.UNDATED;
    private long lastDay = ArticleDates.UNDATED;

    StoryCluster(int number, StoryOptions options) {
        this.number = number;
        this.options = options;
        this.centroid = new Centroid(options.vectorTerms());
    }

    int number() {
        return number;
    }

    /** Adds a distinct article. */
    void add(int item, SparseVector vector, long day) {
        members.add(item);
        items.add(item);
        centroid.add(vector);
        widen(day);
    }

    /** Adds a copy of one of the story's articles: it widens the time span, never the centroid. */
    void addCopy(int item, long day) {
        items.add(item);
        widen(day);
    }

    private void widen(long day) {
        if (!ArticleDates.isDated(day)) {
            return;
        }
        firstDay = ArticleDates.isDated(firstDay) ? Math.min(firstDay, day) : day;
        lastDay = ArticleDates.isDated(lastDay) ? Math.max(lastDay, day) : day;
    }

    /** True when an article of this day may still join: undated on either side, or within the widened span. */
    boolean accepts(long day) {
        if (!ArticleDates.isDated(day) || !ArticleDates.isDated(firstDay)) {
            return true;
        }
        return day >= firstDay - options.windowDays() && day <= lastDay + options.windowDays();
    }

    double cosine(SparseVector vector, IncrementalIdf idf) {
        return centroid.cosine(vector, idf);
    }

    SparseVector direction(int keep, IncrementalIdf idf) {
        return centroid.direction(keep, idf);
    }

    /** Records an index entry; false when the story is already filed under this term in this bucket. */
    boolean markIndexed(String term, long bucket) {
        return indexed.add(term + '\u0000' + bucket);
    }

    /** The distinct articles, in arrival order. */
    int[] members() {
        return members.toArray();
    }

    /** Every article of the story, copies included, in arrival order. */
    int[] itemsWithCopies() {
        return items.toArray();
    }

    long firstDay() {
        return firstDay;
    }

    long lastDay() {
        return lastDay;
    }
}
