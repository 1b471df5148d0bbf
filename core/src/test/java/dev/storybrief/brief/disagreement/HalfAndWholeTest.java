package dev.storybrief.brief.disagreement;

import static dev.storybrief.brief.disagreement.DisagreementFixtures.twoReports;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.quantity.QuantityExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "4" against "4½" of one count is a rounding, not a dispute, however the half is written: a sign ("4½"), digits after
 * a space ("4 1/2", once read as 2), a decimal ("4.5") or glued to a unit ("a 4½-year sentence") (QA24). Made-up
 * sentences.
 */
class HalfAndWholeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The former minister served 4 years in prison for fraud. | The former minister served 4½ years in prison for fraud.",
            "The former minister served 4 years in prison for fraud. | The former minister served 4 1/2 years in prison for fraud.",
            "The former minister served 4 years in prison for fraud. | The former minister served 4.5 years in prison for fraud.",
            "He was given a 4-year sentence for fraud.                | He was given a 4½-year sentence for fraud.",
            "The trial lasted 4 hours on Monday.                      | The trial lasted 4 1/2 hours on Monday.",
            "About 4 million people voted in the election.            | About 4½ million people voted in the election.",
    })
    void aWholeAndItsHalfAreOneFigureRounded(String first, String second) {
        assertThat(twoReports(first, second)).isEmpty();
    }

    @Test
    void aHalfInDigitsIsReadAsTheSignIs() {
        assertThat(new QuantityExtractor().extract("The former minister served 4 1/2 years in prison.").get(0))
                .satisfies(q -> {
                    assertThat(q.value()).isEqualTo(4.5);
                    assertThat(q.text()).isEqualTo("4 1/2 years");
                });
        assertThat(new QuantityExtractor().extract("The trial lasted 3 3/4 hours.").get(0).value()).isEqualTo(3.75);
        // a date or a score written with a slash is no fraction
        assertThat(new QuantityExtractor().extract("Voting closed on 4 11/2026 in the north.")).noneMatch(q -> q.value() == 4.5);
    }

    @Test
    void aWholeAgainstAnotherHalfStillDisagrees() {
        assertThat(twoReports("The former minister served 4 years in prison for fraud.",
                "The former minister served 6 1/2 years in prison for fraud.")).hasSize(1);
    }
}
