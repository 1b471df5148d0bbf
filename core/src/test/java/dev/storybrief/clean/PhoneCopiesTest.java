package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A news app's screen copied from a phone (QA tour 24): the status bar is no title, the app bar names the outlet, and
 * the reaction row, share row, channel appeal and hashtags are no text. Made-up copies.
 */
class PhoneCopiesTest {
    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("p", Path.of("p.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @Test
    void theAppBarNamesTheOutletAndTheFurnitureIsGone() {
        Article a = clean("""
                11:07 ⚡ 📶 52%
                ← Oskby Now
                🔍
                ÚLTIMA HORA 🔴
                Ferry stopped at Oskby after crack found in ramp
                By Lena Vik
                👍 3.4K   💬 97   ↗️ Share
                📲 WhatsApp | Facebook | X | Copy link

                The river ferry at Oskby stopped running on Tuesday after inspectors found a crack in its landing ramp.

                ⚠️ The harbour office has closed the quay until Friday.

                📲 Join the Oskby Now Telegram channel for the latest news!
                #ferry #Oskby
                """);
        assertThat(a.title()).isEqualTo("Ferry stopped at Oskby after crack found in ramp");
        assertThat(a.outlet()).isEqualTo("Oskby Now");
        assertThat(a.paragraphs()).containsExactly(
                "The river ferry at Oskby stopped running on Tuesday after inspectors found a crack in its landing ramp.",
                "⚠️ The harbour office has closed the quay until Friday.");
    }

    @Test
    void aCopyCroppedBelowTheStatusBarLosesItsFurnitureToo() {
        // QA24 #15: without the status bar the app bar, reaction row, share row and channel appeal were kept as text
        Article a = clean("""
                ← Lindby Daily
                ☰ 🔍
                Bridge at Lindby shut for repairs
                👍 812   💬 40   ↗️ Share
                📲 WhatsApp | Facebook | X | Copy link

                The old road bridge at Lindby closed on Monday for three weeks of repairs to its deck.

                📲 Follow Lindby Daily on WhatsApp for the latest news!
                #Lindby #bridge
                """);
        assertThat(a.title()).isEqualTo("Bridge at Lindby shut for repairs");
        assertThat(a.outlet()).isEqualTo("Lindby Daily");
        assertThat(a.paragraphs()).containsExactly(
                "The old road bridge at Lindby closed on Monday for three weeks of repairs to its deck.");
        // an opening "<" is no app's arrow: a text may open with it
        assertThat(PhoneCopies.of(java.util.List.of("< Lindby Daily", "Bridge shut"))).isEmpty();
    }

    @Test
    void aTextWithoutAStatusBarKeepsItsLines() {
        Article a = clean("""
                Ferry stopped at Oskby after crack found in ramp

                The river ferry at Oskby stopped running on Tuesday after inspectors found a crack in its landing ramp.

                #ferry #Oskby
                """);
        assertThat(a.title()).isEqualTo("Ferry stopped at Oskby after crack found in ramp");
        assertThat(PhoneCopies.of(java.util.List.of("Ferry stopped", "9:41 ⚡ 87%"))).isEmpty();
        // a first line of a clock and thousands of signs is no screen's bar, and is not matched token by token
        assertThat(PhoneCopies.of(java.util.List.of("9:41" + " ⚡".repeat(50_000), "Ferry stopped"))).isEmpty();
    }

    /** A yearless dateline in a language without a month table: its month's CLDR abbreviation ("Dis", Malay). */
    @Test
    void aShortMonthOfAnyLanguageDatesTheDayFiled() {
        assertThat(Datelines.dayFiled("TANJUNG BAYU, 3 Dis (Bernama) -- Jumlah mangsa banjir meningkat kepada 900 orang"
                + " petang ini.")).contains(java.time.MonthDay.of(12, 3));
    }
}
