package dev.storybrief.brief.summary;

import dev.storybrief.brief.correction.Correction;
import dev.storybrief.brief.disagreement.NumberDisagreements;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.util.Once;
import java.util.List;
import java.util.function.Supplier;

/**
 * storybrief's own summarizer: ranks sentences by how central they are to the story (cosine with the TF-IDF
 * centroid of all its sentences), how many other outlets say the same (and how closely the rest come to it), and
 * how early they come in their article;
 * then fills the word budget greedily, skipping sentences that share much vocabulary with one already chosen
 * (TF-IDF cosine of 0.25 or more: a strict threshold, measured best on DUC 2004 and Multi-News alike, since two news
 * sentences about one event rarely share that much unless they repeat a fact), and orders the result by article
 * date, then position, so it reads as a story ({@link Ordering#STORY}), or most important first
 * ({@link Ordering#IMPORTANCE}), for readers or scorers that stop after the first words. Each candidate is
 * first shortened by a {@link SentenceTrimmer} (closing attributions, relative weekdays, asides; the standard one by
 * default), and the budget counts the trimmed words; the verbatim sentence travels with it. A statement no other
 * outlet makes keeps its closing attribution (", police said"): the reader should know whose claim it is.
 *
 * <p>Each move is its own class: {@link CandidateRanking} (with {@link CandidateTrimming}), {@link SummarySelection},
 * {@link MostToldFigures}, {@link SummaryFill}, {@link LatestFigureSwap}, {@link BackedTwins}, {@link OneSideOfEachDisagreement},
 * {@link LatestState} (a story told over days opens with its latest state), {@link CorrectedFigures} (a figure a later
 * report corrects is told corrected), {@link SummaryReadingOrder} (with the opening's contested figures,
 * {@link DisputedFigures}), {@link SpeakersReadRight}, {@link IssuerCredit} (a press release's figure is credited
 * to its issuer), {@link DisputedFigureMarks} (a disputed figure is marked with its spread) and {@link SummaryScript}
 * (one script for a language written in two); this class runs them in that order, with {@link DisputedLeads} (a lead whose figure is disputed is told) after one side of each
 * disagreement is chosen.
 */
public final class StorySummarizer implements Summarizer {
    /** The default redundancy threshold (TF-IDF cosine). */
    public static final double DEFAULT_REDUNDANCY = 0.25;

    /** How the chosen sentences are laid out. */
    public enum Ordering {
        /** By article date, then position in the article: reads as a story. */
        STORY,
        /** In the order they were chosen, the most important first: any prefix is the best summary of its length. */
        IMPORTANCE
    }

    /**
     * What a sentence's score adds to its centrality (cosine with the story's centroid), and when a candidate
     * repeats a chosen sentence.
     *
     * @param support       weight of the share of other outlets saying nearly the same ({@link Story#supportOf})
     * @param corroboration weight of how closely the other outlets come to it ({@link Story#corroborationOf})
     * @param position      weight of an early place in its article
     * @param redundancy    TF-IDF cosine with a chosen sentence from which a candidate counts as a repeat
     */
    public record Weights(double support, double corroboration, double position, double redundancy) {
        /** The weights measured best on DUC 2004 and the Multi-News sample (docs/BENCHMARKS.md). */
        public static final Weights DEFAULT = new Weights(0.35, 0.1, 0.25, DEFAULT_REDUNDANCY);
    }

    private final CandidateFilter filter;
    private final Weights weights;
    private final Ordering ordering;
    private final SentenceTrimmer trimmer;
    private final CandidateRanking ranking;

    /** The default weights, filter and trimmer, in story order. */
    public StorySummarizer() {
        this(Ordering.STORY);
    }

    /** The default weights, filter and trimmer, with the given ordering. */
    public StorySummarizer(Ordering ordering) {
        this(new CandidateFilter(), Weights.DEFAULT, ordering, SentenceTrimmer.standard());
    }

    private StorySummarizer(CandidateFilter filter, Weights weights, Ordering ordering, SentenceTrimmer trimmer) {
        this.filter = filter;
        this.weights = weights;
        this.ordering = ordering;
        this.trimmer = trimmer;
        this.ranking = new CandidateRanking(filter, weights, trimmer);
    }

    /** The same summarizer with another trimmer ({@link SentenceTrimmer#none()} keeps sentences verbatim). */
    public StorySummarizer withTrimmer(SentenceTrimmer trimmer) {
        return new StorySummarizer(filter, weights, ordering, trimmer);
    }

    /** The same summarizer with other weights. */
    public StorySummarizer withWeights(Weights weights) {
        return new StorySummarizer(filter, weights, ordering, trimmer);
    }

    /** The same summarizer with another candidate filter. */
    public StorySummarizer withFilter(CandidateFilter filter) {
        return new StorySummarizer(filter, weights, ordering, trimmer);
    }

    /** The filter its candidates pass. */
    CandidateFilter filter() {
        return filter;
    }

    @Override
    public String name() {
        return (ordering == Ordering.STORY ? "storybrief" : "storybrief-ranked") + (trimmer.isNone() ? "-verbatim" : "");
    }

    @Override
    public List<SummarySentence> summarize(Story story, int words) {
        return summarize(story, words, java.util.Set.of());
    }

    /**
     * As {@link #summarize(Story, int)}, with no sentence from the articles {@code apart} (another story in the
     * folder): their words neither give sentences nor pull the centre the sentences are ranked by.
     */
    @Override
    public List<SummarySentence> summarize(Story story, int words, java.util.Set<String> apart) {
        return summarize(story, words, apart, () -> new NumberDisagreements().find(story));
    }

    /**
     * As {@link #summarize(Story, int, java.util.Set)}, stating one side of each of the story's number disagreements
     * ({@code disagreements}, asked for only when two chosen sentences give figures): the disagreement shows the rest.
     */
    @Override
    public List<SummarySentence> summarize(Story story, int words, java.util.Set<String> apart,
                                           java.util.function.Supplier<List<dev.storybrief.model.Disagreement>> disagreements) {
        disagreements = Once.of(disagreements);
        boolean developing = DevelopingStory.is(story);
        SentenceIndex index = story.index(developing ? StoryView.ALL : StoryView.MAIN);
        List<AnalyzedArticle> articles = index.articles().stream().filter(a -> !apart.contains(a.id())).toList();
        if (articles.isEmpty()) {
            articles = index.articles();
        }
        TermVector centroid = ArticleCentre.of(index, articles,
                articles.size() == index.articles().size() ? index.centroid() : index.centroidOf(articles));
        List<SummaryCandidate> ranked = ranking.rank(story, articles, index, centroid);
        FigureBacking backing = new FigureBacking(story, disagreements);
        List<Correction> corrections = CorrectedFigures.of(story);
        List<SummaryCandidate> chosen = chosen(story, developing, ranked, index, articles, words, backing, disagreements,
                corrections);
        Supplier<List<Disagreement>> found = disagreements;
        List<AnalyzedArticle> read = articles;
        java.util.function.UnaryOperator<List<SummaryCandidate>> order = ordering != Ordering.STORY ? l -> l
                : l -> inReadingOrder(l, story, ranked, read, words, found, corrections, index, weights.redundancy());
        chosen = order.apply(chosen);
        // a line left out for its misread speaker is replaced, and the lines are put in reading order again, with
        // the opening's steps: a plain sort would let a leaning line open the summary again
        chosen = SpeakersReadRight.withSpeakersReadRight(chosen, ranked, index, words, order);
        // verbatim (no trimmer): every line is its sentence as written, with no credit, mark or script change
        if (!trimmer.isNone()) {
            // a figure the reports took from a press release is credited to its issuer, not to them alone
            chosen = IssuerCredit.credited(chosen, story, index, words);
            // a disputed figure a line states reads as disputed where it stands: "Some 250 residents (250 to 300, ...)"
            if (chosen.stream().anyMatch(s -> !s.article().figures(s.sentence()).isEmpty())) {
                chosen = DisputedFigureMarks.marked(chosen, new FigureSides(story, disagreements.get()), words);
            }
            // a person the summary names first by surname alone is named in full there, as an article would
            chosen = FullNames.named(chosen, story, words);
            // a story told in both of Serbian's scripts is summarised in the one most of its articles use
            chosen = SummaryScript.inStoryScript(chosen, story);
        }
        return chosen.stream()
                .map(s -> new SummarySentence(s.text(), s.sentence(), backing.of(s), s.score()))
                .toList();
    }

    /**
     * The sentences the summary states, most important first: the greedy choice (each article's best first in a
     * developing story), then the most-told figures, the fill, the latest figures, the backed twins, one side of each
     * disagreement, the latest state and the corrections.
     */
    private List<SummaryCandidate> chosen(Story story, boolean developing, List<SummaryCandidate> ranked,
                                          SentenceIndex index, List<AnalyzedArticle> articles, int words,
                                          FigureBacking backing, Supplier<List<Disagreement>> disagreements,
                                          List<Correction> corrections) {
        double redundancy = weights.redundancy();
        List<SummaryCandidate> chosen = developing ? SummarySelection.selectCovering(ranked, index, words, redundancy)
                : SummarySelection.select(ranked, index, words, redundancy);
        chosen = MostToldFigures.withMostToldFigures(story, chosen, ranked, index, words, redundancy);
        chosen = SummaryFill.filled(chosen, ranked, index, words);
        chosen = LatestFigureSwap.withLatestFigures(chosen, ranked, index, words, redundancy);
        chosen = BackedTwins.withBackedTwins(story, chosen, ranked, index, words, backing, articles);
        chosen = OneSideOfEachDisagreement.withOneSideOfEachDisagreement(story, chosen, ranked, index, words,
                disagreements);
        // a lead whose figure the outlets dispute tells the story's core: one side of it is stated, and marked
        if (ranked.stream().anyMatch(StorySummarizer::leadWithFigures)) {
            chosen = DisputedLeads.withDisputedLeads(chosen, ranked, new FigureSides(story, disagreements.get()), index,
                    words);
        }
        // a story told over days is told from its latest state: its outcome's lead is in the summary, and opens it
        chosen = LatestState.withLatestState(chosen, ranked, articles, words, index);
        // a figure a later report corrects is told corrected, whichever side of a disagreement the steps kept
        return CorrectedFigures.withCorrections(chosen, ranked, index, words, redundancy, corrections);
    }

    /** True for an article's lead that states a figure. */
    private static boolean leadWithFigures(SummaryCandidate s) {
        return s.sentence().index() == 0 && !s.article().figures(s.sentence()).isEmpty();
    }

    /**
     * The chosen sentences as a story reads: by date and place, the news before its background, the latest state
     * first, an opening that leans on no earlier line and gives no disputed figure (a correction may).
     */
    private static List<SummaryCandidate> inReadingOrder(List<SummaryCandidate> chosen, Story story,
                                                         List<SummaryCandidate> ranked, List<AnalyzedArticle> articles,
                                                         int words, Supplier<List<Disagreement>> disagreements,
                                                         List<Correction> corrections, SentenceIndex index,
                                                         double redundancy) {
        List<SummaryCandidate> ordered = new java.util.ArrayList<>(chosen);
        ordered.sort(SummaryReadingOrder.readingOrder(articles));
        ordered = SummaryReadingOrder.newsFirst(ordered, story);
        ordered = LatestState.latestFirst(ordered, ranked, articles);
        ordered = SummaryReadingOrder.withoutLeaningOpening(ordered, ranked, words, articles, index, redundancy);
        return SummaryReadingOrder.withUndisputedOpening(ordered, story, disagreements,
                s -> CorrectedFigures.tells(corrections, s));
    }
}
