package dev.storybrief.model.vector;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * TF-IDF vectors of every sentence of a set of articles (a view of one story), with IDF taken over those
 * sentences, so that what is common to the whole story weighs less than what ties two particular sentences
 * together; their centroid; and an inverted index of each sentence's distinctive terms, so that the sentences
 * similar to one are found without comparing it with all others. Built once per view from the articles' term
 * layer; every part of the briefing reads the same index.
 *
 * <p>Sentences are numbered from 0 in article order ({@link #id(Sentence)}).
 */
public final class SentenceIndex {
    /**
     * Terms found in more sentences than this are no way into the inverted index: in a story of hundreds of articles
     * a term that common ties too many sentences to tell which say the same thing, and scanning its postings would
     * make the search quadratic. Small stories (a few hundred sentences) keep nearly every term.
     */
    public static final int MAX_KEY_FREQUENCY = 100;

    private final List<AnalyzedArticle> articles;
    private final Map<String, Integer> articleNumbers = new HashMap<>();
    private final int[] firstIds;
    private final Sentence[] sentences;
    private final int[] articleOf;
    private final TermVector[] vectors;
    private final TfIdf tfIdf;
    private final Function<String, List<String>> termsOfText;
    private final TermVector centroid;
    private final int[][] postings;

    /**
     * Indexes the sentences of the given articles (their term layer).
     *
     * @param termsOfText the term analysis of the articles' language, for texts outside them ({@link #vectorOf})
     */
    public SentenceIndex(List<AnalyzedArticle> articles, Function<String, List<String>> termsOfText) {
        this.articles = List.copyOf(articles);
        this.termsOfText = termsOfText;
        this.firstIds = new int[articles.size()];
        List<Sentence> all = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            AnalyzedArticle article = articles.get(a);
            articleNumbers.putIfAbsent(article.id(), a);
            firstIds[a] = all.size();
            for (Sentence sentence : article.sentences()) {
                all.add(sentence);
                terms.add(article.termsOf(sentence));
                owners.add(a);
            }
        }
        this.sentences = all.toArray(Sentence[]::new);
        this.articleOf = owners.stream().mapToInt(Integer::intValue).toArray();
        this.tfIdf = new TfIdf(terms);
        this.vectors = terms.stream().map(tfIdf::vector).toArray(TermVector[]::new);
        this.centroid = centroidOf(articles);
        this.postings = postings(vectors, tfIdf.vocabularySize());
    }

    /** For each term of the vocabulary, the sentences holding it, when it is distinctive enough to be a key. */
    private static int[][] postings(TermVector[] vectors, int vocabulary) {
        int[] frequency = new int[vocabulary];
        for (TermVector v : vectors) {
            for (int term : v.ids()) {
                frequency[term]++;
            }
        }
        int[][] postings = new int[vocabulary][];
        int[] filled = new int[vocabulary];
        for (int term = 0; term < vocabulary; term++) {
            postings[term] = frequency[term] <= MAX_KEY_FREQUENCY ? new int[frequency[term]] : null;
        }
        for (int id = 0; id < vectors.length; id++) {
            for (int term : vectors[id].ids()) {
                if (postings[term] != null) {
                    postings[term][filled[term]++] = id;
                }
            }
        }
        return postings;
    }

    /** The articles indexed. */
    public List<AnalyzedArticle> articles() {
        return articles;
    }

    /** Number of sentences indexed. */
    public int size() {
        return sentences.length;
    }

    /** The number of an indexed sentence. */
    public int id(Sentence sentence) {
        Integer article = articleNumbers.get(sentence.articleId());
        int id = article == null ? -1 : firstIds[article] + sentence.index();
        if (id < 0 || id >= sentences.length || !sentences[id].equals(sentence)) {
            throw new IllegalArgumentException("sentence not indexed: " + sentence.articleId() + "#" + sentence.index());
        }
        return id;
    }

    /** The sentence numbered {@code id}. */
    public Sentence sentence(int id) {
        return sentences[id];
    }

    /** The position in {@link #articles()} of the article holding sentence {@code id}. */
    public int articleOf(int id) {
        return articleOf[id];
    }

    /** The vector of an indexed sentence. */
    public TermVector vector(Sentence sentence) {
        return vectors[id(sentence)];
    }

    /** The vector of sentence {@code id}. */
    public TermVector vector(int id) {
        return vectors[id];
    }

    /** The vector of any text under these statistics, analysed like the articles' sentences. */
    public TermVector vectorOf(String text) {
        return tfIdf.vector(termsOfText.apply(text));
    }

    /** The centroid of every indexed sentence: the normalised sum of their vectors. */
    public TermVector centroid() {
        return centroid;
    }

    /** The centroid of the sentences of some of the indexed articles, under this index's statistics. */
    public TermVector centroidOf(List<AnalyzedArticle> some) {
        return centroidOfSentences(some.stream().flatMap(article -> article.sentences().stream()).toList());
    }

    /** The centroid of some indexed sentences: the normalised sum of their vectors. */
    public TermVector centroidOfSentences(List<Sentence> sentences) {
        Map<String, Double> sum = new HashMap<>();
        for (Sentence sentence : sentences) {
            vector(sentence).weights().forEach((t, w) -> sum.merge(t, w, Double::sum));
        }
        return TermVector.normalised(sum);
    }

    /** A search for the sentences similar to one; one per thread, reused from sentence to sentence. */
    public NeighbourSearch neighbourSearch() {
        return new NeighbourSearch();
    }

    /** Receives a neighbour of the sentence searched from and their cosine. */
    @FunctionalInterface
    public interface NeighbourVisitor {
        /** Called once per neighbour. */
        void visit(int neighbour, double cosine);
    }

    /**
     * Finds, for one sentence, every other sentence that shares a distinctive term with it (one held by at most
     * {@value #MAX_KEY_FREQUENCY} sentences) and their exact cosine. Sentences sharing only common terms are not
     * visited: their cosine is low, and counted as 0. Not thread-safe.
     */
    public final class NeighbourSearch {
        private final int[] seenAt = new int[sentences.length];
        private int round;
        private long comparisons;

        private NeighbourSearch() {
        }

        /** Visits the neighbours of sentence {@code id} that {@code keep} accepts, each once, in no set order. */
        public void visit(int id, IntPredicate keep, NeighbourVisitor visitor) {
            round++;
            seenAt[id] = round;
            TermVector v = vectors[id];
            for (int term : v.ids()) {
                int[] holders = postings[term];
                if (holders == null) {
                    continue;
                }
                for (int other : holders) {
                    if (seenAt[other] != round) {
                        seenAt[other] = round;
                        if (keep.test(other)) {
                            comparisons++;
                            visitor.visit(other, v.cosine(vectors[other]));
                        }
                    }
                }
            }
        }

        /** Cosines computed so far. */
        public long comparisons() {
            return comparisons;
        }
    }
}
