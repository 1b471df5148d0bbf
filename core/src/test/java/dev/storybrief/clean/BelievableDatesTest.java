package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates an input states for itself that cannot be its publication date; the forms that are read however written. */
class BelievableDatesTest {
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0001-01-01|a placeholder before 1900", "1899-12-31|a placeholder before 1900",
            "2099-01-01|in the future", "2026-12-07|in the future"})
    void placeholdersAndFutureDatesAreRefused(String date, String why) {
        assertThat(BelievableDates.problem(LocalDate.parse(date), NOW)).contains(why);
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01", "1987-03-02", "2026-12-05", "2026-12-06"})
    void pastDatesAndTomorrowInAnotherTimeZoneAreKept(String date) {
        assertThat(BelievableDates.problem(LocalDate.parse(date), NOW)).isEmpty();
    }

    @Test
    void aStatedPlaceholderIsNoDateButTheSameFoundInTextIs() {
        assertThat(LooseDate.stated("0001-01-01")).isEmpty();
        assertThat(LooseDate.stated("2099-01-01T10:00:00Z")).isEmpty();
        assertThat(LooseDate.stated("2011-10-24")).contains(LocalDate.of(2011, 10, 24));
        assertThat(LooseDate.find("2099-01-01")).contains(LocalDate.of(2099, 1, 1));
    }

    @ParameterizedTest
    @CsvSource({"2026/10/07", "20261007", "2026/1/7"})
    void yearFirstSlashedAndCompactDatesAreRead(String written) {
        assertThat(LooseDate.find(written).map(d -> d.getMonthValue() * 100 + d.getDayOfMonth()))
                .contains(written.equals("2026/1/7") ? 107 : 1007);
    }

    @ParameterizedTest
    @CsvSource({"20261307", "20261032", "12345678", "item 20261007 of the list"})
    void eightFiguresThatAreNoDateOrStandInTextAreNot(String written) {
        assertThat(LooseDate.find(written)).isEmpty();
    }
}
