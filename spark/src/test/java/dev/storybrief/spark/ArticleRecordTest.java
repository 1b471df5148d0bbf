package dev.storybrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An article's key is twelve ASCII digits under every default locale, so keys made on executors set up for different
 * locales still sort in index order: a bare {@code String.format("%012d")} writes Arabic-Indic digits under ar-EG.
 */
class ArticleRecordTest {

    @Test
    void keysAreAsciiDigitsUnderALocaleWithItsOwnDigits() {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            ArticleRecord record = new ArticleRecord(null, "a1", null, "2026-11-04", null, "Text.", "mem", false);
            assertThat(record.withKey(42).key()).isEqualTo("000000000042");
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }
}
