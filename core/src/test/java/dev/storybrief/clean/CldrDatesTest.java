package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date lines in languages whose months only CLDR knows, and lines that are no date; every line is made up. */
class CldrDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026. december 5. 09:00 | 2026-12-05",
            "Thứ năm, 3/12/2026, 09:20 | 2026-12-03",
            "2 दिसंबर 2026 | 2026-12-02",
            "۱۳ آذر ۱۴۰۵ | 2026-12-04",
            "۴ دسامبر ۲۰۲۶ | 2026-12-04",
            // the Buddhist era, Thai's own calendar (2569 = 2026): its Gregorian reading is centuries ahead
            "1 ธันวาคม 2569 เวลา 07:30 น. | 2026-12-01",
            "2 ธ.ค. 2569 | 2026-12-02",
            // Lithuanian ends the day with "d." before the time; Bengali figures; Bengali's pattern without its comma
            "2026 m. gruodžio 1 d. 08:40 | 2026-12-01",
            "২ ডিসেম্বর ২০২৬ | 2026-12-02",
            // QA24 #15: Latvian dates its day in the locative ("1. decembrī"), CLDR names the month "decembris"
            "2026. gada 1. decembrī | 2026-12-01",
            "2026. gada 1. decembrī 10:15 | 2026-12-01",
            "Pirmdiena, 2026. gada 30. novembrī | 2026-11-30",
            "2026. gada 14. martā | 2026-03-14",
    })
    void aDateLineIsReadInItsLanguagesPatterns(String line, String date) {
        assertThat(CldrDates.dateLine(line.strip())).contains(LocalDate.parse(date.strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3/12/2026",
            "Rescue teams reached the village 2026",
            "The council met on 4 December 2026 and agreed the plan.",
            // a word that only starts like a month is no declined month ("Marta", a name, beside Latvian "marts")
            "Marta 2026 12",
    })
    void aLineOfTwoReadingsOrNoDateIsNone(String line) {
        assertThat(CldrDates.dateLine(line.strip())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Budapest, 2026. december 3. | 2026-12-03", "2026. március 14. | 2026-03-14"})
    void aYearFirstDateIsRead(String text, String date) {
        assertThat(CldrDates.yearFirst(text.strip())).contains(LocalDate.parse(date.strip()));
    }
}
