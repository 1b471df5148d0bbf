package dev.storybrief.brief.correction;

import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Removal;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
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
 * for the count, and the report gives another figure of that count. The summary tells the corrected figure
 * ({@code CorrectedFigures}); the disagreements show the pair as a correction, not as two sides.
 */
public final class Corrections {
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

    private Corrections() {
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
     * The words in which the correcting report gives the corrected figure: the sentence that gives it, else the first
     * of its correction words (a notice's sentence, a note) that writes the figure; empty when none does.
     */
    public static Optional<String> correctingText(Correction c) {
        if (c.sentence() != null) {
            return Optional.of(c.sentence().text());
        }
        for (String text : correctionWords(c.by())) {
            if (bareNumbers(text).contains(c.corrected()) || QuantityRules.supports(c.by().language())
                    && QuantityRules.forLanguage(c.by().language()).extract(text, 0, 0).stream()
                    .anyMatch(q -> q.value() == c.corrected())) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
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
    public static List<Double> bareNumbers(String text) {
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

    /** The first figure a text writes in digits that gives {@code value}, as written ("1,200"), or null. */
    public static String bareFigure(String text, double value) {
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            if (bareNumbers(m.group()).contains(value)) {
                return m.group();
            }
        }
        return null;
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
    public static boolean givesValue(AnalyzedArticle article, Sentence sentence, String key, double value) {
        return article.quantities(sentence).stream().anyMatch(q -> q.key().equals(key) && q.value() == value);
    }

    /** True when {@code article} came out before the correcting report {@code by}, or its day is not known. */
    public static boolean isBefore(AnalyzedArticle article, AnalyzedArticle by) {
        LocalDate day = dateOf(article);
        return day == null || day.isBefore(dateOf(by));
    }

    /** An article's date when the page, text or user gives it; null when unknown or inferred. */
    public static LocalDate dateOf(AnalyzedArticle article) {
        return article.article().dateInferred() ? null : article.article().published();
    }

    /** The counts of events an article states. */
    private static List<QuantitySpan> counts(AnalyzedArticle article) {
        return article.quantities().stream().filter(q -> QuantityExtractor.isEventCount(q.key())).toList();
    }
}
