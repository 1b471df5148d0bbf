package dev.storybrief.group.stories;

import dev.storybrief.util.IntList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One story being built by {@link StoryClusterer}: its members, a centroid per facet, time span and index entries. */
final class StoryCluster {
    private final int number;
    private final StoryOptions options;
    private final IntList members = new IntList();
    private final IntList items = new IntList();
    private final Map<Facet, Centroid> centroids = new EnumMap<>(Facet.class);
    private final Set<String> indexed = new HashSet<>();
    /** Distinct articles per language: the join rules ask a story's languages for every candidate. */
    private final Map<String, Integer> languageCounts = new TreeMap<>();
    private long firstDay = ArticleDates.UNDATED;
    private long lastDay = ArticleDates.UNDATED;
    /**
     * The latest day its undated articles were told since ({@link CueReader#toldSince}): they were written after it, so
     * the story's events are no older, though no day of its own says so. Like the span, it never shrinks.
     */
    private long toldSince = ArticleDates.UNDATED;
    private int absorbedInto = -1;

    StoryCluster(int number, StoryOptions options) {
        this.number = number;
        this.options = options;
        for (Facet facet : Facet.values()) {
            centroids.put(facet, new Centroid(options.vectorTerms()));
        }
    }

    /**
     * A story with the same articles, centroids, span and index entries, which changes independently of this one: the
     * stories are read on copies, so reading them never changes how later articles are grouped.
     */
    StoryCluster copy() {
        StoryCluster copy = new StoryCluster(number, options);
        copy.members.addAllSorted(members);
        copy.items.addAllSorted(items);
        centroids.forEach((facet, centroid) -> copy.centroids.put(facet, centroid.copy()));
        copy.indexed.addAll(indexed);
        copy.languageCounts.putAll(languageCounts);
        copy.firstDay = firstDay;
        copy.lastDay = lastDay;
        copy.toldSince = toldSince;
        copy.absorbedInto = absorbedInto;
        return copy;
    }

    int number() {
        return number;
    }

    /** Adds a distinct article. */
    void add(int item, ArticleProfile article, long day, String language) {
        members.add(item);
        languageCounts.merge(language, 1, Integer::sum);
        items.add(item);
        centroids.forEach((facet, centroid) -> centroid.add(article.tf(facet)));
        widen(day);
    }

    /**
     * Takes a distinct article and its copies out, for the refinement to place it again (see {@code StoryClusterer}).
     * The time span stays as it was: it only decides which articles may still join, and a story keeps the days it has
     * covered.
     */
    void remove(int item, ArticleProfile article, int[] copies, String language) {
        members.removeValue(item);
        languageCounts.computeIfPresent(language, (code, count) -> count > 1 ? count - 1 : null);
        items.removeValue(item);
        for (int copy : copies) {
            items.removeValue(copy);
        }
        centroids.forEach((facet, centroid) -> centroid.subtract(article.tf(facet)));
    }

    /** Puts back, or in, a distinct article and its copies that {@link #remove} took out of some story. */
    void insert(int item, ArticleProfile article, long day, int[] copies, long[] copyDays, String language) {
        members.insertSorted(item);
        languageCounts.merge(language, 1, Integer::sum);
        items.insertSorted(item);
        centroids.forEach((facet, centroid) -> centroid.add(article.tf(facet)));
        widen(day);
        for (int i = 0; i < copies.length; i++) {
            items.insertSorted(copies[i]);
            widen(copyDays[i]);
        }
    }

    /** Marks an emptied story as merged into another, so that index entries and numbers lead there. */
    void emptiedInto(StoryCluster other) {
        absorbedInto = other.number;
    }

    /** Takes in every article of another story, which is then empty and points here. */
    void absorb(StoryCluster other) {
        members.addAllSorted(other.members);
        other.languageCounts.forEach((language, count) -> languageCounts.merge(language, count, Integer::sum));
        items.addAllSorted(other.items);
        centroids.forEach((facet, centroid) -> centroid.addAll(other.centroids.get(facet)));
        widen(other.firstDay);
        widen(other.lastDay);
        tell(other.toldSince);
        other.absorbedInto = number;
    }

    /** The story this one was merged into, or -1. */
    int absorbedInto() {
        return absorbedInto;
    }

    /** The languages of the story's distinct articles, in order. */
    Set<String> languages() {
        return java.util.Collections.unmodifiableSet(languageCounts.keySet());
    }

    /** Number of distinct articles. */
    int size() {
        return members.size();
    }

    /** The story seen as one article: each facet's centroid under the current IDF, unit length. */
    ArticleProfile asArticle(Map<Facet, IncrementalIdf> idf) {
        Map<Facet, SparseVector.Weighted> vectors = new EnumMap<>(Facet.class);
        centroids.forEach((facet, centroid) -> {
            SparseVector direction = centroid.direction(options.vectorTerms(), idf.get(facet));
            vectors.put(facet, new SparseVector.Weighted(direction, direction));
        });
        return new ArticleProfile(vectors);
    }

    /**
     * True when the two time spans, each widened by the window, meet (or either is undated), and neither story's
     * undated articles tell of days after the other's span, widened by the window, has ended.
     */
    boolean overlaps(StoryCluster other) {
        if (!notOlderThan(other.toldSince) || !other.notOlderThan(toldSince)) {
            return false;
        }
        if (!ArticleDates.isDated(firstDay) || !ArticleDates.isDated(other.firstDay)) {
            return true;
        }
        return other.firstDay <= lastDay + options.windowDays() && firstDay <= other.lastDay + options.windowDays();
    }

    /**
     * Notes that an undated article of the story tells of days since {@code since} ({@link CueReader#toldSince}); an
     * undated day changes nothing.
     */
    void tell(long since) {
        if (ArticleDates.isDated(since)) {
            toldSince = ArticleDates.isDated(toldSince) ? Math.max(toldSince, since) : since;
        }
    }

    /**
     * True unless the story's dated span, widened by the window, ended before {@code since}: an article written after
     * that day reports no event of this story, as a dated article that late would not join it.
     */
    private boolean notOlderThan(long since) {
        return !ArticleDates.isDated(since) || !ArticleDates.isDated(lastDay) || since <= lastDay + options.windowDays();
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
        return accepts(day, ArticleDates.UNDATED);
    }

    /**
     * True when an article of this day, told since {@code since} ({@link CueReader#toldSince}; undated for none), may
     * still join: within the widened span (or undated on either side), telling of no day after the span's end widened
     * by the window, and, when dated, no more than the window before what the story's undated articles tell.
     */
    boolean accepts(long day, long since) {
        if (!notOlderThan(since)) {
            return false;
        }
        if (!ArticleDates.isDated(day)) {
            return true;
        }
        if (ArticleDates.isDated(toldSince) && day + options.windowDays() < toldSince) {
            return false;
        }
        if (!ArticleDates.isDated(firstDay)) {
            return true;
        }
        return day >= firstDay - options.windowDays() && day <= lastDay + options.windowDays();
    }

    // the anchors are compared story with story across languages (LanguageBridge), never article with story
    private static final Set<Facet> JOIN_FACETS = EnumSet.of(Facet.TERMS, Facet.NAMES, Facet.PLACES, Facet.FIGURES,
            Facet.YEARS);

    /** How well the article fits, under each facet's current IDF. */
    JoinFeatures features(ArticleProfile article, Map<Facet, IncrementalIdf> idf) {
        double[] cosine = new double[Facet.values().length];
        for (Facet facet : JOIN_FACETS) {
            cosine[facet.ordinal()] = centroids.get(facet).cosine(article.tfIdf(facet), idf.get(facet));
        }
        boolean yearsDisjoint = article.tfIdf(Facet.YEARS).size() > 0 && !centroids.get(Facet.YEARS).isEmpty()
                && cosine[Facet.YEARS.ordinal()] == 0;
        return new JoinFeatures(cosine[Facet.TERMS.ordinal()], cosine[Facet.NAMES.ordinal()],
                cosine[Facet.PLACES.ordinal()], cosine[Facet.FIGURES.ordinal()], cosine[Facet.YEARS.ordinal()],
                yearsDisjoint ? 1 : 0, Math.log(members.size()));
    }

    /** The IDF-weighted centroid of the story's {@link Facet#ANCHORS}, unit length. */
    SparseVector anchors(int keep, IncrementalIdf idf) {
        return centroids.get(Facet.ANCHORS).direction(keep, idf);
    }

    /** The IDF-weighted centroid of the content words over its {@code keep} heaviest terms, unit length. */
    SparseVector direction(int keep, IncrementalIdf idf) {
        return centroids.get(Facet.TERMS).direction(keep, idf);
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
