package dev.storybrief.group.dates;

import dev.storybrief.analyze.time.EuropeanDateTagger;
import dev.storybrief.analyze.time.TemporalMention;
import dev.storybrief.analyze.time.TemporalTagger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The temporal mentions of a sentence read against a day, each pair tagged once. Dating an undated article tags each
 * of its sentences against every candidate day, for the score and again for the weekday check, in every round of the
 * inference and once more when weaker retellings are let count; a long article was tagged the same way many times
 * over (a 5 MB text file spent most of a briefing's three minutes there). Bounded: past {@link #MAX_ENTRIES} pairs,
 * sentences are tagged without being kept. Not thread-safe: one per inference.
 */
final class TagMemo {
    static final int MAX_ENTRIES = 400_000;

    private record Key(String language, String sentence, LocalDate day) {
    }

    private final TemporalTagger tagger;
    private final Map<Key, List<TemporalMention>> tagged = new HashMap<>();

    TagMemo(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /**
     * The mentions of {@code sentence}, written in {@code language}, with {@code day} (nullable) as the article's date:
     * read by the language's own tagger where it has one, as the article's dates were ("se reunió el martes", "foi
     * encontrado ontem"), else by the English rules.
     */
    List<TemporalMention> tag(String language, String sentence, LocalDate day) {
        Key key = new Key(language, sentence, day);
        List<TemporalMention> known = tagged.get(key);
        if (known != null) {
            return known;
        }
        List<TemporalMention> mentions = List.copyOf(read(language, sentence, day));
        if (tagged.size() < MAX_ENTRIES) {
            tagged.put(key, mentions);
        }
        return mentions;
    }

    /** The mentions as the article's own language reads them, without keeping them. */
    List<TemporalMention> read(String language, String sentence, LocalDate day) {
        EuropeanDateTagger own = EuropeanDateTagger.forLanguage(language);
        return own != null ? own.tag(sentence, day) : tagger.tag(sentence, day);
    }
}
