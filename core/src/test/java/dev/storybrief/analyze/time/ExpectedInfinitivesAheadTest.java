package dev.storybrief.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An infinitive after a verb of expectation or plan ("are expected to", "is due to", "is slated to", "aims to") tells
 * something still ahead of the article's day, in a text of several sentences as alone: neither a past participle used
 * as an adjective after the infinitive ("the stranded tanker") nor a past act in the sentence before decides its time
 * (made-up sentences, TIMEX3 values).
 */
class ExpectedInfinitivesAheadTest {

    /** Monday, 2 March 2026: the Wednesday gone by is 25 February, the coming one 4 March. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final TemporalTagger TAGGER = new TemporalTagger();

    /** The planned arrival's weekday is the coming one, whichever verb of expectation or plan governs it. */
    @Test
    void aWeekdayAfterAnExpectedOrPlannedInfinitiveIsAhead() {
        String before = "The tanker lost power in the storm and drifted onto the reef. ";
        for (String plan : List.of("are expected to", "are due to", "are scheduled to", "are set to",
                "are slated to", "plan to", "aim to", "hope to")) {
            String sentence = "Salvage teams " + plan + " reach the stranded tanker on Wednesday.";
            assertThat(wednesday(sentence)).as(sentence).isEqualTo("2026-03-04");
            assertThat(wednesday(before + sentence)).as(before + sentence).isEqualTo("2026-03-04");
        }
        for (String plan : List.of("The salvage company aims to", "The salvage company plans to")) {
            String text = "The crew was evacuated by helicopter. " + plan + " tow the damaged ship on Wednesday.";
            assertThat(wednesday(text)).as(text).isEqualTo("2026-03-04");
        }
    }

    /** A plan told in the past perfect is over, and a participle with no plan before it keeps the past. */
    @Test
    void aPlanThatIsOverAndAPastSceneStayPast() {
        assertThat(wednesday("Salvage teams had been expected to reach the stranded tanker on Wednesday."))
                .isEqualTo("2026-02-25");
        assertThat(wednesday("Salvage teams went out to visit the stranded tanker on Wednesday."))
                .isEqualTo("2026-02-25");
        assertThat(wednesday("Critics slated the film on Wednesday.")).isEqualTo("2026-02-25");
    }

    private static String wednesday(String text) {
        return TAGGER.tag(text, MONDAY).stream().filter(m -> m.text().equals("Wednesday")).findFirst().orElseThrow()
                .value();
    }
}
