package dev.storybrief.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a peer summary against reference summaries exactly like ROUGE-1.5.5.pl with {@code -f A}
 * (counts pooled over references, no jackknifing) and sentence-level averaging ({@code -t 0}):
 * ROUGE-1, ROUGE-2, ROUGE-L (summary-level union LCS) and the skip-bigram figure (ROUGE-SU4 by default).
 *
 * <p>Summaries are given as their SEE sentence units. Tokens are interned to int ids once per call;
 * all counting is done on ids. Thread-safe: one scorer can serve many threads.
 */
public final class RougeScorer {
    private final RougeOptions options;
    private final TokenFilter filter;
    private final SummaryReader reader;
    private final RougeTokenization tokenization;

    /** Creates a scorer; {@code resources} supplies the stopword list and the WordNet exceptions. */
    public RougeScorer(RougeOptions options, RougeResources resources) {
        this(options, resources, RougeTokenization.ASCII);
    }

    /**
     * Creates a scorer with the given tokenization.
     *
     * @throws RougeOptionsException for {@link RougeTokenization#UNICODE} with stemming (the stemmer is English)
     */
    public RougeScorer(RougeOptions options, RougeResources resources, RougeTokenization tokenization) {
        this.options = Objects.requireNonNull(options, "options");
        this.tokenization = Objects.requireNonNull(tokenization, "tokenization");
        if (tokenization == RougeTokenization.UNICODE && options.stem()) {
            throw new RougeOptionsException("unicode tokenization is not stemmed: drop -m");
        }
        this.filter = new TokenFilter(options, Objects.requireNonNull(resources, "resources"));
        this.reader = new SummaryReader(options);
    }

    /** How this scorer cuts text into tokens. */
    public RougeTokenization tokenization() {
        return tokenization;
    }

    /** The options this scorer applies. */
    public RougeOptions options() {
        return options;
    }

    /**
     * Scores one peer against its references, each given as its SEE units (sentences).
     *
     * @throws RougeException when there is no reference
     */
    public RougeResult score(List<String> peerUnits, List<List<String>> referenceUnits) {
        Objects.requireNonNull(peerUnits, "peerUnits");
        if (referenceUnits == null || referenceUnits.isEmpty()) {
            throw new RougeException("at least one reference summary is needed");
        }
        TokenIds ids = new TokenIds(filter, tokenization);
        SummaryTokens peer = reader.read(peerUnits, ids);
        List<SummaryTokens> references = new ArrayList<>(referenceUnits.size());
        for (List<String> units : referenceUnits) {
            references.add(reader.read(units, ids));
        }
        return new RougeResult(
                ngramFigure(peer, references, 1),
                ngramFigure(peer, references, 2),
                lcsFigure(peer, references, ids.vocabularySize()),
                skipBigramFigure(peer, references));
    }

    /**
     * Scores texts whose SEE units are separated by {@code \n} (see {@link RougeTokenizer#splitUnits}).
     *
     * @throws RougeException when there is no reference
     */
    public RougeResult score(String peer, List<String> references) {
        Objects.requireNonNull(peer, "peer");
        if (references == null || references.isEmpty()) {
            throw new RougeException("at least one reference summary is needed");
        }
        List<List<String>> referenceUnits = new ArrayList<>(references.size());
        for (String reference : references) {
            referenceUnits.add(RougeTokenizer.splitUnits(reference));
        }
        return score(RougeTokenizer.splitUnits(peer), referenceUnits);
    }

    private RougeFigure ngramFigure(SummaryTokens peer, List<SummaryTokens> references, int n) {
        GramMultiset peerGrams = new GramMultiset(grams(peer.ngramTokens(), n));
        int hits = 0;
        int model = 0;
        for (SummaryTokens reference : references) {
            long[] referenceGrams = grams(reference.ngramTokens(), n);
            hits += peerGrams.clippedHits(referenceGrams);
            model += referenceGrams.length;
        }
        return RougeFigure.of(hits, model, references.size() * peerGrams.size(), options.alpha());
    }

    private RougeFigure skipBigramFigure(SummaryTokens peer, List<SummaryTokens> references) {
        GramMultiset peerGrams = new GramMultiset(skipGrams(peer));
        int hits = 0;
        int model = 0;
        for (SummaryTokens reference : references) {
            long[] referenceGrams = skipGrams(reference);
            hits += peerGrams.clippedHits(referenceGrams);
            model += referenceGrams.length;
        }
        return RougeFigure.of(hits, model, references.size() * peerGrams.size(), options.alpha());
    }

    private RougeFigure lcsFigure(SummaryTokens peer, List<SummaryTokens> references, int vocabularySize) {
        int[] peerCounts = unigramCounts(peer.ngramTokens(), vocabularySize);
        UnionLcs lcs = new UnionLcs(vocabularySize);
        int hits = 0;
        int model = 0;
        for (SummaryTokens reference : references) {
            int[] referenceCounts = unigramCounts(reference.ngramTokens(), vocabularySize);
            hits += lcs.hits(reference.lcsUnits(), peer.lcsUnits(), referenceCounts, peerCounts.clone());
            model += reference.lcsTokenCount();
        }
        return RougeFigure.of(hits, model, references.size() * peer.ngramTokens().length, options.alpha());
    }

    private long[] skipGrams(SummaryTokens summary) {
        return GramCounter.skipBigrams(summary.ngramTokens(), options.skipDistance(), options.skipUnigrams());
    }

    private static long[] grams(int[] tokens, int n) {
        return n == 1 ? GramCounter.unigrams(tokens) : GramCounter.bigrams(tokens);
    }

    private static int[] unigramCounts(int[] tokens, int vocabularySize) {
        int[] counts = new int[vocabularySize];
        for (int token : tokens) {
            counts[token]++;
        }
        return counts;
    }
}
