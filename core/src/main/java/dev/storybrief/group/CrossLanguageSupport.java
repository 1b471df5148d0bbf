package dev.storybrief.group;

import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Support between articles in different languages, whose terms never meet: a sentence is supported by an article in
 * another language when one of its sentences shares enough {@link SentenceAnchors} (names, numbers, dates;
 * {@link SentenceAnchors#supportsAcrossLanguages}: no other figure, more than a place and a date). Names are weak
 * evidence that two sentences say the same, so where both languages have quantity rules the sentence must also
 * {@link #givesFigures give its figures}, and neither may deny what the other states ({@link SameClaim#negated}: the
 * cues of every language are one list). Only pairs of articles in different languages are compared, so a
 * one-language story is left exactly as the term rule made it.
 */
final class CrossLanguageSupport {
    private CrossLanguageSupport() {
    }

    /** Adds to each sentence's supporting article ids those in other languages (same period), in article order. */
    static void add(List<AnalyzedArticle> articles, boolean[] isLater, Map<Sentence, List<String>> support) {
        if (articles.stream().map(AnalyzedArticle::language).distinct().count() < 2) {
            return;
        }
        List<List<Said>> anchors = articles.stream().map(CrossLanguageSupport::anchors).toList();
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            position.put(articles.get(a).id(), a);
        }
        for (int a = 0; a < articles.size(); a++) {
            List<Sentence> sentences = articles.get(a).sentences();
            for (int s = 0; s < sentences.size(); s++) {
                List<String> ids = new ArrayList<>(support.getOrDefault(sentences.get(s), List.of()));
                boolean added = false;
                for (int b = 0; b < articles.size(); b++) {
                    if (b != a && isLater[a] == isLater[b] && !sameLanguage(articles.get(a), articles.get(b))
                            && anyReports(anchors.get(a).get(s), anchors.get(b))) {
                        ids.add(articles.get(b).id());
                        added = true;
                    }
                }
                if (added) {
                    ids.sort(java.util.Comparator.comparingInt(position::get));
                    support.put(sentences.get(s), List.copyOf(ids));
                }
            }
        }
    }

    private static boolean sameLanguage(AnalyzedArticle a, AnalyzedArticle b) {
        return Objects.equals(a.language(), b.language());
    }

    private static boolean anyReports(Said sentence, List<Said> others) {
        return others.stream().anyMatch(other -> sentence.anchors().supportsAcrossLanguages(other.anchors())
                && sentence.negated() == other.negated()
                && (!sentence.figuresRead() || !other.figuresRead() || givesFigures(sentence.figures(), other.figures())));
    }

    /**
     * True when a sentence in another language gives the claim's figures: each count and sum of the claim by its value
     * ("19 goles" for "19 goals": keys are the languages' own words), and no other figure of a kind the claim gives
     * ({@link QuantitySpan#givesAnotherFigure}: "40 millones de euros" against "€45 million", "seis años de prisión"
     * against "seven years in prison"). Names alone, or a date beside them, do not back a claim whose news is a figure.
     */
    static boolean givesFigures(List<QuantitySpan> claim, List<QuantitySpan> other) {
        List<QuantitySpan> told = claim.stream().filter(q -> q.kind() == QuantitySpan.Kind.COUNT
                || q.kind() == QuantitySpan.Kind.AMOUNT).toList();
        return SameClaim.givesFigures(told, other) && !QuantitySpan.givesAnotherFigure(claim, other);
    }

    /** One sentence as another language's can meet it: its anchors, its figures, whether it denies. */
    private record Said(SentenceAnchors anchors, List<QuantitySpan> figures, boolean figuresRead, boolean negated) {
    }

    private static List<Said> anchors(AnalyzedArticle article) {
        boolean read = QuantityRules.supports(article.language());
        return article.sentences().stream().map(s -> new Said(SentenceAnchors.of(s.text(),
                article.timexes(s).stream().map(TimexSpan::calendarValue).filter(Objects::nonNull).toList()),
                article.figures(s), read, SameClaim.negated(s.text()))).toList();
    }
}
