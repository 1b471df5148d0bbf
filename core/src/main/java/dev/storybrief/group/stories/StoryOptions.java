package dev.storybrief.group.stories;

/**
 * The knobs of story grouping. {@link #defaults()} are the values measured on the evaluation stream (see
 * {@code docs/BENCHMARKS.md}); the others are for experiments.
 *
 * @param windowDays          a story stops accepting an article dated more than this many days after its newest
 *                            (or before its oldest) article
 * @param joinSimilarity      least cosine between an article and a story's centroid for the article to join it
 * @param linkSimilarity      least cosine between two stories' centroids for stories found in neighbouring time
 *                            blocks to be one story
 * @param duplicateSimilarity least estimated Jaccard similarity of word shingles for two articles to be copies
 * @param shingleWords        words per shingle for near-duplicate detection
 * @param vectorTerms         terms kept in an article's TF-IDF vector (the heaviest ones)
 * @param indexTerms          heaviest terms of an article under which its story is indexed and looked up
 * @param maxCandidates       stories compared with an article at most (those sharing the most index terms)
 * @param maxPostings         an index term found in more stories than this within one time bucket is too common to
 *                            select candidates and is skipped for lookups
 * @param blockDays           length of the time blocks {@link BlockedStoryGrouper} clusters independently
 * @param warmupArticles      articles whose terms the IDF counts before the first one is grouped
 */
public record StoryOptions(int windowDays, double joinSimilarity, double linkSimilarity, double duplicateSimilarity,
                           int shingleWords, int vectorTerms, int indexTerms, int maxCandidates, int maxPostings,
                           int blockDays, int warmupArticles) implements java.io.Serializable {

    public StoryOptions {
        require(windowDays >= 1, "windowDays must be at least 1, got " + windowDays);
        require(joinSimilarity > 0 && joinSimilarity <= 1, "joinSimilarity must be in (0, 1], got " + joinSimilarity);
        require(linkSimilarity > 0 && linkSimilarity <= 1, "linkSimilarity must be in (0, 1], got " + linkSimilarity);
        require(duplicateSimilarity > 0 && duplicateSimilarity <= 1,
                "duplicateSimilarity must be in (0, 1], got " + duplicateSimilarity);
        require(shingleWords >= 1, "shingleWords must be at least 1, got " + shingleWords);
        require(vectorTerms >= indexTerms && indexTerms >= 1, "need vectorTerms >= indexTerms >= 1");
        require(maxCandidates >= 1 && maxPostings >= 1, "maxCandidates and maxPostings must be at least 1");
        require(blockDays > windowDays, "blockDays (" + blockDays + ") must exceed windowDays (" + windowDays + ")");
        require(warmupArticles >= 1, "warmupArticles must be at least 1, got " + warmupArticles);
    }

    /** The measured defaults. */
    public static StoryOptions defaults() {
        return new StoryOptions(30, 0.18, 0.30, 0.7, 4, 60, 10, 30, 5000, 120, 50);
    }

    /** These options with another time window. */
    public StoryOptions withWindowDays(int days) {
        return new StoryOptions(days, joinSimilarity, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, Math.max(blockDays, days + 1), warmupArticles);
    }

    /** These options with another join threshold. */
    public StoryOptions withJoinSimilarity(double similarity) {
        return new StoryOptions(windowDays, similarity, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, warmupArticles);
    }

    /** These options with another story-link threshold. */
    public StoryOptions withLinkSimilarity(double similarity) {
        return new StoryOptions(windowDays, joinSimilarity, similarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, warmupArticles);
    }

    /** These options with another near-duplicate threshold. */
    public StoryOptions withDuplicateSimilarity(double similarity) {
        return new StoryOptions(windowDays, joinSimilarity, linkSimilarity, similarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, warmupArticles);
    }

    /** These options with another block length. */
    public StoryOptions withBlockDays(int days) {
        return new StoryOptions(windowDays, joinSimilarity, linkSimilarity, duplicateSimilarity, shingleWords,
                vectorTerms, indexTerms, maxCandidates, maxPostings, days, warmupArticles);
    }

    /** These options with another warm-up. */
    public StoryOptions withWarmupArticles(int articles) {
        return new StoryOptions(windowDays, joinSimilarity, linkSimilarity, duplicateSimilarity, shingleWords,
                vectorTerms, indexTerms, maxCandidates, maxPostings, blockDays, articles);
    }

    /** True when two days can belong to one story: either is undated, or they are at most a window apart. */
    public boolean withinWindow(long day, long otherDay) {
        return !ArticleDates.isDated(day) || !ArticleDates.isDated(otherDay)
                || Math.abs(day - otherDay) <= windowDays;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
