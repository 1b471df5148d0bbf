package dev.storybrief.group;

import dev.storybrief.BriefingInterruptedException;
import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group stage for one story: finds, for every sentence, the other articles that say nearly the same thing
 * (cross-outlet support) and how closely the other articles come to it on average (corroboration), and sets apart
 * follow-up articles from another period.
 */
public final class StoryGrouper {
    /** TF-IDF cosine above which two sentences count as the same statement. */
    public static final double DEFAULT_SUPPORT_THRESHOLD = 0.36;
    /** Two sentences must also share this many content terms: short sentences reach a high cosine by chance. */
    public static final int MIN_SHARED_TERMS = 3;

    private final double supportThreshold;
    private final PeriodDetector periods = new PeriodDetector();

    /** A grouper with the default support threshold. */
    public StoryGrouper() {
        this(DEFAULT_SUPPORT_THRESHOLD);
    }

    /** A grouper with its own support threshold, between 0 and 1. */
    public StoryGrouper(double supportThreshold) {
        this.supportThreshold = supportThreshold;
    }

    /**
     * Groups the articles of one story. Copies of one text are folded first ({@link Reprints}): the same agency story
     * under two outlets' names is one report.
     */
    public Story group(String id, List<AnalyzedArticle> read) {
        Reprints folded = Reprints.fold(read);
        List<AnalyzedArticle> articles = folded.kept();
        var terms = TermChains.standard().forLanguage(mainLanguage(articles));
        SentenceIndex index = new SentenceIndex(articles, terms::terms);
        List<String> later = periods.otherPeriod(articles);
        boolean[] isLater = new boolean[articles.size()];
        int laterCount = 0;
        for (int a = 0; a < articles.size(); a++) {
            isLater[a] = later.contains(articles.get(a).id());
            laterCount += isLater[a] ? 1 : 0;
        }
        boolean[] mute = notReportsBesideReports(articles);
        Map<Sentence, List<String>> support = new HashMap<>();
        Map<Sentence, List<String>> disputed = new HashMap<>();
        Map<Sentence, List<String>> otherFigure = new HashMap<>();
        Map<Sentence, List<String>> namesOnly = new HashMap<>();
        Map<Sentence, Double> corroboration = new HashMap<>();
        Closest closest = new Closest(index, isLater, mute, StoryNames.of(articles));
        for (int a = 0; a < articles.size(); a++) {
            BriefingInterruptedException.check();
            int peers = (isLater[a] ? laterCount : articles.size() - laterCount) - 1 - muted(mute, isLater, a);
            for (Sentence sentence : articles.get(a).sentences()) {
                closest.find(index.id(sentence));
                support.put(sentence, closest.sayingTheSame(articles));
                List<String> disputing = closest.disputing(articles);
                if (!disputing.isEmpty()) {
                    disputed.put(sentence, disputing);
                    List<String> figures = closest.givingAnotherFigure(articles);
                    if (!figures.isEmpty()) {
                        otherFigure.put(sentence, figures);
                    }
                }
                List<String> untold = closest.backingNamesOnly(articles);
                if (!untold.isEmpty()) {
                    namesOnly.put(sentence, untold);
                }
                corroboration.put(sentence, peers <= 0 ? 0.0 : closest.sumOfBest() / peers);
            }
        }
        CrossLanguageSupport.add(articles, isLater, support);
        java.util.Set<String> muted = new java.util.HashSet<>();
        for (int a = 0; a < articles.size(); a++) {
            if (mute[a]) {
                muted.add(articles.get(a).id());
            }
        }
        if (!muted.isEmpty()) { // nor across languages
            support.replaceAll((sentence, ids) -> ids.stream().filter(other -> !muted.contains(other)).toList());
        }
        List<AnalyzedArticle> main = articles.stream().filter(a -> !later.contains(a.id())).toList();
        SentenceIndex mainIndex = main.isEmpty() || main.size() == articles.size() ? index
                : new SentenceIndex(main, terms::terms);
        return new Story(id, articles, later, support, disputed, otherFigure, namesOnly, corroboration, index, mainIndex,
                folded.reprints(), folded.versionOf());
    }

    /**
     * Which articles support no other's sentence: beside reports, an opinion piece, paid content or a correction
     * notice ({@link dev.storybrief.model.ArticleKind#reports}). A column that repeats a report's figure is its writer's
     * view of the news, not a second report of it; where no report stands beside them, such texts back each other.
     */
    static boolean[] notReportsBesideReports(List<AnalyzedArticle> articles) {
        boolean[] mute = new boolean[articles.size()];
        if (articles.stream().noneMatch(a -> a.article().kind().reports())) {
            return mute;
        }
        for (int a = 0; a < articles.size(); a++) {
            mute[a] = !articles.get(a).article().kind().reports();
        }
        return mute;
    }

    /** How many other articles of article {@code a}'s period are {@code mute}. */
    private static int muted(boolean[] mute, boolean[] isLater, int a) {
        int count = 0;
        for (int b = 0; b < mute.length; b++) {
            count += b != a && mute[b] && isLater[b] == isLater[a] ? 1 : 0;
        }
        return count;
    }

    /**
     * For one sentence at a time, how close each other article of the same period comes to it: the best cosine of
     * its sentences, and whether one of them says the same thing. Support and corroboration only count between
     * articles of the same period: a follow-up does not back the event. Only the sentences that share a distinctive
     * term with it are compared ({@link SentenceIndex.NeighbourSearch}); the rest come no closer than 0.
     */
    private final class Closest {
        private final SentenceIndex index;
        private final boolean[] isLater;
        private final boolean[] mute;
        private final SentenceIndex.NeighbourSearch search;
        private final double[] best;
        private final boolean[] same;
        private final boolean[] agreeing;
        private final boolean[] contradicting;
        private final boolean[] confirming;
        private final boolean[] backing;
        /** Backing with what the sentence tells happened, not only the story's names: shown beside it. */
        private final boolean[] telling;
        private final boolean[] reached;
        private final List<Integer> touched = new ArrayList<>();
        private final java.util.Set<String> names;

        Closest(SentenceIndex index, boolean[] isLater, boolean[] mute, java.util.Set<String> names) {
            this.index = index;
            this.mute = mute;
            this.names = names;
            this.isLater = isLater;
            this.search = index.neighbourSearch();
            this.best = new double[isLater.length];
            this.same = new boolean[isLater.length];
            this.agreeing = new boolean[isLater.length];
            this.contradicting = new boolean[isLater.length];
            this.confirming = new boolean[isLater.length];
            this.backing = new boolean[isLater.length];
            this.telling = new boolean[isLater.length];
            this.reached = new boolean[isLater.length];
        }

        void find(int sentence) {
            touched.forEach(a -> {
                best[a] = 0;
                same[a] = false;
                agreeing[a] = false;
                contradicting[a] = false;
                confirming[a] = false;
                backing[a] = false;
                telling[a] = false;
                reached[a] = false;
            });
            touched.clear();
            int own = index.articleOf(sentence);
            TermVector vector = index.vector(sentence);
            if (vector.isEmpty()) {
                return;
            }
            visit(sentence, own, vector);
            touched.sort(null);
        }

        private void visit(int sentence, int own, TermVector vector) {
            search.visit(sentence, other -> {
                int a = index.articleOf(other);
                return a != own && isLater[a] == isLater[own] && !mute[a];
            }, (other, cosine) -> {
                int a = index.articleOf(other);
                if (!reached[a]) {
                    reached[a] = true;
                    touched.add(a);
                }
                best[a] = Math.max(best[a], cosine);
                Figures figures = figures(sentence, other);
                // the shared words are counted once, and only when alike or a contradiction could follow from them
                boolean sharesWords = (cosine >= supportThreshold || figures == Figures.ANOTHER)
                        && vector.sharedTerms(index.vector(other)) >= MIN_SHARED_TERMS;
                boolean alike = cosine >= supportThreshold && sharesWords;
                same[a] |= alike;
                agreeing[a] |= alike && figures != Figures.ANOTHER;
                confirming[a] |= alike && figures == Figures.SAME;
                // alike in words is not yet saying the same: the other must carry the claim's figures, quotes and
                // most of its words, not deny what it states, and credit its quotes to the same speaker
                boolean backs = alike && !telling[a] && SameClaim.backs(index.sentence(sentence).text(), vector,
                        figuresOf(sentence), index.sentence(other).text(), index.vector(other), figuresOf(other))
                        && SameSpeaker.compatible(index.articles().get(own), index.sentence(sentence),
                        index.articles().get(a), index.sentence(other));
                backing[a] |= backs;
                telling[a] |= backs && SameClaim.tellsEvent(vector, index.vector(other), names);
                // The sentence an outlet gives the figure in may word the rest too differently to count as alike,
                // while another of its sentences (a quote's "said the regional president") is alike without a figure.
                contradicting[a] |= figures == Figures.ANOTHER && sharesWords;
            });
        }

        /** What a sentence's figures meet in another: none of their kinds, the same figures, or another figure. */
        private enum Figures { NONE, SAME, ANOTHER }

        /**
         * "held about 4,000 tonnes of wheat" against "held nearly 6,000 tonnes of wheat": two sentences alike in every
         * word but the figure say different things, and the one does not back the other. A figure is given when the
         * other states it ({@link QuantitySpan#confirms}), not when the two merely can both be true.
         */
        private Figures figures(int sentence, int other) {
            List<QuantitySpan> mine = quantitiesOf(sentence);
            if (mine.isEmpty()) {
                return Figures.NONE;
            }
            List<QuantitySpan> theirs = quantitiesOf(other);
            if (QuantitySpan.givesAnotherFigure(mine, theirs)) {
                return Figures.ANOTHER;
            }
            boolean sameKind = mine.stream().anyMatch(q -> theirs.stream().anyMatch(t -> t.key().equals(q.key())));
            return sameKind ? Figures.SAME : Figures.NONE;
        }

        private List<QuantitySpan> quantitiesOf(int sentence) {
            return index.articles().get(index.articleOf(sentence)).quantities(index.sentence(sentence));
        }

        /** Every figure of the sentence, of every kind, as {@link SameClaim#backs} compares them. */
        private List<QuantitySpan> figuresOf(int sentence) {
            return index.articles().get(index.articleOf(sentence)).figures(index.sentence(sentence));
        }

        double sumOfBest() {
            double sum = 0;
            for (int a : touched) {
                sum += best[a];
            }
            return sum;
        }

        /** The ids of the articles with a sentence saying the same thing, in article order. */
        List<String> sayingTheSame(List<AnalyzedArticle> articles) {
            return touched.stream().filter(a -> same[a]).map(a -> articles.get(a).id()).toList();
        }

        /**
         * Of those, the ids whose every such sentence gives another figure of the same kind, or which give one in a
         * sentence sharing words with it and nowhere the sentence's own.
         */
        List<String> givingAnotherFigure(List<AnalyzedArticle> articles) {
            return touched.stream().filter(a -> same[a] && (!agreeing[a] || contradicting[a] && !confirming[a]))
                    .map(a -> articles.get(a).id()).toList();
        }

        /**
         * Of those, the ids none of whose alike sentences backs it ({@link SameClaim}: another figure, a denial, no
         * such quote, only a part of it), and those {@link #givingAnotherFigure}.
         */
        List<String> disputing(List<AnalyzedArticle> articles) {
            return touched.stream().filter(a -> same[a] && (!agreeing[a] || !backing[a]
                            || contradicting[a] && !confirming[a]))
                    .map(a -> articles.get(a).id()).toList();
        }

        /**
         * Of those backing it, the ids none of whose backing sentences carries what it tells happened beyond the
         * story's names ({@link SameClaim#tellsEvent}).
         */
        List<String> backingNamesOnly(List<AnalyzedArticle> articles) {
            return touched.stream().filter(a -> backing[a] && !telling[a]).map(a -> articles.get(a).id()).toList();
        }
    }

    /** The language most of the articles are in (the first one's on a tie). */
    static String mainLanguage(List<AnalyzedArticle> articles) {
        return Story.majorityLanguage(articles);
    }
}
