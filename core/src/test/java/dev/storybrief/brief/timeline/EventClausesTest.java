package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventClausesTest {
    private static String around(String sentence, String date) {
        int start = sentence.indexOf(date);
        return EventClauses.around(sentence, start, start + date.length());
    }

    @Test
    void aSentenceWithTwoDatedEventsGivesEachItsOwnClause() {
        String s = "The council closed the old pier on March 9, before reopening the ferry terminal on March 30.";
        assertThat(around(s, "March 9")).isEqualTo("The council closed the old pier on March 9");
        assertThat(around(s, "March 30")).as("a participle clause shares the sentence's subject")
                .isEqualTo("The council … reopening the ferry terminal on March 30.");
        String t = "A coalition led by the port and the county launched the works on March 9, before handing over"
                + " command to the harbour board on March 30.";
        assertThat(around(t, "March 30"))
                .isEqualTo("A coalition led by the port and the county … handing over command to the harbour board on"
                        + " March 30.");
        String u = "Crews of the old ferry line on the river, all of them volunteers from the rowing club and the town,"
                + " worked on March 9, before reopening the terminal on March 30.";
        assertThat(around(u, "March 30")).as("no subject that short").isEqualTo("Reopening the terminal on March 30.");
    }

    /**
     * A date inside a relative clause stays with the main clause around it: "the engineer who designed the road ...
     * on Tuesday" does not say whether Tuesday is the designing or the questioning, and the relative clause made a
     * sentence of its own ("The engineer designed the road on Tuesday") would be a statement no outlet made.
     */
    @Test
    void aDateInARestrictiveRelativeClauseKeepsItsMainClause() {
        String q = "Prosecutors questioned the engineer who designed the forest road above the village on Tuesday.";
        assertThat(around(q, "Tuesday")).isEqualTo(q);
        String s = "Police detained the captain of the ferry that sank off Orlan Island on Sunday, as divers searched"
                + " the wreck.";
        assertThat(around(s, "Sunday")).isEqualTo("Police detained the captain of the ferry that sank off Orlan Island"
                + " on Sunday");
        String t = "Officials named the engineer who was injured in the blast on Friday.";
        assertThat(around(t, "Friday")).isEqualTo(t);
        String u = "The man who drove the van was arrested on Thursday.";
        assertThat(around(u, "Thursday")).as("the main clause resumes at its own verb").isEqualTo(u);
        String v = "The authority confirms that a section of the pier collapsed on Monday.";
        assertThat(around(v, "Monday")).as("a complement clause opens with its subject, not a verb").isEqualTo(v);
    }

    /** A clock time's colon ("19:30") ends no clause; a dateline's date is the day of writing, not the event's. */
    @Test
    void aClockTimeIsNoBoundaryAndADatelineDateIsNoEvent() {
        String s = "HARBOUR TOWN, 29 December 2026 - The authority confirms that a section of the pier collapsed at"
                + " about 19:30 on 28 December 2026.";
        assertThat(around(s, "28 December 2026")).isEqualTo("The authority confirms that a section of the pier"
                + " collapsed at about 19:30 on 28 December 2026.");
        assertThat(EventClauses.isDateline(s, s.indexOf("29 December"), s.indexOf(" - "))).isTrue();
        int later = s.indexOf("28 December 2026");
        assertThat(EventClauses.isDateline(s, later, later + "28 December 2026".length())).isFalse();
        String t = "Harbour Town, 29 December 2026 - The pier collapsed.";
        assertThat(EventClauses.isDateline(t, t.indexOf("29"), t.indexOf(" - "))).isTrue();
        String u = "The pier collapsed, 29 December 2026 - a date the town will remember.";
        assertThat(EventClauses.isDateline(u, u.indexOf("29"), u.indexOf(" - "))).isFalse();
    }

    /** A subordinate clause opened without a comma ("even though", "because") tells its own event. */
    @Test
    void aSubordinateClauseWithoutACommaIsItsOwnEvent() {
        String s = "The council closed the pier even though the mayor asked it to wait, warning on Friday of job losses.";
        assertThat(around(s, "Friday")).isEqualTo("The mayor asked it to wait, warning on Friday of job losses.");
        String t = "The ferry stopped on May 4 because the pier had cracked.";
        assertThat(around(t, "May 4")).isEqualTo("The ferry stopped on May 4");
        String u = "The ferry stopped because of the storm on May 4.";
        assertThat(around(u, "May 4")).isEqualTo(u);
        String v = "\"We will not reopen it, because the pier is unsafe,\" the mayor wrote in a May 9 letter.";
        assertThat(around(v, "May 9")).isEqualTo(v);
    }

    /** The baseline of a comparison and what should have happened are no event's dates. */
    @Test
    void aComparisonsBaselineOrAnUnrealisedActDatesNoEvent() {
        String s = "Turnout was the lowest since at least 1990 and the first fall since 2009, officials said.";
        assertThat(EventClauses.datesNoEvent(s, s.indexOf("1990"))).isTrue();
        assertThat(EventClauses.datesNoEvent(s, s.indexOf("2009"))).isTrue();
        String t = "Inspectors said the pipe could have been replaced in 2020; it burst on Monday.";
        assertThat(EventClauses.datesNoEvent(t, t.indexOf("2020"))).isTrue();
        assertThat(EventClauses.datesNoEvent(t, t.indexOf("Monday"))).isFalse();
        String u = "The first flights since the crash resumed on Monday, and the line has run since 2009.";
        assertThat(EventClauses.datesNoEvent(u, u.indexOf("Monday"))).isFalse();
        assertThat(EventClauses.datesNoEvent(u, u.indexOf("2009"))).isFalse();
        String v = "The company said it would have the bridge reopened in 2027.";
        assertThat(EventClauses.datesNoEvent(v, v.indexOf("2027"))).isFalse();
    }

    /** A span's end or a deadline is no event: the timeline leaves such dates out. */
    @Test
    void aDeadlineOrTheEndOfASpanIsNoEventDate() {
        String s = "The council voted on May 2 to close the pier, despite a request to keep it open through December.";
        assertThat(EventClauses.isEndpoint(s, s.indexOf("December"))).isTrue();
        assertThat(EventClauses.isEndpoint(s, s.indexOf("May 2"))).isFalse();
        String t = "Crews will leave by 2027, ahead of the October 31 deadline, or by the end of the year.";
        assertThat(EventClauses.isEndpoint(t, t.indexOf("2027"))).isTrue();
        assertThat(EventClauses.isEndpoint(t, t.indexOf("October 31"))).isTrue();
        assertThat(EventClauses.isEndpoint(t, t.indexOf("the year") + 4)).isTrue();
        String v = "Between now and Monday, the ferries will keep running between May 2 and May 9 as planned.";
        assertThat(EventClauses.isEndpoint(v, v.indexOf("Monday"))).isTrue();
        assertThat(EventClauses.isEndpoint(v, v.indexOf("May 9"))).isTrue();
        assertThat(EventClauses.isEndpoint(v, v.indexOf("May 2"))).isFalse();
        String u = "He remained harbour master until March, when he retired.";
        assertThat(EventClauses.isEndpoint(u, u.indexOf("March"))).isFalse();
    }

    @Test
    void aReportingClauseGivesWayToWhatWasReported() {
        String s = "The harbour will stay closed until the repairs end, officials said on Monday.";
        assertThat(around(s, "Monday")).isEqualTo("The harbour will stay closed until the repairs end");
    }

    /** A speaker set off by commas goes with the reporting clause: the event never ends on a dangling name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The pier will reopen in June, the harbour board's chairman, Ann Vick, said on Friday.|The pier will reopen in June
            The pier will reopen in June, Ann Vick, the chairman of the harbour board, said on Friday.|The pier will reopen in June
            The pier will reopen in June, harbour officials and the contractor, said on Friday.|The pier will reopen in June, harbour officials and the contractor, said on Friday.
            The pier will reopen in June, said Ann Vick on Friday.|The pier will reopen in June
            """)
    void aSpeakerSetOffBeforeTheVerbGoesWithTheReportingClause(String sentence, String event) {
        assertThat(around(sentence, "Friday")).isEqualTo(event);
    }

    @Test
    void aOneClauseSentenceIsItsOwnDescription() {
        String s = "The harbour council voted on Tuesday to close the old ferry terminal.";
        assertThat(around(s, "Tuesday")).isEqualTo(s);
    }

    /** A relative clause set off by commas is never cut out of its sentence as a sentence of its own. */
    @Test
    void aDateInARelativeClauseBetweenCommasKeepsTheSentence() {
        String s = "The mayor pointed to remarks from the port's chief engineer, who said on Wednesday that the pier"
                + " could reopen in spring.";
        String t = "The ferry line, which resumed service on May 2, carried few passengers in its first week.";
        String u = "She is a founder of the rowing club, which was formed in June after the regatta.";
        String w = "Crowds mourned the death of Anna Berg, who was struck on Friday night outside her home.";
        String x = "Per Moe, 39, who had cooked for the crews since May 2, left the harbour.";
        String y = "The repairs were finished after the flood, which came on March 3 and closed the road.";
        assertThat(List.of(around(s, "Wednesday"), around(t, "May 2"), around(u, "June"), around(w, "Friday"),
                around(x, "May 2"), around(y, "March 3"))).containsExactly(s, t, u, w, x, y);
        String v = "The council voted on Tuesday to close the terminal, which angered the ferry workers, before the"
                + " strike.";
        assertThat(around(v, "Tuesday")).as("the usual clause boundaries still cut")
                .isEqualTo("The council voted on Tuesday to close the terminal, which angered the ferry workers");
    }

}
