package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventClausesTest {
    private static String around(String sentence, String date) {
        int start = sentence.indexOf(date);
        return EventClauses.around(sentence, start, start + date.length());
    }

    @Test
    void aSentenceWithTwoDatedEventsGivesEachItsOwnClause() {
        String s = "The council closed the old pier on March 9, before reopening the ferry terminal on March 30.";
        assertThat(around(s, "March 9")).isEqualTo("The council closed the old pier on March 9");
        assertThat(around(s, "March 30")).isEqualTo("Reopening the ferry terminal on March 30.");
    }

    @Test
    void aReportingClauseGivesWayToWhatWasReported() {
        String s = "The harbour will stay closed until the repairs end, officials said on Monday.";
        assertThat(around(s, "Monday")).isEqualTo("The harbour will stay closed until the repairs end");
    }

    @Test
    void aOneClauseSentenceIsItsOwnDescription() {
        String s = "The harbour council voted on Tuesday to close the old ferry terminal.";
        assertThat(around(s, "Tuesday")).isEqualTo(s);
    }
}
