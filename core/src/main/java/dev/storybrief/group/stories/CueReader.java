package dev.storybrief.group.stories;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.analyze.LanguageAnnotator;
import dev.storybrief.analyze.SentenceSplitter;
import dev.storybrief.group.dates.SentenceTense;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.EntitySpan;
import dev.storybrief.model.EntityType;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.TimexSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the keys of the event facets ({@link Facet#NAMES}, {@link Facet#PLACES}, {@link Facet#FIGURES},
 * {@link Facet#YEARS}) from the first sentences of an article, where news says who, where, what and when; reading only
 * those keeps the cost per article fixed however long it is. The sentences are annotated by the analyze stage's own annotators (entities, temporal
 * expressions, quantities), each sentence as a paragraph. Thread-safe.
 */
final class CueReader {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    // the lead is already split into sentences (one a paragraph) by the English splitter, and the facet keys (names,
    // figures, years) do not depend on the language: identifying the language of a few lines would only add doubt
    private static final AnnotatorChain CHAIN = AnnotatorChain.standard().without("quotes").without("terms")
            .without("language");
    /**
     * Chinese and Japanese leads are annotated as what they are: their counts ("5人遇难") follow rules of their own,
     * which an unknown language would not apply. Their language is known from the whole text before the lead is read.
     */
    private static final Map<String, AnnotatorChain> CJK_CHAINS = Map.of(
            "zh", AnnotatorChain.standard().without("quotes").without("terms")
                    .replacing("language", LanguageAnnotator.given("zh")),
            "ja", AnnotatorChain.standard().without("quotes").without("terms")
                    .replacing("language", LanguageAnnotator.given("ja")));
    /** Dates alone, for what a whole undated text tells ({@link #toldSince(String)}). */
    private static final AnnotatorChain DATES = AnnotatorChain.of(List.of(new dev.storybrief.analyze.SentenceAnnotator(),
            new dev.storybrief.analyze.TimexAnnotator()));
    private final int maxSentences;

    CueReader(int maxSentences) {
        this.maxSentences = maxSentences;
    }

    /** Key counts per event facet of a text (title first) published on {@code day} (or undated). */
    Map<Facet, Map<String, Integer>> read(String text, long day) {
        return read(text, day, null);
    }

    /**
     * Key counts per event facet of a text (title first) published on {@code day} (or undated), in {@code language}
     * (null when not known): a Chinese or Japanese lead's places are read by {@link CjkPlaces} and its counts by its
     * language's rules.
     */
    Map<Facet, Map<String, Integer>> read(String text, long day, String language) {
        LocalDate date = ArticleDates.isDated(day) ? LocalDate.ofEpochDay(day) : null;
        List<String> sentences = sentences(text);
        AnalyzedArticle lead = chainFor(language).annotate(new Article("lead", null, null, null,
                null, date, null, sentences, List.of()));
        Map<Facet, Map<String, Integer>> keys = new EnumMap<>(Facet.class);
        // who apart from where: two events of one kind often happen in one place (a country's capital, a team's home
        // town), so a shared place is weaker evidence of one event than a shared person; one facet for both let
        // the place words carry the weight of the people's (the learnt weights: people 4.1, places 1.2)
        keys.put(Facet.NAMES, names(lead.entities(), false));
        keys.put(Facet.PLACES, names(lead.entities(), true));
        if (CjkPlaces.reads(language)) {
            CjkPlaces.of(String.join("\n", sentences)).forEach((place, n) -> keys.get(Facet.PLACES).merge(place, n,
                    Integer::sum));
        }
        Map<String, Integer> figures = new LinkedHashMap<>();
        Map<String, Integer> years = new LinkedHashMap<>();
        for (QuantitySpan quantity : lead.quantities()) {
            // "dozens of people", "hundreds of homes": a vague amount is said of every other event of its kind
            if (!isVague(quantity)) {
                figures.merge(quantity.key() + "=" + quantity.value(), 1, Integer::sum);
            }
        }
        for (TimexSpan mention : lead.timexes()) {
            // durations ("P10Y") and references ("PRESENT_REF") name no year, and a year that names an event ("the 1996
            // Olympic bombing", no granularity) is no date of this story: two events of one kind share it
            boolean namingYear = mention.granularity() == null && mention.value() != null
                    && mention.value().matches("\\d{4}");
            if (mention.value() != null && mention.value().matches("\\d{4}.*") && !namingYear) {
                years.merge(mention.value().substring(0, 4), 1, Integer::sum);
            }
        }
        keys.put(Facet.FIGURES, figures);
        keys.put(Facet.YEARS, years);
        return keys;
    }

    /**
     * The first day of the latest date a text without a date of its own tells as past (see
     * {@link #toldSince(AnalyzedArticle)}), or {@link ArticleDates#UNDATED}: the whole text is read, for such a date may
     * lie anywhere in it (a lead names weekdays, which an undated text cannot place), and only its dates are annotated.
     */
    static long toldSince(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\n+")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        return toldSince(DATES.annotate(new Article("text", null, null, null, null, null, null, paragraphs,
                List.of())));
    }

    /**
     * The first day of the latest stated date (a year, a month of a year or a day) that a sentence tells as done
     * ({@link SentenceTense#past}), or {@link ArticleDates#UNDATED}: a report is written after what it tells as past, so
     * the latest such date bounds an undated article's own day from below. A year that names an event ("the
     * 1996 Olympic bombing") is no date told, and a sentence of what is still to come may name any later year.
     */
    private static long toldSince(AnalyzedArticle text) {
        long latest = ArticleDates.UNDATED;
        for (TimexSpan mention : text.timexes()) {
            String value = mention.value();
            if (mention.granularity() == null || value == null || !value.matches("\\d{4}.*")
                    || mention.sentence() < 0 || mention.sentence() >= text.sentences().size()
                    || !SentenceTense.past(text.sentences().get(mention.sentence()).text())) {
                continue;
            }
            java.util.Optional<LocalDate> first = firstDayOf(value);
            if (first.isPresent() && (latest == ArticleDates.UNDATED || first.get().toEpochDay() > latest)) {
                latest = first.get().toEpochDay();
            }
        }
        return latest;
    }

    /** The first day of a TIMEX3 value's year, month or day ("2011", "2011-12", "2011-12-19", "2011-W03" as 2011). */
    private static java.util.Optional<LocalDate> firstDayOf(String value) {
        try {
            int year = Integer.parseInt(value.substring(0, 4));
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return java.util.Optional.of(LocalDate.parse(value.substring(0, 10)));
            }
            if (value.matches("\\d{4}-\\d{2}(\\D.*)?")) {
                return java.util.Optional.of(LocalDate.of(year, Integer.parseInt(value.substring(5, 7)), 1));
            }
            return java.util.Optional.of(LocalDate.of(year, 1, 1));
        } catch (RuntimeException e) {
            // a month or day out of range ("2011-13"): no date told
            return java.util.Optional.empty();
        }
    }

    /** True for an amount given by words alone as a range ("dozens of", "Hunderte"), not by a figure. */
    private static boolean isVague(QuantitySpan quantity) {
        return quantity.qualifier() == dev.storybrief.model.Qualifier.RANGE && quantity.text().chars().noneMatch(Character::isDigit);
    }

    /**
     * Each word of each name of a place ({@code places}) or of a person or organisation (otherwise), lower case:
     * "Tara Reid" and a later "Reid" meet on "reid".
     */
    static Map<String, Integer> names(List<EntitySpan> mentions, boolean places) {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (EntitySpan mention : mentions) {
            if ((mention.type() == EntityType.PLACE) != places) {
                continue;
            }
            for (String word : mention.text().toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
                if (word.length() > 1) {
                    names.merge(word, 1, Integer::sum);
                }
            }
        }
        return names;
    }

    /**
     * The surname of each person the lead of a text (title first) names, mention by mention in order, lower case:
     * "Dennis Whitlow" and a later "Whitlow" are one person.
     */
    List<String> people(String text, long day, String language) {
        LocalDate date = ArticleDates.isDated(day) ? LocalDate.ofEpochDay(day) : null;
        AnalyzedArticle lead = chainFor(language).annotate(new Article("lead", null, null, null,
                null, date, null, sentences(text), List.of()));
        List<String> surnames = new ArrayList<>();
        for (EntitySpan mention : lead.entities()) {
            String[] words = (mention.name().isBlank() ? mention.text() : mention.name()).strip().split("\\s+");
            if (mention.type() == EntityType.PERSON && !words[words.length - 1].isEmpty()) {
                surnames.add(words[words.length - 1].toLowerCase(Locale.ROOT));
            }
        }
        return surnames;
    }

    private static AnnotatorChain chainFor(String language) {
        return language == null ? CHAIN : CJK_CHAINS.getOrDefault(language, CHAIN);
    }

    /** The lead of a text: its first sentences, one per line. */
    String lead(String text) {
        return String.join("\n", sentences(text));
    }

    private List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\n+")) {
            if (paragraph.isBlank()) {
                continue;
            }
            for (String sentence : SPLITTER.split(paragraph)) {
                sentences.add(sentence);
                if (sentences.size() == maxSentences) {
                    return sentences;
                }
            }
        }
        return sentences;
    }
}
