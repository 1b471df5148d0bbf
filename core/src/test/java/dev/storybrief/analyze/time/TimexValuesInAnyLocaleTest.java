package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.DefaultLocale;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * TIMEX3 values are ISO dates in ASCII digits whatever the JVM's default locale: {@code String.format("%04d")} writes
 * a locale's own digits (Arabic-Indic under ar-EG, Persian under fa-IR, Devanagari under mr-IN), which would give
 * "٢٠٢٤-٠٣-٠٥" on a machine set up for Egypt.
 */
class TimexValuesInAnyLocaleTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 1);

    @Test
    void englishAndEuropeanDatesAreAsciiUnderALocaleWithItsOwnDigits() throws Exception {
        DefaultLocale.under("ar-EG", () -> {
            assertThat(new TemporalTagger().tag("The council met on March 5, 2024, and again in April 2024.", PUBLISHED))
                    .extracting(TemporalMention::value).containsExactly("2024-03-05", "2024-04");
            assertThat(new TemporalTagger().tag("The bridge was built in 1987.", PUBLISHED))
                    .extracting(TemporalMention::value).containsExactly("1987");
            assertThat(EuropeanDateTagger.forLanguage("de").tag("Die Arbeiten begannen im Februar 2010.", PUBLISHED))
                    .extracting(TemporalMention::value).containsExactly("2010-02");
        });
    }
}
