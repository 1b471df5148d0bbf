package dev.storybrief.group.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which sentences announce a day still to come without "will", and which tell a done one. */
class SentenceTenseTest {
    @Test
    void aTimetablesPresentUntilAWeekdayAndExpectationsAnnounce() {
        assertThat(SentenceTense.announces("The Kinver to Holm crossing resumes on Tuesday, the operator said.")).isTrue();
        assertThat(SentenceTense.announces("Services restart from Monday.")).isTrue();
        assertThat(SentenceTense.announces("Brackwater Ferries suspended the crossing until Tuesday.")).isTrue();
        assertThat(SentenceTense.announces("The operator expects to restart the crossing on Tuesday.")).isTrue();
        assertThat(SentenceTense.announces("A ruling is expected on Monday.")).isTrue();
        assertThat(SentenceTense.announces("The inquiry opens next week.")).isTrue();
        assertThat(SentenceTense.announces("The council said it would vote on Friday.")).as("future() counts").isTrue();
    }

    @Test
    void doneEventsDoNotAnnounce() {
        assertThat(SentenceTense.announces("The crossing resumed on Tuesday, the operator said.")).isFalse();
        assertThat(SentenceTense.announces("The strike ended on Sunday.")).isFalse();
        assertThat(SentenceTense.announces("The shop was open on Sunday.")).isFalse();
        assertThat(SentenceTense.announces("Passengers on Saturday's ferry were taken off by lifeboats.")).isFalse();
        assertThat(SentenceTense.announces("He worked at the yard until 1990.")).isFalse();
    }
}
