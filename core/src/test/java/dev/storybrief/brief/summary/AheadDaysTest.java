package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A day ahead is dated in the summary's language, its long date without the year. */
class AheadDaysTest {
    @Test
    void theDateIsSpelledAsTheLanguageWritesIt() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertThat(AheadDays.spelled(day, "en")).isEqualTo("November 25");
        assertThat(AheadDays.spelled(day, "fr")).isEqualTo("25 novembre");
        assertThat(AheadDays.spelled(day, "cs")).isEqualTo("25. listopadu");
        assertThat(AheadDays.spelled(day, "de")).isEqualTo("25. November");
        assertThat(AheadDays.spelled(day, "es")).isEqualTo("25 de noviembre");
        assertThat(AheadDays.spelled(day, "ru")).isEqualTo("25 ноября");
        assertThat(AheadDays.spelled(day, "ja")).isEqualTo("11月25日");
        assertThat(AheadDays.spelled(day, null)).isEqualTo("November 25");
    }
}
