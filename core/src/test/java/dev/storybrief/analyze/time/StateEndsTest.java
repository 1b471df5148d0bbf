package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The end of a state a past act set ("cancelled ... until Thursday") is the coming weekday; a state told keeps the past. */
class StateEndsTest {
    /** A Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 9, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The operator cancelled all crossings to the island until Thursday after a ferry broke down.      | 2026-09-17",
            "Officials suspended trains on the coast line till Friday.                                        | 2026-09-18",
            "The council has closed the harbour road until Monday while engineers inspect the wall.           | 2026-09-21",
            "All crossings are cancelled until Thursday, the operator said.                                   | 2026-09-17",
            "The harbour road stayed partly closed until Thursday.                                            | 2026-09-10",
            "The harbour road was closed until Thursday.                                                      | 2026-09-10",
            "The council had suspended trains until Thursday, but the line reopened early.                    | 2026-09-10",
            "The council cancelled the fair, and the road stayed shut until Thursday.                         | 2026-09-10",
    })
    void aStateSetByAPastActEndsOnTheComingWeekday(String sentence, String expected) {
        String weekday = sentence.replaceAll(".*(?:until|till) (\\w+day).*", "$1");
        assertThat(new TemporalTagger().tag(sentence, TUESDAY)).filteredOn(m -> m.text().startsWith(weekday))
                .extracting(TemporalMention::text, TemporalMention::value).containsExactly(tuple(weekday, expected));
    }
}
