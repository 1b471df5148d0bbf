package dev.storybrief.wording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.wording.SlashedDates.Order;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "03/04/2026" is read only when the article says which way it writes dates. */
class SlashedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a part above 12 settles its own date and, in the same text, the others
        "The pier closed on 25/11/2026 and reopened on 03/12/2026.||en|DAY_FIRST",
        "The pier closed on 11/25/2026 and reopened on 12/03/2026.||en|MONTH_FIRST",
        // a time in a US or European time zone
        "Published 03/04/2026 10:15 AM ET||en|MONTH_FIRST",
        "Posted 03/04/2026, 9 p.m. PST||en|MONTH_FIRST",
        "Aktualisiert 03/04/2026 14:32 Uhr||en|DAY_FIRST",
        // the outlet's habit, then the language
        "Updated 03/04/2026|CNN|en|MONTH_FIRST",
        "03/04/2026|The Guardian|en|DAY_FIRST",
        "Publié le 03/04/2026||fr|DAY_FIRST",
        // nothing says
        "Updated 03/04/2026|Harbour Times|en|UNKNOWN",
        "Updated 03/04/2026|||UNKNOWN"})
    void theArticlesSignalsGiveTheOrder(String text, String outlet, String language, Order order) {
        assertThat(SlashedDates.orderOf(text, outlet, language)).isEqualTo(order);
    }

    @Test
    void anAmbiguousDateIsReadOnlyWithAnOrder() {
        assertThat(SlashedDates.read(3, 4, "2026", Order.MONTH_FIRST)).contains(LocalDate.of(2026, 3, 4));
        assertThat(SlashedDates.read(3, 4, "2026", Order.DAY_FIRST)).contains(LocalDate.of(2026, 4, 3));
        assertThat(SlashedDates.read(3, 4, "2026", Order.UNKNOWN)).isEmpty();
        assertThat(SlashedDates.read(25, 4, "2026", Order.UNKNOWN)).as("25 cannot be a month")
                .contains(LocalDate.of(2026, 4, 25));
        assertThat(SlashedDates.read(4, 25, "2026", Order.DAY_FIRST)).as("nor here, whatever the order")
                .contains(LocalDate.of(2026, 4, 25));
        assertThat(SlashedDates.read(13, 14, "2026", Order.UNKNOWN)).isEmpty();
        assertThat(SlashedDates.firstAmbiguous("Updated 03/04/2026", Order.UNKNOWN)).isEqualTo(Optional.of("03/04/2026"));
        assertThat(SlashedDates.firstAmbiguous("Updated 03/04/2026", Order.MONTH_FIRST)).isEmpty();
    }

    @Test
    void writtenDatesReadASlashedDateInTheGivenOrder() {
        assertThat(WrittenDates.find("Updated 03/04/2026", Order.MONTH_FIRST)).contains(LocalDate.of(2026, 3, 4));
        assertThat(WrittenDates.find("Updated 03/04/2026")).isEmpty();
    }
}
