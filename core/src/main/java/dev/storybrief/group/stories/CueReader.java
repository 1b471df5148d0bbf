package dev.storybrief.group.stories;

import dev.storybrief.analyze.SentenceSplitter;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.entity.EntityRecognizer;
import dev.storybrief.analyze.quantity.Quantity;
import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.analyze.time.TemporalMention;
import dev.storybrief.analyze.time.TemporalTagger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the keys of the event facets ({@link Facet#NAMES}, {@link Facet#FIGURES}, {@link Facet#YEARS}) from the
 * first sentences of an article, where news says who, what and when; reading only those keeps the cost per article
 * fixed however long it is. Thread-safe.
 */
final class CueReader {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final EntityRecognizer ENTITIES = new EntityRecognizer();
    private static final TemporalTagger TIMES = new TemporalTagger();
    private static final QuantityExtractor QUANTITIES = new QuantityExtractor();
    private final int maxSentences;

    CueReader(int maxSentences) {
        this.maxSentences = maxSentences;
    }

    /** Key counts per event facet of a text (title first) published on {@code day} (or undated). */
    Map<Facet, Map<String, Integer>> read(String text, long day) {
        List<String> sentences = sentences(text);
        Map<Facet, Map<String, Integer>> keys = new EnumMap<>(Facet.class);
        keys.put(Facet.NAMES, names(sentences));
        Map<String, Integer> figures = new LinkedHashMap<>();
        Map<String, Integer> years = new LinkedHashMap<>();
        LocalDate date = ArticleDates.isDated(day) ? LocalDate.ofEpochDay(day) : null;
        for (String sentence : sentences) {
            for (Quantity quantity : QUANTITIES.extract(sentence)) {
                figures.merge(quantity.key() + "=" + quantity.value(), 1, Integer::sum);
            }
            for (TemporalMention mention : TIMES.tag(sentence, date)) {
                if (mention.isResolved()) {
                    years.merge(mention.value().substring(0, 4), 1, Integer::sum);
                }
            }
        }
        keys.put(Facet.FIGURES, figures);
        keys.put(Facet.YEARS, years);
        return keys;
    }

    /** Each word of each name, lower case: "Tara Reid" and a later "Reid" meet on "reid". */
    private static Map<String, Integer> names(List<String> sentences) {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (List<EntityMention> mentions : ENTITIES.recognizeDocument(sentences)) {
            for (EntityMention mention : mentions) {
                for (String word : mention.text().toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
                    if (word.length() > 1) {
                        names.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        return names;
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
