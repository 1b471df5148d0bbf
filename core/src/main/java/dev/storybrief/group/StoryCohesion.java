package dev.storybrief.group;

import dev.storybrief.analyze.entity.CaselessPlaces;
import dev.storybrief.group.stories.LongReads;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.StoryView;
import dev.storybrief.model.vector.SentenceIndex;
import dev.storybrief.model.vector.TermVector;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TimexSpan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How closely each article of a story keeps to the others: the best cosine of its words with the words of any one
 * other article, under the story's own sentence weights. A reader who briefs a folder means one story; an article
 * that comes close to none of the others was most likely put there by mistake (another story, a site's notice, a
 * weather box saved as a page), and is named, so the briefing does not silently mix it in. The bar comes from
 * {@code OffTopicEvaluation} (eval module) on the tuning part of DUC 2004 and Multi-News.
 *
 * <p>Words say nothing across languages: a French report of the story shares no term with the English ones. An
 * article below the bar that has an article in another language is judged by what translation keeps, as the
 * stories' language bridge judges it: it is apart only when it shares fewer than {@link #MIN_SHARED_ANCHORS} names and
 * numbers ({@link SentenceAnchors}) with every article in another language.
 */
public final class StoryCohesion {
    /** Below this cosine with every other article, an article is named as apart from the story. */
    public static final double MIN_COSINE = 0.12;
    /** A collection larger than a reader's folder is not checked: its pairs would cost more than the briefing. */
    public static final int MAX_ARTICLES = 300;
    /**
     * Fewest names and numbers an article shares with one in another language to be of the same story: two reports
     * of one event name at least who and where, or who and how many; two events of one kind commonly share one name
     * (a country). The bar of the stories' language bridge ({@code group.stories.LanguageBridge}); dates do not
     * count, as there: any two stories of one day share them.
     */
    public static final int MIN_SHARED_ANCHORS = 3;
    /**
     * Fewest numbers an article shares with one written in another script: their names cannot meet ("Al-Waha" and
     * "الواحة"), so the who and where of {@link #MIN_SHARED_ANCHORS} is never there to count, and asking for three
     * shared figures would part every translation of a report that gives two (a toll and a count of the evacuated).
     */
    public static final int MIN_SHARED_NUMBERS_ACROSS_SCRIPTS = 2;
    /** Sentences of a long read's lead. */
    static final int LEAD_SENTENCES = 3;
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    private StoryCohesion() {
    }

    /**
     * Each article's best cosine with another article, in story order; empty for a story of one article or of more
     * than {@link #MAX_ARTICLES}.
     */
    public static Map<String, Double> ofArticles(Story story) {
        return ofArticles(story, cosines(story));
    }

    /** As {@link #ofArticles(Story)}, from the story's {@link #cosines} already worked out (null: not checked). */
    static Map<String, Double> ofArticles(Story story, double[][] cosine) {
        List<AnalyzedArticle> articles = story.articles();
        Map<String, Double> best = new LinkedHashMap<>();
        if (cosine == null) {
            return best;
        }
        for (int a = 0; a < articles.size(); a++) {
            double closest = 0;
            for (int b = 0; b < articles.size(); b++) {
                closest = b == a ? closest : Math.max(closest, cosine[a][b]);
            }
            boolean longRead = closest < MIN_COSINE && LongReads.isLong(articles.get(a).text());
            best.put(articles.get(a).id(), longRead ? Math.max(closest, leadCosine(story, a)) : closest);
        }
        return best;
    }

    /**
     * The best cosine of an article's lead, its first {@link #LEAD_SENTENCES} sentences, with another article: news
     * says in its lead which event it tells, and a long read ({@link LongReads}) that then follows its people for
     * thousands of words has a whole-text vector far from a short report's, while its lead is the report's.
     */
    private static double leadCosine(Story story, int position) {
        List<AnalyzedArticle> articles = story.articles();
        SentenceIndex index = story.index(StoryView.ALL);
        TermVector lead = index.centroidOfSentences(articles.get(position).sentences().stream().limit(LEAD_SENTENCES)
                .toList());
        double closest = 0;
        for (int b = 0; b < articles.size(); b++) {
            if (b != position) {
                closest = Math.max(closest, lead.cosine(index.centroidOf(List.of(articles.get(b)))));
            }
        }
        return closest;
    }

    /**
     * The cosine of every two articles' words under the story's own sentence weights, in story order; null for a story
     * of one article or of more than {@link #MAX_ARTICLES}. The off-topic check and the two-way cut ({@link
     * FolderSplit}) both read it: work it out once and hand it to both.
     */
    public static double[][] cosines(Story story) {
        List<AnalyzedArticle> articles = story.articles();
        if (articles.size() < 2 || articles.size() > MAX_ARTICLES) {
            return null;
        }
        SentenceIndex index = story.index(StoryView.ALL);
        return TermVector.cosines(articles.stream().map(a -> index.centroidOf(List.of(a))).toList());
    }

    /** The articles that come close to no other, worst first. */
    public static List<String> apart(Story story) {
        return apart(story, cosines(story));
    }

    /** As {@link #apart(Story)}, from the story's {@link #cosines} already worked out. */
    public static List<String> apart(Story story, double[][] cosine) {
        List<String> below = ofArticles(story, cosine).entrySet().stream().filter(e -> e.getValue() < MIN_COSINE)
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        if (!below.isEmpty()) {
            Map<String, Set<String>> towns = townsNamed(story);
            below = below.stream().filter(id -> !sharesTown(id, towns)).toList();
        }
        if (below.isEmpty() || story.articles().stream().map(AnalyzedArticle::language).distinct().count() < 2) {
            return below;
        }
        Map<String, Set<String>> anchors = anchors(story);
        return below.stream().filter(id -> !sharesAcrossLanguages(story, id, Set.of(id), anchors)).toList();
    }

    /**
     * Each article's places named by an administrative noun in a script without capitals ({@link
     * CaselessPlaces#byNoun}: "مدينة الواحة", "בעיר חדרה", "सीतापुर ज़िले"), in its title and lead: where a report
     * says its event happened. Such a script gives the word cosine no name to weigh, and its words take clitics and
     * inflections that part two reports of one flood further than an English pair, so a town both leads name is what
     * keeps them together.
     */
    private static Map<String, Set<String>> townsNamed(Story story) {
        Map<String, Set<String>> towns = new HashMap<>();
        for (AnalyzedArticle article : story.articles()) {
            Set<String> named = new HashSet<>();
            String title = article.article().title();
            if (title != null) {
                CaselessPlaces.byNoun(title).forEach(place -> named.add(place.text()));
            }
            article.sentences().stream().limit(LEAD_SENTENCES).forEach(sentence -> CaselessPlaces.byNoun(
                    sentence.text()).forEach(place -> named.add(place.text())));
            towns.put(article.id(), named);
        }
        return towns;
    }

    /** True when another article's lead names a town the article's lead names ({@link #townsNamed}). */
    private static boolean sharesTown(String id, Map<String, Set<String>> towns) {
        Set<String> own = towns.get(id);
        return !own.isEmpty() && towns.entrySet().stream()
                .anyMatch(other -> !other.getKey().equals(id) && other.getValue().stream().anyMatch(own::contains));
    }

    /**
     * True when an article of {@code group} shares at least {@link #MIN_SHARED_ANCHORS} names and numbers with an
     * article outside it in another language: a two-way cut of the word cosines ({@link FolderSplit}) that such an
     * article crosses parts one story by its languages, not two stories.
     */
    public static boolean bridgedAcrossLanguages(Story story, List<String> group) {
        if (story.articles().stream().map(AnalyzedArticle::language).distinct().count() < 2) {
            return false;
        }
        Map<String, Set<String>> anchors = anchors(story);
        Set<String> inGroup = Set.copyOf(group);
        return group.stream().anyMatch(id -> sharesAcrossLanguages(story, id, inGroup, anchors));
    }

    /**
     * True when the article shares enough names and numbers with an article in another language, not one of
     * {@code excluded}.
     */
    private static boolean sharesAcrossLanguages(Story story, String id, Set<String> excluded,
                                                 Map<String, Set<String>> anchors) {
        AnalyzedArticle article = story.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        Set<String> own = anchors.get(id);
        Character.UnicodeScript script = scriptOf(article.text());
        return story.articles().stream()
                .filter(other -> !excluded.contains(other.id()) && !Objects.equals(other.language(), article.language()))
                .anyMatch(other -> script == scriptOf(other.text())
                        ? anchors.get(other.id()).stream().filter(own::contains).count() >= MIN_SHARED_ANCHORS
                        : anchors.get(other.id()).stream().filter(a -> a.startsWith("#") && own.contains(a)).count()
                        >= MIN_SHARED_NUMBERS_ACROSS_SCRIPTS);
    }

    /** The script most letters of the text's start are written in (Latin, Arabic, Cyrillic, Han, ...). */
    static Character.UnicodeScript scriptOf(String text) {
        Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        int end = Math.min(text.length(), 2000);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Character.UnicodeScript.COMMON);
    }

    private static Map<String, Set<String>> anchors(Story story) {
        Map<String, Set<String>> anchors = new HashMap<>();
        story.articles().forEach(a -> anchors.put(a.id(), anchors(a)));
        return anchors;
    }

    /**
     * An article's names and numbers, sentence by sentence (a sentence's first word is capitalised, not a name). The
     * digits of its dates are no numbers: "14 de agosto de 2026" and "12 września 2026" would otherwise give every two
     * stories of one year, or of one day of the month, two shared numbers; a year the tagger missed is left out too.
     */
    private static Set<String> anchors(AnalyzedArticle article) {
        Set<String> anchors = new HashSet<>();
        for (Sentence sentence : article.sentences()) {
            SentenceAnchors of = SentenceAnchors.of(withoutDates(article, sentence), List.of());
            anchors.addAll(of.names());
            of.numbers().stream().filter(n -> !YEAR.matcher(n).matches()).forEach(n -> anchors.add("#" + n));
        }
        return anchors;
    }

    /** The sentence's text with its temporal expressions blanked out, offsets kept. */
    private static String withoutDates(AnalyzedArticle article, Sentence sentence) {
        StringBuilder text = new StringBuilder(sentence.text());
        for (TimexSpan timex : article.timexes(sentence)) {
            int from = Math.max(0, timex.start() - sentence.start());
            int to = Math.min(text.length(), timex.end() - sentence.start());
            for (int i = from; i < to; i++) {
                text.setCharAt(i, ' ');
            }
        }
        return text.toString();
    }
}
