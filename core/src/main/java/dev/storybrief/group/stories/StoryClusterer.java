package dev.storybrief.group.stories;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups an unsorted stream of single articles into stories, one article at a time.
 *
 * <p>Each article is first checked for being a copy of an earlier one ({@link MinHash} signatures, LSH bands); a
 * copy joins its original's story and adds nothing else. Otherwise it gets a TF-IDF vector under the stream's IDF so
 * far (after a short warm-up, see {@link #add(RawDocument)}) and is
 * compared with the stories that share one of its heaviest terms in the inverted index, within the time buckets its
 * window reaches; it joins the most similar one when the cosine with the story's centroid reaches
 * {@link StoryOptions#joinSimilarity()} and the story's time span, widened by the window, covers its day. Otherwise
 * it starts a story. There is no comparison of all pairs: the work per article is bounded by the index.
 *
 * <p>The result depends only on the order of the calls to {@link #add(RawDocument)}: no hash order, no clock.
 */
public final class StoryClusterer {
    private final StoryOptions options;
    private final String idPrefix;
    private final NearDuplicates duplicates;
    private final IncrementalIdf idf = new IncrementalIdf();
    private final TimeBucketIndex<String> index;
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<Long> days = new ArrayList<>();
    private final IntList representativeOf = new IntList();
    private final IntList storyOf = new IntList();
    private final List<List<String>> indexTermsOf = new ArrayList<>();
    private final List<StoryCluster> clusters = new ArrayList<>();
    private final CandidateCounter counter = new CandidateCounter();
    private final List<Map.Entry<RawDocument, Map<String, Integer>>> pending = new ArrayList<>();
    private boolean warmedUp;
    private long vectorComparisons;

    /** A clusterer with the default options, naming stories {@code story-1}, {@code story-2}, ... */
    public StoryClusterer() {
        this(StoryOptions.defaults());
    }

    /** A clusterer with these options, naming stories {@code story-1}, {@code story-2}, ... */
    public StoryClusterer(StoryOptions options) {
        this(options, "story-");
    }

    /** A clusterer naming stories {@code idPrefix + number}. */
    public StoryClusterer(StoryOptions options, String idPrefix) {
        this.options = options;
        this.idPrefix = idPrefix;
        this.duplicates = new NearDuplicates(options);
        this.index = new TimeBucketIndex<>(options.windowDays());
    }

    /** Adds every document, in order. */
    public StoryClusterer addAll(Iterable<RawDocument> docs) {
        docs.forEach(this::add);
        return this;
    }

    /**
     * Adds the next article of the stream. The first {@link StoryOptions#warmupArticles()} articles only count their
     * terms until that many have arrived, and are then grouped in arrival order: an IDF learnt from two or three
     * articles would let common words decide the first stories.
     */
    public void add(RawDocument doc) {
        if (warmedUp) {
            group(doc, null);
            return;
        }
        Map<String, Integer> tf = SparseVector.termFrequencies(textOf(doc));
        idf.count(tf.keySet());
        pending.add(Map.entry(doc, tf));
        if (pending.size() >= options.warmupArticles()) {
            flush();
        }
    }

    /** Groups the articles held back for the warm-up. */
    private void flush() {
        warmedUp = true;
        pending.forEach(p -> group(p.getKey(), p.getValue()));
        pending.clear();
    }

    /** Groups one article; {@code countedTf} is its term frequencies when the IDF has counted them already. */
    private void group(RawDocument doc, Map<String, Integer> countedTf) {
        int item = documents.size();
        long day = ArticleDates.epochDay(doc);
        int[] signature = MinHash.signature(doc.text(), options.shingleWords());
        int original = duplicates.findCopy(signature, day);
        duplicates.add(signature, day);
        documents.add(doc);
        days.add(day);
        if (original >= 0) {
            int representative = representativeOf.get(original);
            representativeOf.add(representative);
            StoryCluster story = clusters.get(storyOf.get(representative));
            storyOf.add(story.number());
            indexTermsOf.add(List.of());
            story.addCopy(item, day);
            // the copy's day may widen the story's span: make the story findable from there too
            register(story, indexTermsOf.get(representative), day);
            return;
        }
        representativeOf.add(item);
        Map<String, Integer> tf = countedTf;
        if (tf == null) {
            tf = SparseVector.termFrequencies(textOf(doc));
            idf.count(tf.keySet());
        }
        SparseVector.Weighted vectors = SparseVector.weigh(tf, idf, options.vectorTerms());
        SparseVector vector = vectors.tfIdf();
        StoryCluster story = bestStory(vector, day);
        if (story == null) {
            story = new StoryCluster(clusters.size(), options);
            clusters.add(story);
        }
        storyOf.add(story.number());
        indexTermsOf.add(topTerms(vector));
        story.add(item, vectors.tf(), day);
        register(story, indexTermsOf.get(item), day);
    }

    private StoryCluster bestStory(SparseVector vector, long day) {
        List<String> terms = topTerms(vector);
        for (String term : terms) {
            index.forEachNear(term, day, options.maxPostings(), counter::count);
        }
        StoryCluster best = null;
        double bestSimilarity = options.joinSimilarity();
        for (int number : counter.takeTop(options.maxCandidates())) {
            StoryCluster story = clusters.get(number);
            if (!story.accepts(day)) {
                continue;
            }
            vectorComparisons++;
            double similarity = story.cosine(vector, idf);
            if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                best = story;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    private void register(StoryCluster story, List<String> terms, long day) {
        for (String term : terms) {
            if (story.markIndexed(term, index.bucketOf(day))) {
                index.add(term, day, story.number());
            }
        }
    }

    /**
     * The terms an article is looked up and filed under: its heaviest terms, and its heaviest terms that some other
     * article has too. The heaviest alone are often words no other article uses yet, which find nothing in a small
     * input; the shared ones alone are the commoner words, which find too much in a large one.
     */
    private List<String> topTerms(SparseVector vector) {
        java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>();
        int n = Math.min(options.indexTerms(), vector.size());
        terms.addAll(List.of(vector.terms()).subList(0, n));
        int shared = 0;
        for (String term : vector.terms()) {
            if (shared == options.indexTerms()) {
                break;
            }
            if (idf.documentFrequency(term) > 1) {
                terms.add(term);
                shared++;
            }
        }
        return List.copyOf(terms);
    }

    private static String textOf(RawDocument doc) {
        String title = doc.meta(MetaKey.TITLE);
        return title == null ? doc.text() : title + "\n\n" + doc.text();
    }

    /** Number of articles added, copies included. */
    public int size() {
        return documents.size() + pending.size();
    }

    /**
     * The id of the story the {@code index}-th added article (counting from 0, copies included) belongs to, or empty
     * while it is held back for the warm-up. Costs nothing: a live desk asks it after every article.
     */
    public java.util.Optional<String> storyIdOf(int index) {
        if (index < 0 || index >= storyOf.size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(idPrefix + (storyOf.get(index) + 1));
    }

    /**
     * The index of the article the {@code index}-th added article is a near-copy of ({@code index} itself when it is
     * no copy), or -1 while it is held back for the warm-up.
     */
    public int originalOf(int index) {
        return index < 0 || index >= representativeOf.size() ? -1 : representativeOf.get(index);
    }

    /** Similarity computations made so far (article-story cosines plus signature comparisons). */
    public long comparisons() {
        return vectorComparisons + duplicates.comparisons();
    }

    /** The stories so far, in the order they started (articles held back for the warm-up are grouped first). */
    public List<StoryGroup> stories() {
        flush();
        List<StoryGroup> stories = new ArrayList<>();
        for (StoryCluster story : clusters) {
            List<RawDocument> articles = new ArrayList<>();
            List<List<String>> ids = new ArrayList<>();
            List<List<String>> outlets = new ArrayList<>();
            for (int rep : story.members()) {
                articles.add(documents.get(rep));
                List<String> copyIds = new ArrayList<>();
                Set<String> copyOutlets = new LinkedHashSet<>();
                for (int copy : copiesOf(rep, story)) {
                    copyIds.add(documents.get(copy).id());
                    String outlet = documents.get(copy).meta(MetaKey.OUTLET);
                    if (outlet != null) {
                        copyOutlets.add(outlet);
                    }
                }
                ids.add(copyIds);
                outlets.add(new ArrayList<>(copyOutlets));
            }
            stories.add(new StoryGroup(idPrefix + (story.number() + 1), StoryHeadline.of(articles), articles, ids,
                    outlets));
        }
        return stories;
    }

    /** Sketches of the stories so far, same order as {@link #stories()}, for linking with other partitions. */
    public List<StorySketch> sketches() {
        flush();
        List<StorySketch> sketches = new ArrayList<>();
        for (StoryCluster story : clusters) {
            List<StorySketch.ArticleSketch> articles = new ArrayList<>();
            for (int rep : story.members()) {
                articles.add(new StorySketch.ArticleSketch(documents.get(rep).id(), duplicates.signature(rep),
                        days.get(rep)));
            }
            sketches.add(new StorySketch(idPrefix + (story.number() + 1),
                    story.direction(options.vectorTerms(), idf).asMap(), story.firstDay(), story.lastDay(), articles));
        }
        return sketches;
    }

    /** The items whose representative is {@code rep}, in arrival order (scans only items of the story's span). */
    private List<Integer> copiesOf(int rep, StoryCluster story) {
        List<Integer> copies = new ArrayList<>();
        for (int copy : story.itemsWithCopies()) {
            if (representativeOf.get(copy) == rep) {
                copies.add(copy);
            }
        }
        return copies;
    }
}
