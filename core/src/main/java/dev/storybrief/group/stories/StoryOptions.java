package dev.storybrief.group.stories;

/**
 * The knobs of story grouping. {@link #defaults()} are the values measured on the evaluation stream (see
 * {@code docs/BENCHMARKS.md}); the others are for experiments.
 *
 * @param windowDays          a story stops accepting an article dated more than this many days after its newest
 *                            (or before its oldest) article
 * @param join                the model that scores an article against a candidate story; the article joins the best
 *                            story whose score is at least 0
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
 * @param cueSentences        sentences at the start of an article read for names, figures and years
 * @param smallStory          stories of at most this many articles get a second chance, when the stories are read, to
 *                            join a larger one
 * @param smallStoryJoin      least {@link JoinModel} score for that second chance in a stream of at least {@code
 *                            largeStream} articles; a smaller stream keeps {@link #SPARSE_STREAM_JOIN} and no lead
 * @param refineRounds        rounds of the refinement when the stories are read: each article is scored against its
 *                            story without itself and against its candidate stories, and moves to one that scores
 *                            better by the margin (0: no refinement)
 * @param refineMargin        how much better another story must score for an article to move there
 * @param smallStoryLead      how much better than every other candidate a small story's best larger story must score
 *                            for the second chance to join them (a near tie says what kind of story it is, not which),
 *                            in a stream of at least {@code largeStream} articles
 * @param largeStream         articles from which a stream's IDF has seen enough stories to tell them apart: below it, a
 *                            story's own words are common in the stream, its articles look far apart and unrelated
 *                            reports alike, so the lower second-chance bar and the split of two-event stories
 *                            ({@link MixedStories}) are not used (measured with {@code SmallStreamEvaluation})
 */
public record StoryOptions(int windowDays, JoinModel join, double linkSimilarity, double duplicateSimilarity,
                           int shingleWords, int vectorTerms, int indexTerms, int maxCandidates, int maxPostings,
                           int blockDays, int warmupArticles, int cueSentences, int smallStory,
                           double smallStoryJoin, int refineRounds, double refineMargin, double smallStoryLead,
                           int largeStream)
        implements java.io.Serializable {

    public StoryOptions {
        require(windowDays >= 1, "windowDays must be at least 1, got " + windowDays);
        java.util.Objects.requireNonNull(join, "join");
        require(linkSimilarity > 0 && linkSimilarity <= 1, "linkSimilarity must be in (0, 1], got " + linkSimilarity);
        require(duplicateSimilarity > 0 && duplicateSimilarity <= 1,
                "duplicateSimilarity must be in (0, 1], got " + duplicateSimilarity);
        require(shingleWords >= 1, "shingleWords must be at least 1, got " + shingleWords);
        require(vectorTerms >= indexTerms && indexTerms >= 1, "need vectorTerms >= indexTerms >= 1");
        require(maxCandidates >= 1 && maxPostings >= 1, "maxCandidates and maxPostings must be at least 1");
        require(blockDays > windowDays, "blockDays (" + blockDays + ") must exceed windowDays (" + windowDays + ")");
        require(warmupArticles >= 1, "warmupArticles must be at least 1, got " + warmupArticles);
        require(cueSentences >= 0, "cueSentences must not be negative, got " + cueSentences);
        require(smallStory >= 0, "smallStory must not be negative, got " + smallStory);
        require(refineRounds >= 0, "refineRounds must not be negative, got " + refineRounds);
        require(refineMargin >= 0, "refineMargin must not be negative, got " + refineMargin);
        require(smallStoryLead >= 0, "smallStoryLead must not be negative, got " + smallStoryLead);
        require(largeStream >= 0, "largeStream must not be negative, got " + largeStream);
    }

    /** The second chance's bar in a stream of fewer than {@link #largeStream()} articles, with no lead asked. */
    public static final double SPARSE_STREAM_JOIN = -0.5;

    /**
     * The join model learnt by {@code eval.clustering.JoinModelTraining} from the tuning part of DUC 2004 + Multi-News
     * and of ECB+, its intercept then raised by 1.25 (more joins), the shift with the best mean B-cubed F1 of the two
     * tuning parts (1.0 to 1.75 tried in steps of 0.125 to 0.25).
     */
    static final JoinModel DEFAULT_JOIN = new JoinModel(-3.960 + 1.25,
            new double[] {8.742, 4.082, 1.213, 3.844, 0.725, -0.439, -0.383});

    /** The measured defaults. */
    public static StoryOptions defaults() {
        return new StoryOptions(30, DEFAULT_JOIN, 0.30, 0.5, 4, 60, 10, 30, 5000, 120, 50, 8, 3, -1.25, 2, 0.1, 0.25, 200);
    }

    /** These options with another time window. */
    public StoryOptions withWindowDays(int days) {
        return new StoryOptions(days, join, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms, indexTerms,
                maxCandidates, maxPostings, Math.max(blockDays, days + 1), warmupArticles, cueSentences, smallStory,
                smallStoryJoin, refineRounds, refineMargin, smallStoryLead, largeStream);
    }

    /** These options with another join model. */
    public StoryOptions withJoin(JoinModel model) {
        return new StoryOptions(windowDays, model, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, warmupArticles, cueSentences, smallStory,
                smallStoryJoin, refineRounds, refineMargin, smallStoryLead, largeStream);
    }

    /** These options with another story-link threshold. */
    public StoryOptions withLinkSimilarity(double similarity) {
        return new StoryOptions(windowDays, join, similarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, warmupArticles, cueSentences, smallStory,
                smallStoryJoin, refineRounds, refineMargin, smallStoryLead, largeStream);
    }

    /** These options with another near-duplicate threshold. */
    public StoryOptions withDuplicateSimilarity(double similarity) {
        return new StoryOptions(windowDays, join, linkSimilarity, similarity, shingleWords, vectorTerms, indexTerms,
                maxCandidates, maxPostings, blockDays, warmupArticles, cueSentences, smallStory, smallStoryJoin,
                refineRounds, refineMargin, smallStoryLead, largeStream);
    }

    /** These options with another block length. */
    public StoryOptions withBlockDays(int days) {
        return new StoryOptions(windowDays, join, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, days, warmupArticles, cueSentences, smallStory, smallStoryJoin,
                refineRounds, refineMargin, smallStoryLead, largeStream);
    }

    /** These options with another warm-up. */
    public StoryOptions withWarmupArticles(int articles) {
        return new StoryOptions(windowDays, join, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, articles, cueSentences, smallStory, smallStoryJoin,
                refineRounds, refineMargin, smallStoryLead, largeStream);
    }

    /** These options reading another number of sentences for names, figures and years. */
    public StoryOptions withCueSentences(int sentences) {
        return new StoryOptions(windowDays, join, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, warmupArticles, sentences, smallStory,
                smallStoryJoin, refineRounds, refineMargin, smallStoryLead, largeStream);
    }

    /** These options giving small stories of at most {@code size} articles a second chance at this score. */
    public StoryOptions withSmallStories(int size, double join) {
        return withSmallStories(size, join, smallStoryLead);
    }

    /**
     * These options giving small stories of at most {@code size} articles a second chance at this score, when it leads
     * every other candidate's by {@code lead}.
     */
    public StoryOptions withSmallStories(int size, double join, double lead) {
        return new StoryOptions(windowDays, this.join, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, warmupArticles, cueSentences, size, join,
                refineRounds, refineMargin, lead, largeStream);
    }

    /** These options treating a stream of at least this many articles as large (see {@link #largeStream()}). */
    public StoryOptions withLargeStream(int articles) {
        return new StoryOptions(windowDays, join, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, warmupArticles, cueSentences, smallStory,
                smallStoryJoin, refineRounds, refineMargin, smallStoryLead, articles);
    }

    /** These options refining the stories for {@code rounds} rounds with this margin (0 rounds: not at all). */
    public StoryOptions withRefinement(int rounds, double margin) {
        return new StoryOptions(windowDays, join, linkSimilarity, duplicateSimilarity, shingleWords, vectorTerms,
                indexTerms, maxCandidates, maxPostings, blockDays, warmupArticles, cueSentences, smallStory,
                smallStoryJoin, rounds, margin, smallStoryLead, largeStream);
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
