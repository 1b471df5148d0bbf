package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.DefaultLocale;
import dev.storybrief.ingest.RawDocument;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The per-JVM memo of article readings: core's test JVMs run with it on (the pom's {@code storybrief.test.readingMemo}),
 * every command with it off. On, an article is read once for the same title, text, day, language, cue sentences and
 * locale, and a remembered reading cannot be changed; off, every call reads. ({@code StoryClustererTest} shows
 * that the same stream grouped twice gives the same stories.)
 */
class ArticleReadingsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 14);

    private static Supplier<ArticleReadings.Reading> counting(AtomicInteger reads) {
        return () -> {
            reads.incrementAndGet();
            EnumMap<Facet, Map<String, Integer>> keys = new EnumMap<>(Facet.class);
            keys.put(Facet.TERMS, new HashMap<>(Map.of("bridge", 2)));
            return new ArticleReadings.Reading(keys, 7);
        };
    }

    @Test
    void theSameArticleIsReadOnceWithTheMemoOnAndEachTimeWithItOff() throws Exception {
        boolean on = Boolean.getBoolean(ArticleReadings.PROPERTY);
        // a text no other test uses, so that nothing was remembered for it before
        String text = "The footbridge at Orrin Quay reopened on Tuesday " + System.nanoTime() + ".";
        RawDocument doc = SyntheticNews.doc("a", text, DAY, null);
        AtomicInteger reads = new AtomicInteger();
        ArticleReadings.Reading first = ArticleReadings.of(doc, DAY.toEpochDay(), "en", 3, counting(reads));
        ArticleReadings.Reading again = ArticleReadings.of(SyntheticNews.doc("b", text, DAY, "Herald"),
                DAY.toEpochDay(), "en", 3, counting(reads));
        assertThat(first.keys().get(Facet.TERMS)).containsExactly(Map.entry("bridge", 2));
        assertThat(again).isEqualTo(first);
        assertThat(reads.get()).isEqualTo(on ? 1 : 2);
        // another day, language, number of cue sentences or default locale is another reading
        ArticleReadings.of(doc, DAY.toEpochDay() + 1, "en", 3, counting(reads));
        ArticleReadings.of(doc, DAY.toEpochDay(), "de", 3, counting(reads));
        ArticleReadings.of(doc, DAY.toEpochDay(), "en", 0, counting(reads));
        DefaultLocale.under("tr-TR", () -> ArticleReadings.of(doc, DAY.toEpochDay(), "en", 3, counting(reads)));
        assertThat(reads.get()).isEqualTo(on ? 5 : 6);
        if (on) {
            assertThatThrownBy(() -> first.keys().get(Facet.TERMS).put("quay", 1))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
