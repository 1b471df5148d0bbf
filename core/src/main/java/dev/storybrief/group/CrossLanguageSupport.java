package dev.storybrief.group;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Support between articles in different languages, whose terms never meet: a sentence is supported by an article in
 * another language when one of its sentences shares enough {@link SentenceAnchors} (names, numbers, dates;
 * {@link SentenceAnchors#supportsAcrossLanguages}: no other figure, more than a place and a date). Only pairs
 * of articles in different languages are compared, so a one-language story is left exactly as the term rule made it.
 */
final class CrossLanguageSupport {
    private CrossLanguageSupport() {
    }

    /** Adds to each sentence's supporting article ids those in other languages (same period), in article order. */
    static void add(List<AnalyzedArticle> articles, boolean[] isLater, Map<Sentence, List<String>> support) {
        if (articles.stream().map(AnalyzedArticle::language).distinct().count() < 2) {
            return;
        }
        List<List<SentenceAnchors>> anchors = articles.stream().map(CrossLanguageSupport::anchors).toList();
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

    private static boolean anyReports(SentenceAnchors sentence, List<SentenceAnchors> others) {
        return others.stream().anyMatch(sentence::supportsAcrossLanguages);
    }

    private static List<SentenceAnchors> anchors(AnalyzedArticle article) {
        return article.sentences().stream().map(s -> SentenceAnchors.of(s.text(),
                article.timexes(s).stream().map(TimexSpan::calendarValue).filter(Objects::nonNull).toList())).toList();
    }
}
