package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA tour 21's "failed to recruit 14 midwives since January" (made-up sentences): a month or a day after "since" opens
 * a span that runs up to the telling, so it lies on or before the article's day, even when the next such month or day
 * is nearer (a November article's January is two months ahead, its last January ten months back).
 */
class SinceDatesTest {
    /** A Wednesday in November. */
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 18);

    private final TemporalTagger tagger = new TemporalTagger();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The trust said it had failed to recruit 14 midwives since January. | January | 2026-01",
            "The hospital has been short of staff since Dec. 5. | Dec. 5 | 2025-12-05",
            "The ward has been shut since Jan. 3. | Jan. 3 | 2026-01-03",
            // without "since" the nearest month, or the one the tense asks for, as before
            "The unit will close in January. | January | 2027-01",
            "The new ward opens on Dec. 5. | Dec. 5 | 2026-12-05",
    })
    void sinceOpensASpanBegunBeforeTheTelling(String sentence, String text, String expected) {
        assertThat(tagger.tag(sentence, NOVEMBER).stream().filter(m -> m.text().equals(text))
                .map(TemporalMention::value).findFirst().orElse("(not tagged)")).isEqualTo(expected);
    }
}
