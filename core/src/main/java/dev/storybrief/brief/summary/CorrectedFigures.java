package dev.storybrief.brief.summary;

import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.brief.correction.Correction;
import dev.storybrief.brief.correction.Corrections;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.Words;
import dev.storybrief.model.vector.SentenceIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The summary's step that tells the figures a later report corrects ({@link Corrections}, which finds them for the
 * summary, headline, timeline and disagreements alike): the corrected figure is the story's; the first one is
 * withdrawn, however many outlets printed it before the correction. The step of the summary that tells it is
 * {@link #withCorrections}; the headline rule passes over a title stating a withdrawn figure ({@link StoryHeadlines}).
 */
public final class CorrectedFigures {
    private CorrectedFigures() {
    }

    /** The story's corrected figures, the latest correction of a count first ({@link Corrections#of}). */
    public static List<Correction> of(Story story) {
        return Corrections.of(story);
    }

    /**
     * The chosen sentences with each correction told: the highest-scored sentence giving the withdrawn figure gives
     * way to the correcting report's sentence, read where it stood and marked "(corrected from 53)", or, when that
     * report has no such candidate or it does not fit, keeps its place with the correction said after the figure
     * ("(corrected to 35: The Tarn Herald, 2026-11-04)"). Every other sentence giving the withdrawn figure leaves, as
     * does the correcting report's own retelling of it ("The coast guard had earlier given the toll as 53"): the mark
     * says it. The words freed are filled again with sentences that give no withdrawn figure.
     */
    static List<SummaryCandidate> withCorrections(List<SummaryCandidate> chosen, List<SummaryCandidate> ranked,
                                                  SentenceIndex index, int budget, double redundancy,
                                                  List<Correction> corrections) {
        List<SummaryCandidate> result = new ArrayList<>(chosen);
        boolean changed = false;
        for (Correction c : corrections) {
            List<SummaryCandidate> withdrawn = result.stream()
                    .filter(s -> withdrawnIn(List.of(c), s.article(), s.sentence()).isPresent()).toList();
            if (withdrawn.isEmpty()) {
                continue;
            }
            SummaryCandidate first = withdrawn.stream().max(Comparator.comparingDouble(SummaryCandidate::score)).get();
            List<SummaryCandidate> kept = new ArrayList<>(result);
            kept.removeIf(s -> s != first && (withdrawn.contains(s) || s.article() == c.by()
                    && !s.sentence().equals(c.sentence()) && givesValue(s.article(), s.sentence(), c.retracted())));
            Optional<SummaryCandidate> correcting = c.sentence() == null ? Optional.empty() : ranked.stream()
                    .filter(s -> s.sentence().equals(c.sentence())).findFirst();
            SummaryCandidate told;
            if (correcting.isPresent()) {
                SummaryCandidate base = kept.stream().filter(s -> s.sentence().equals(c.sentence())).findFirst()
                        .orElse(correcting.get());
                kept.remove(base);
                told = withText(base, markedCorrected(base.text(),
                        figureText(base.article(), base.sentence(), c.key(), c.corrected()), c)).inPlaceOf(first);
            } else {
                told = withText(first, markedWithdrawn(first.text(),
                        figureText(first.article(), first.sentence(), c.key(), c.retracted()), c));
            }
            kept.set(kept.indexOf(first), told);
            // the correction is told whole: the lowest-scored other sentences give way to its words
            while (SummaryCandidate.words(kept) > budget && kept.size() > 1) {
                SummaryCandidate marked = told;
                kept.remove(kept.stream().filter(s -> s != marked)
                        .min(Comparator.comparingDouble(SummaryCandidate::score)).get());
            }
            result = kept;
            changed = true;
        }
        if (!changed) {
            return chosen;
        }
        return LatestFigureSwap.refill(result, ranked, index, budget, redundancy,
                s -> withdrawnIn(corrections, s.article(), s.sentence()).isPresent()
                        || corrections.stream().anyMatch(c -> s.article() == c.by()
                        && givesValue(s.article(), s.sentence(), c.retracted())));
    }

    /** True when the candidate tells a correction: the correcting report's sentence, or one marked with it. */
    static boolean tells(List<Correction> corrections, SummaryCandidate s) {
        return corrections.stream().anyMatch(c -> s.sentence().equals(c.sentence())
                || s.text().contains("(corrected to " + c.correctedText() + ": "));
    }

    /** The candidate with its text told otherwise (a correction marked), its words counted again. */
    private static SummaryCandidate withText(SummaryCandidate s, String text) {
        return new SummaryCandidate(s.article(), s.sentence(), text, Words.count(text), s.score(), s.trimmer(), s.stead());
    }

    /** True when the sentence gives the value as any figure, bare ones too ("had earlier given the toll as 53"). */
    private static boolean givesValue(AnalyzedArticle article, Sentence sentence, double value) {
        return article.quantities(sentence).stream().anyMatch(q -> q.value() == value)
                || Corrections.bareNumbers(sentence.text()).contains(value);
    }

    /** The correction that withdraws a figure the sentence gives, when one of a later report does. */
    static Optional<Correction> withdrawnIn(List<Correction> corrections, AnalyzedArticle article, Sentence sentence) {
        return corrections.stream().filter(c -> c.by() != article && Corrections.isBefore(article, c.by())
                && Corrections.givesValue(article, sentence, c.key(), c.retracted())).findFirst();
    }

    /** The correction that withdraws a figure a title gives, when one of a later report does. */
    static Optional<Correction> withdrawnInTitle(List<Correction> corrections, AnalyzedArticle article, String title) {
        if (title == null || corrections.isEmpty() || !QuantityRules.supports(article.language())) {
            return Optional.empty();
        }
        List<QuantitySpan> figures = QuantityRules.forLanguage(article.language()).extract(title, 0, 0);
        // a headline gives a count bare ("Death toll reaches 53"), where the quantity rules see no count
        List<Double> bare = Corrections.bareNumbers(title);
        return corrections.stream().filter(c -> c.by() != article && Corrections.isBefore(article, c.by()) && (figures.stream()
                .anyMatch(q -> q.value() == c.retracted() && (q.key().equals(c.key())
                        || !QuantityExtractor.isEventCount(q.key()))) || bare.contains(c.retracted()))).findFirst();
    }

    /**
     * A title or a timeline row as the briefing tells it: with the correction said after a figure a later report
     * withdrew ("53 (corrected to 35: The Tarn Herald, 2026-11-04) killed as ferry overturns"); a headline is marked
     * when every title left gives the withdrawn figure, a row of the day it was reported always.
     */
    public static String markedTitle(List<Correction> corrections, AnalyzedArticle article, String title) {
        Optional<Correction> c = withdrawnInTitle(corrections, article, title);
        if (c.isEmpty()) {
            return title;
        }
        String figure = QuantityRules.forLanguage(article.language()).extract(title, 0, 0).stream()
                .filter(q -> q.value() == c.get().retracted() && q.start() >= 0 && q.end() <= title.length())
                .map(q -> title.substring(q.start(), q.end())).findFirst().orElse(null);
        if (figure == null) {
            figure = Corrections.bareFigure(title, c.get().retracted());
        }
        return markedWithdrawn(title, figure, c.get());
    }

    /**
     * {@code text} with the correction said right after the withdrawn figure, {@code figure} as the sentence writes it:
     * "Fifty-three people (corrected to 35: The Tarn Herald, 2026-11-04) were killed"; said at the end when the figure
     * is not found in the text.
     */
    static String markedWithdrawn(String text, String figure, Correction c) {
        return inserted(text, figure, " (corrected to " + c.correctedText() + ": " + c.credit() + ")");
    }

    /** {@code text} with the withdrawn figure said after the corrected one: "Thirty-five people (corrected from 53)". */
    static String markedCorrected(String text, String figure, Correction c) {
        return inserted(text, figure, " (corrected from " + c.retractedText() + ")");
    }

    private static String inserted(String text, String figure, String note) {
        int at = figure == null || figure.isEmpty() ? -1 : text.indexOf(figure);
        if (at >= 0) {
            return text.substring(0, at + figure.length()) + note + text.substring(at + figure.length());
        }
        String body = text.stripTrailing();
        int end = body.length();
        while (end > 0 && ".!?".indexOf(body.charAt(end - 1)) >= 0) {
            end--;
        }
        return body.substring(0, end) + note + body.substring(end);
    }

    /** The words the sentence writes the count's figure with, when it gives that value. */
    static String figureText(AnalyzedArticle article, Sentence sentence, String key, double value) {
        int start = article.start(sentence);
        for (QuantitySpan q : article.quantities(sentence)) {
            if (q.key().equals(key) && q.value() == value) {
                int from = q.start() - start;
                int to = q.end() - start;
                String text = sentence.text();
                return from >= 0 && to <= text.length() && from < to ? text.substring(from, to) : q.text();
            }
        }
        return null;
    }

    /** An article's date when the page, text or user gives it; null when unknown or inferred ({@link Corrections#dateOf}). */
    static LocalDate dateOf(AnalyzedArticle article) {
        return Corrections.dateOf(article);
    }
}
