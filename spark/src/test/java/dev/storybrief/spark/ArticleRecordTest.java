package dev.storybrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.DefaultLocale;
import org.junit.jupiter.api.Test;

/**
 * An article's key is twelve ASCII digits under every default locale, so keys made on executors set up for different
 * locales still sort in index order: a bare {@code String.format("%012d")} writes Arabic-Indic digits under ar-EG.
 */
class ArticleRecordTest {

    @Test
    void keysAreAsciiDigitsUnderALocaleWithItsOwnDigits() throws Exception {
        DefaultLocale.under("ar-EG", () -> {
            ArticleRecord record = new ArticleRecord(null, "a1", null, "2026-11-04", null, "Text.", "mem", false);
            assertThat(record.withKey(42).key()).isEqualTo("000000000042");
        });
    }
}
