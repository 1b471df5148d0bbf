package dev.storybrief.model;

import dev.storybrief.model.vector.SentenceIndex;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One story after grouping: its articles, which of them are later follow-ups, for each sentence the other
 * articles that say nearly the same thing, and the shared sentence index of each view that every briefing part
 * reads.
 *
 * @param id            story id (the JSON Lines cluster id, or the folder name)
 * @param articles      analysed articles, in input order
 * @param laterArticles ids of articles published long after the rest
 * @param support       for each sentence, ids of other articles carrying a near-identical statement
 * @param disputed      for each sentence, those of the {@code support} articles whose alike sentences do not say the
 *                      same (group.SameClaim): another figure of the same kind ("about 4,000 tonnes" against "nearly
 *                      6,000 tonnes"), a denial, no such quote, only a part of it. Alike enough to count the subject
 *                      as widely reported, but no backing for the claim
 * @param otherFigure   of the {@code disputed} articles, those whose alike sentence gives another figure of the
 *                      sentence's kind: they tell another version of its news, not the same news
 * @param namesOnly     for each sentence, those of its backing articles ({@link #backingOf}) whose backing sentences
 *                      carry its names (people, places, vessels of the story) but not what it tells happened: they
 *                      count for the trimming, as the sentence is not one outlet's word alone, but are not shown
 *                      beside it ({@link #shownBackingOf})
 * @param corroboration for each sentence, the mean over the other articles of the same period of their closest
 *                      sentence's similarity (TF-IDF cosine, 0 to 1): a graded form of support, high when many
 *                      outlets report much of what the sentence says, even in other words
 * @param allIndex      TF-IDF vectors, IDF and centroid over every article's sentences
 * @param mainIndex     the same over the main period's articles
 * @param reprints      for each article that other outlets ran word for word or nearly, those copies: folded into
 *                      it, so counted once as evidence, and named beside it; not among {@code articles}
 * @param versionOf     for an article that is another version of an article of the same outlet (both among
 *                      {@code articles}), that article's id: one report as shown (it backs none of its sentences)
 */
public record Story(String id, List<AnalyzedArticle> articles, List<String> laterArticles,
                    Map<Sentence, List<String>> support, Map<Sentence, List<String>> disputed,
                    Map<Sentence, List<String>> otherFigure, Map<Sentence, List<String>> namesOnly,
                    Map<Sentence, Double> corroboration, SentenceIndex allIndex, SentenceIndex mainIndex,
                    Map<String, List<AnalyzedArticle>> reprints, Map<String, String> versionOf) {

    public Story {
        articles = List.copyOf(articles);
        laterArticles = List.copyOf(laterArticles);
        support = Map.copyOf(support);
        disputed = Map.copyOf(disputed);
        otherFigure = Map.copyOf(otherFigure);
        namesOnly = Map.copyOf(namesOnly);
        corroboration = Map.copyOf(corroboration);
        Objects.requireNonNull(allIndex, "allIndex");
        Objects.requireNonNull(mainIndex, "mainIndex");
        Map<String, List<AnalyzedArticle>> copies = new java.util.LinkedHashMap<>();
        reprints.forEach((original, list) -> copies.put(original, List.copyOf(list)));
        reprints = java.util.Collections.unmodifiableMap(copies);
        versionOf = Map.copyOf(versionOf);
    }

    /** The report an article is a version of: the id of the article it is a later version of, else its own. */
    public String reportOf(String articleId) {
        return versionOf.getOrDefault(articleId, articleId);
    }

    /**
     * The articles set apart as another period that appeared before the story's own (background, not follow-ups).
     */
    public java.util.Set<String> earlierArticles() {
        return OtherPeriods.earlier(articles.stream().map(AnalyzedArticle::article).toList(), laterArticles);
    }

    /**
     * Every article read, in the order the briefing lists its sources: each report, then the reprints of it. A
     * source without an outlet is known to the reader by its place in this list ("unknown outlet #3").
     */
    public List<AnalyzedArticle> sources() {
        List<AnalyzedArticle> read = new java.util.ArrayList<>();
        for (AnalyzedArticle article : articles) {
            read.add(article);
            read.addAll(reprints.getOrDefault(article.id(), List.of()));
        }
        return read;
    }

    /** The name a source is shown by: its outlet, else "unknown outlet #N", N its place in {@link #sources()}. */
    public String sourceName(String articleId) {
        return SourceNames.of(sources().stream().map(AnalyzedArticle::article).toList(), articleId);
    }

    /** Articles that belong to the main time window of the story (none when every article is a follow-up). */
    public List<AnalyzedArticle> mainArticles() {
        return articles.stream().filter(a -> !laterArticles.contains(a.id())).toList();
    }

    /** The articles of a view: the main period's, or all when the main period has none. */
    public List<AnalyzedArticle> articles(StoryView view) {
        return index(view).articles();
    }

    /** The shared sentence index of a view. */
    public SentenceIndex index(StoryView view) {
        return view == StoryView.ALL ? allIndex : mainIndex;
    }

    /** The language the story is briefed in: that of most of its articles ({@link #majorityLanguage}). */
    public String language() {
        return majorityLanguage(articles);
    }

    /**
     * Tells the articles written in the story's language: only they give the briefing its words (a
     * French briefing quotes no Czech sentence), while articles in other languages still count as support.
     */
    public java.util.function.Predicate<AnalyzedArticle> inStoryLanguage() {
        String language = language();
        return article -> language.equals(article.language());
    }

    /**
     * The language most of {@code articles} are in ("en" for none). On a tie English, the one language every part of
     * the briefing reads fully (quotes, names, figures), when it is among the tied; else the first article's: a story
     * told once each in Czech, German and English is briefed where its quotes and figures can be read.
     */
    public static String majorityLanguage(List<AnalyzedArticle> articles) {
        Map<String, Integer> count = new java.util.LinkedHashMap<>();
        articles.forEach(a -> count.merge(a.language(), 1, Integer::sum));
        String best = "en";
        int most = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return count.getOrDefault("en", 0) == most ? "en" : best;
    }

    /** Support of a sentence (never {@code null}). */
    public List<String> supportOf(Sentence sentence) {
        return support.getOrDefault(sentence, List.of());
    }

    /**
     * The articles that count for how widely a sentence's figure is told: its support without those that give another
     * figure of its kind ("12 killed" is not widely told when two of the three outlets say 15). A summary states the
     * figure most outlets give by it; its ranking still counts the whole {@link #supportOf}, since an outlet whose
     * alike sentence says less or differently still shows the subject is widely covered (ranking by this cost DUC
     * 2004 R-2 10.55 -> 10.49, by {@link #backingOf} 10.55 -> 10.15; docs/BENCHMARKS.md).
     */
    public List<String> countedSupportOf(Sentence sentence) {
        List<String> against = otherFigure.getOrDefault(sentence, List.of());
        return against.isEmpty() ? supportOf(sentence)
                : supportOf(sentence).stream().filter(id -> !against.contains(id)).toList();
    }

    /**
     * The articles that back a sentence as a summary trims it: its support without those that give another
     * figure of the same kind.
     */
    public List<String> backingOf(Sentence sentence) {
        List<String> against = disputed.getOrDefault(sentence, List.of());
        return against.isEmpty() ? supportOf(sentence)
                : supportOf(sentence).stream().filter(id -> !against.contains(id)).toList();
    }

    /**
     * The articles shown beside a sentence as backing it: {@link #backingOf} without those that carry only its names
     * ({@code namesOnly}), with one outlet's versions of a text as
     * one report, which does not back its own text, and without the articles of the sentence's own outlet. Only what is shown: the ranking still counts the versions (on DUC
     * 2004, whose copies are mostly such versions, ranking and trimming by this instead cost R-2 10.55 -> 10.49).
     */
    public List<String> shownBackingOf(Sentence sentence) {
        List<String> untold = namesOnly.getOrDefault(sentence, List.of());
        List<String> backing = untold.isEmpty() ? backingOf(sentence)
                : backingOf(sentence).stream().filter(id -> !untold.contains(id)).toList();
        String outlet = outletOf(sentence.articleId());
        if (versionOf.isEmpty() && outlet == null) {
            return backing;
        }
        String own = reportOf(sentence.articleId());
        // nor does another article of the same outlet: an outlet repeating itself is no second source
        return backing.stream().map(this::reportOf).filter(id -> !id.equals(own))
                .filter(id -> outlet == null || !outlet.equals(outletOf(id))).distinct().toList();
    }

    private String outletOf(String articleId) {
        for (AnalyzedArticle article : articles) {
            if (article.id().equals(articleId)) {
                return article.article().outlet();
            }
        }
        return null;
    }

    /** Corroboration of a sentence, 0 when unknown. */
    public double corroborationOf(Sentence sentence) {
        return corroboration.getOrDefault(sentence, 0.0);
    }
}
