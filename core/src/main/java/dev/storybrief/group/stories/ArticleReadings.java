package dev.storybrief.group.stories;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A memo of articles' readings (what {@link StoryClusterer} reads of each facet before its IDF counts them), shared by
 * every clusterer of the JVM and on only when the system property {@value #PROPERTY} is {@code true}. The core and
 * eval test JVMs turn it on: their tests group the same evaluation articles in many streams (other seeds, parts, time
 * blocks, languages), and reading an article (its dates, names and cue sentences) is about three quarters of the
 * CPU of grouping it (docs/BENCHMARKS.md, speed31). Off, as in every command, each article is read where it arrives.
 * A reading depends only on the article's title, text and day, its language, the number of cue sentences read and
 * the default locale; those are its key, so a remembered reading is the one a new reading would give.
 */
final class ArticleReadings {
    /** The system property that turns the memo on. */
    static final String PROPERTY = "storybrief.group.readingMemo";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    /**
     * Readings kept, least recently used dropped first: the largest test streams (801 articles, and 413 of ECB+ in
     * the same JVM) fit, and at some 50 kB a reading (text and term counts) the memo stays near 100 MB.
     */
    private static final int MOST = 2_000;
    private static final Map<Key, Reading> MEMO = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Reading> eldest) {
            return size() > MOST;
        }
    });

    /** One article's keys of each facet it has (term counts), and the day its lead was told since. */
    record Reading(EnumMap<Facet, Map<String, Integer>> keys, long toldSince) {
    }

    private record Key(String title, String text, long day, String language, int cueSentences, Locale locale) {
    }

    private ArticleReadings() {
    }

    /** The reading of {@code doc}: {@code read}'s, or with the memo on, the one remembered for the same key. */
    static Reading of(RawDocument doc, long day, String language, int cueSentences, Supplier<Reading> read) {
        if (!ON) {
            return read.get();
        }
        Key key = new Key(doc.meta(MetaKey.TITLE), doc.text(), day, language, cueSentences, Locale.getDefault());
        Reading known = MEMO.get(key);
        if (known != null) {
            return known;
        }
        // read outside the lock, and frozen: a clusterer that changed a shared reading would change another's
        Reading reading = read.get();
        EnumMap<Facet, Map<String, Integer>> frozen = new EnumMap<>(Facet.class);
        reading.keys().forEach((facet, counts) -> frozen.put(facet, Collections.unmodifiableMap(counts)));
        Reading kept = new Reading(frozen, reading.toldSince());
        MEMO.put(key, kept);
        return kept;
    }
}
