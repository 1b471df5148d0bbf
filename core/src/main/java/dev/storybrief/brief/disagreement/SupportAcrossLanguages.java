package dev.storybrief.brief.disagreement;

import dev.storybrief.analyze.quantity.Measures;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The support a side of a number disagreement has in articles of other languages: a story told in English, Spanish
 * and German ("a €30 billion fund", "un fondo de 30.000 millones de euros", "über 30 Milliarden Euro") gives one
 * figure in three languages, whose sentences share no words for the sentence tests to compare. An article that holds
 * no claim yet, written in a language none of the claims' articles is in, supports a side when it states the side's
 * very value (the value read, whatever qualifier a translation adds) under the disagreement's key or the bare kind it refines ("money"
 * for "money fund"), in the same currency, and no figure of the other sides.
 */
final class SupportAcrossLanguages {
    private final Map<String, String> languages;
    private final Map<String, List<StatedFigure>> byKey;

    SupportAcrossLanguages(Story story, Map<String, List<StatedFigure>> byKey) {
        this.languages = story.articles().stream()
                .collect(Collectors.toMap(AnalyzedArticle::id, a -> String.valueOf(a.language()), (x, y) -> x));
        this.byKey = byKey;
    }

    /** Adds to {@code claims} (of the figures of {@code key}) the statements of other languages that support a side. */
    void addTo(DisagreementClaims claims, String key) {
        List<StatedFigure> kept = List.copyOf(claims.kept());
        Set<String> claimLanguages = kept.stream().map(c -> languages.get(c.articleId())).collect(Collectors.toSet());
        String kind = key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key;
        for (String k : List.of(key, kind)) {
            for (StatedFigure s : byKey.getOrDefault(k, List.of())) {
                String language = languages.get(s.articleId());
                if (claims.holds(s.articleId()) || language == null || claimLanguages.contains(language)) {
                    continue;
                }
                List<StatedFigure> same = kept.stream().filter(c -> c.quantity().value() == s.quantity().value()
                        && Measures.sameCurrency(c.quantity(), s.quantity())).toList();
                // the value read, not its qualifiers: "einen Fonds über 30 Milliarden Euro" is a fund of 30 billion
                boolean other = kept.stream().anyMatch(c -> c.quantity().value() != s.quantity().value());
                boolean givesOther = byKey.getOrDefault(k, List.of()).stream()
                        .anyMatch(t -> t.articleId().equals(s.articleId()) && kept.stream()
                                .anyMatch(c -> c.quantity().value() == t.quantity().value()
                                        && c.quantity().value() != s.quantity().value()));
                if (!same.isEmpty() && other && !givesOther) {
                    claims.add(s);
                }
            }
        }
    }
}
