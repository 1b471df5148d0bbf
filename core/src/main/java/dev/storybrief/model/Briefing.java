package dev.storybrief.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of briefing one story: the articles read, what each briefing part made of them (summary, timeline,
 * who said what, entities, disagreements, facts only one outlet reports, and any part a user added), and the
 * notes a reader should see.
 *
 * @param headline      a headline for the story
 * @param articles      the articles briefed, in input order
 * @param wordBudget    the word budget the summary respects
 * @param laterArticles ids of articles published much later or earlier than the rest (follow-ups, or background
 *                      when {@link #isEarlier}: kept out of the summary unless the story is developing)
 * @param warnings      one-line messages about inputs that were skipped or doubtful
 * @param sections      what each part made, by section name, in the order the parts ran
 * @param language      the language the story is briefed in (most of its articles'), or null when not known
 * @param languages     each article's language, by article id (empty when not known)
 * @param reprints      for an article that other outlets ran as a copy, the copies' ids: the briefing counts the
 *                      text once, as the first article, and names the copies' outlets beside it (empty when none)
 * @param apart         ids of articles read but set apart as another story (they come close to none of the others):
 *                      listed and noted, but no part of the story, so no count of the story's articles holds them
 */
public record Briefing(String headline, List<Article> articles, int wordBudget, List<String> laterArticles,
                       List<String> warnings, Map<String, Object> sections, String language,
                       Map<String, ArticleLanguage> languages, Map<String, List<String>> reprints, List<String> apart) {

    public Briefing {
        articles = List.copyOf(articles);
        laterArticles = List.copyOf(laterArticles);
        warnings = List.copyOf(warnings);
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        languages = Map.copyOf(languages);
        Map<String, List<String>> copies = new LinkedHashMap<>();
        reprints.forEach((original, ids) -> copies.put(original, List.copyOf(ids)));
        reprints = Collections.unmodifiableMap(copies);
        apart = List.copyOf(apart);
    }

    /** A briefing with no article set apart. */
    public Briefing(String headline, List<Article> articles, int wordBudget, List<String> laterArticles,
                    List<String> warnings, Map<String, Object> sections, String language,
                    Map<String, ArticleLanguage> languages, Map<String, List<String>> reprints) {
        this(headline, articles, wordBudget, laterArticles, warnings, sections, language, languages, reprints, List.of());
    }

    /** How many articles the story holds: those read, less those set apart as another story. */
    public int storyArticleCount() {
        return (int) articles.stream().filter(a -> !apart.contains(a.id())).count();
    }

    /** True for an article read but set apart as another story. */
    public boolean isApart(String articleId) {
        return apart.contains(articleId);
    }

    /** A briefing without reprints. */
    public Briefing(String headline, List<Article> articles, int wordBudget, List<String> laterArticles,
                    List<String> warnings, Map<String, Object> sections, String language,
                    Map<String, ArticleLanguage> languages) {
        this(headline, articles, wordBudget, laterArticles, warnings, sections, language, languages, Map.of());
    }

    /** A briefing whose languages are not known. */
    public Briefing(String headline, List<Article> articles, int wordBudget, List<String> laterArticles,
                    List<String> warnings, Map<String, Object> sections) {
        this(headline, articles, wordBudget, laterArticles, warnings, sections, null, Map.of(), Map.of());
    }

    /** What a section holds, if the part that fills it ran. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(Section<T> section) {
        return Optional.ofNullable((T) sections.get(section.name()));
    }

    /** True when the section was made (it may still be empty: a story without quotes). */
    public boolean has(Section<?> section) {
        return sections.containsKey(section.name());
    }

    /** The summary sentences, in reading order (empty when the summary part did not run). */
    public List<SummarySentence> summary() {
        return get(Section.SUMMARY).orElse(List.of());
    }

    /** Dated events, in date order; follow-ups of another period last. */
    public List<TimelineEvent> timeline() {
        return get(Section.TIMELINE).orElse(List.of());
    }

    /** Who said what, grouped by speaker. */
    public List<QuoteItem> quotes() {
        return get(Section.QUOTES).orElse(List.of());
    }

    /** The people, organisations and places, most mentioned first. */
    public List<EntityItem> entities() {
        return get(Section.ENTITIES).orElse(List.of());
    }

    /** Claims about the same thing that differ between outlets. */
    public List<Disagreement> disagreements() {
        return get(Section.DISAGREEMENTS).orElse(List.of());
    }

    /** Salient statements that a single outlet reports. */
    public List<Claim> unique() {
        return get(Section.UNIQUE).orElse(List.of());
    }

    /** Total words in the summary. */
    public int summaryWords() {
        return summary().stream().mapToInt(s -> Words.count(s.text())).sum();
    }

    /** The id of the article this one is a copy of, if it is one. */
    public Optional<String> reprintOf(String id) {
        return reprints.entrySet().stream().filter(e -> e.getValue().contains(id)).map(Map.Entry::getKey).findFirst();
    }

    /** The article with this id, if any. */
    /** True for an article set apart as another period that appeared before the story's own (background). */
    public boolean isEarlier(String articleId) {
        return laterArticles.contains(articleId) && OtherPeriods.earlier(articles, laterArticles).contains(articleId);
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
