package dev.storybrief.brief.summary;

import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Removal;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.Words;
import dev.storybrief.model.vector.SentenceIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a story that a later report corrects: three outlets say "53 dead" on Monday, and on Tuesday one of
 * them publishes "Correction: an earlier version of this article said 53; the toll is 35", or a report says the toll
 * was "revised down to 35". The corrected figure is the story's; the first one is withdrawn, however many outlets
 * printed it before the correction (a count that merely rises is {@code LatestFigures}', and a lower figure of a later
 * day without such words is more often another place's count than a correction).
 *
 * <p>A later-dated report (its date given, not inferred) corrects a count when it says so in words a correction uses
 * (a standalone correction notice, a correction note cleaning took from its text, or a sentence with revision words:
 * "revised", "corrected", "had earlier given", "counted twice"), those words name a figure an earlier report gave
 * for the count, and the report gives another figure of that count. The step of the summary that tells it is
 * {@link #withCorrections}; the headline rule passes over a title stating a withdrawn figure ({@link StoryHeadlines}).
 */
public final class CorrectedFigures {
    /** The name of the clean stage's rule that takes a correction note out of a report's text. */
    static final String NOTE_RULE = "correction";
    /**
     * Words of a sentence that correct an earlier figure: a revision ("revised down to", "corrected", "lowered"), the
     * earlier figure named as such ("had earlier given the toll as 53", "initially reported"), or how it was wrong
     * ("counted twice", "incorrectly").
     */
    private static final Pattern REVISION = Pattern.compile("(?iu)\\b(?:revis(?:ed|es|e|ing)|correct(?:ed|s|ion)"
            + "|lowered|downgraded|incorrectly|wrongly|erroneously|mistakenly|counted twice|double[- ]counted"
            // not "more than initially reported": a count that rose past its first figure is LatestFigures'
            + "|down from|(?<!than )(?:had )?(?:earlier|initially|originally|previously) (?:given|reported|said|put"
            + "|stated|announced)|an? (?:earlier|previous) version|the correct (?:figure|number|toll|count))\\b");

    /** A figure in digits, with thousands commas: "35", "1,200", "2.5" (bounded: no figure runs past 20 signs). */
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3}){0,5}+(?:\\.\\d{1,6})?+(?!\\d)"
            + "|(?<![\\d.,])\\d{4,15}+(?:\\.\\d{1,6})?+(?![\\d])");

    /**
     * One corrected figure.
     *
     * @param key       the count's key ("people killed")
     * @param retracted the figure withdrawn
     * @param corrected the figure that replaces it
     * @param by        the report that corrects it
     * @param sentence  the sentence of that report giving the corrected figure, null when none does (a notice's
     *                  sentences are no summary candidates)
     */
    public record Correction(String key, double retracted, double corrected, AnalyzedArticle by, Sentence sentence) {
        /** The figure as the reader sees it. */
        String correctedText() {
            return figure(corrected);
        }

        /** The withdrawn figure as the reader sees it. */
        String retractedText() {
            return figure(retracted);
        }

        /** Who corrected it, and when: "The Tarn Herald, 2026-11-04". */
        String credit() {
            String outlet = by.article().outlet() != null ? by.article().outlet() : by.id();
            return outlet + ", " + by.article().published();
        }
    }

    private CorrectedFigures() {
    }

    /** The story's corrected figures, the latest correction of a count first. */
    public static List<Correction> of(Story story) {
        List<AnalyzedArticle> articles = story.articles(StoryView.ALL);
        List<Correction> found = new ArrayList<>();
        for (AnalyzedArticle by : articles) {
            LocalDate day = dateOf(by);
            List<String> words = correctionWords(by);
            if (day == null || words.isEmpty() || !QuantityRules.supports(by.language())) {
                continue;
            }
            List<Double> named = new ArrayList<>();
            for (String text : words) {
                QuantityRules.forLanguage(by.language()).extract(text, 0, 0).forEach(q -> named.add(q.value()));
                named.addAll(bareNumbers(text));
            }
            for (AnalyzedArticle earlier : articles) {
                LocalDate before = dateOf(earlier);
                if (before == null || !before.isBefore(day) || earlier.article().kind() == ArticleKind.CORRECTION) {
                    continue;
                }
                for (QuantitySpan old : counts(earlier)) {
                    if (!named.contains(old.value()) || known(found, old.key(), old.value())) {
                        continue;
                    }
                    correctedFigure(by, words, old).ifPresent(found::add);
                }
            }
        }
        found.sort(Comparator.comparing((Correction c) -> c.by().article().published()).reversed());
        return found;
    }

    /**
     * The correction {@code by} makes of the earlier figure {@code old}: the figure of the same count it gives that is
     * not the withdrawn one, from its sentences (the one a reader can be shown) or from its correction words.
     */
    private static Optional<Correction> correctedFigure(AnalyzedArticle by, List<String> words, QuantitySpan old) {
        boolean notice = by.article().kind() == ArticleKind.CORRECTION;
        for (Sentence s : by.sentences()) {
            for (QuantitySpan q : by.quantities(s)) {
                if (q.key().equals(old.key()) && q.value() != old.value() && !givesValue(by, s, old.key(), old.value())) {
                    return Optional.of(new Correction(old.key(), old.value(), q.value(), by, notice ? null : s));
                }
            }
        }
        // a notice gives the right figure bare ("The correct figure is 35"): a figure of the same order beside it
        for (String text : words) {
            for (QuantitySpan q : QuantityRules.forLanguage(by.language()).extract(text, 0, 0)) {
                if (q.value() != old.value() && (q.key().equals(old.key()) || !QuantityExtractor.isEventCount(q.key()))
                        && sameOrder(q.value(), old.value())) {
                    return Optional.of(new Correction(old.key(), old.value(), q.value(), by, null));
                }
            }
            for (double value : bareNumbers(text)) {
                if (value != old.value() && sameOrder(value, old.value())) {
                    return Optional.of(new Correction(old.key(), old.value(), value, by, null));
                }
            }
        }
        return Optional.empty();
    }

    /** True when two figures lie within one order of magnitude of each other (a year beside a toll does not). */
    private static boolean sameOrder(double a, double b) {
        return a >= 1 && b >= 1 && Math.abs(Math.log10(a / b)) < 1;
    }

    /**
     * The figures a text writes in digits, with or without a unit: a correction names the withdrawn figure bare ("had
     * earlier given the toll as 53"), where the quantity rules, which read a count by its noun, see none.
     */
    static List<Double> bareNumbers(String text) {
        List<Double> numbers = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            try {
                numbers.add(Double.parseDouble(m.group().replace(",", "")));
            } catch (NumberFormatException e) {
                // not a number after all ("1,2,3"): no figure
            }
        }
        return numbers;
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
                || bareNumbers(sentence.text()).contains(value);
    }

    /** The texts in which a report corrects an earlier figure: a notice's whole text, its notes, its revision sentences. */
    private static List<String> correctionWords(AnalyzedArticle article) {
        List<String> words = new ArrayList<>();
        if (article.article().kind() == ArticleKind.CORRECTION) {
            article.sentences().forEach(s -> words.add(s.text()));
            return words;
        }
        for (Removal r : article.article().removed()) {
            if (NOTE_RULE.equals(r.rule())) {
                words.add(r.text());
            }
        }
        for (Sentence s : article.sentences()) {
            if (REVISION.matcher(s.text()).find()) {
                words.add(s.text());
            }
        }
        return words;
    }

    /** True when a correction of the count to or from {@code value} is known already. */
    private static boolean known(List<Correction> found, String key, double value) {
        return found.stream().anyMatch(c -> c.key().equals(key) && (c.retracted() == value || c.corrected() == value));
    }

    /** True when the sentence gives the value for the count. */
    static boolean givesValue(AnalyzedArticle article, Sentence sentence, String key, double value) {
        return article.quantities(sentence).stream().anyMatch(q -> q.key().equals(key) && q.value() == value);
    }

    /** The correction that withdraws a figure the sentence gives, when one of a later report does. */
    static Optional<Correction> withdrawnIn(List<Correction> corrections, AnalyzedArticle article, Sentence sentence) {
        return corrections.stream().filter(c -> c.by() != article && isBefore(article, c.by())
                && givesValue(article, sentence, c.key(), c.retracted())).findFirst();
    }

    /** The correction that withdraws a figure a title gives, when one of a later report does. */
    static Optional<Correction> withdrawnInTitle(List<Correction> corrections, AnalyzedArticle article, String title) {
        if (title == null || corrections.isEmpty() || !QuantityRules.supports(article.language())) {
            return Optional.empty();
        }
        List<QuantitySpan> figures = QuantityRules.forLanguage(article.language()).extract(title, 0, 0);
        // a headline gives a count bare ("Death toll reaches 53"), where the quantity rules see no count
        List<Double> bare = bareNumbers(title);
        return corrections.stream().filter(c -> c.by() != article && isBefore(article, c.by()) && (figures.stream()
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
            Matcher m = DIGITS.matcher(title);
            while (figure == null && m.find()) {
                figure = bareNumbers(m.group()).contains(c.get().retracted()) ? m.group() : null;
            }
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

    private static boolean isBefore(AnalyzedArticle article, AnalyzedArticle by) {
        LocalDate day = dateOf(article);
        return day == null || day.isBefore(dateOf(by));
    }

    /** An article's date when the page, text or user gives it; null when unknown or inferred. */
    static LocalDate dateOf(AnalyzedArticle article) {
        return article.article().dateInferred() ? null : article.article().published();
    }

    /** The counts of events an article states. */
    private static List<QuantitySpan> counts(AnalyzedArticle article) {
        return article.quantities().stream().filter(q -> QuantityExtractor.isEventCount(q.key())).toList();
    }

    /** A figure as a reader reads it: 35, 1,200, 2.5. */
    private static String figure(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
