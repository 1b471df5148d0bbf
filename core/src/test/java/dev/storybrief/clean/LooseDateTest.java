package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LooseDateTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "19 Nov 2011 15:04           | 2011-11-19",
            "2011-10-24                  | 2011-10-24",
            "October 31, 2011            | 2011-10-31",
            "Oct. 31 2011                | 2011-10-31",
            "2011-10-31T09:00:00Z        | 2011-10-31",
            "2026-03-13T09:30:00-05:00   | 2026-03-13",
            "Thu, 12 Mar 2026 10:15:00 GMT | 2026-03-12",
            "2026年3月4日                | 2026-03-04",
            "2026年 3月 4日（水）        | 2026-03-04",
            "2026년 3월 4일              | 2026-03-04",
    })
    void findsCompleteDates(String text, String expected) {
        assertThat(LooseDate.find(text)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"Oct. 31", "on Monday", "31 February 2011", "26,000 sorties", "3月4日", "2026年2月30日"})
    void ignoresIncompleteOrImpossibleDates(String text) {
        assertThat(LooseDate.find(text)).isEmpty();
    }
}
