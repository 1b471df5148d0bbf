package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The day of an event someone is invited, called or summoned to lies ahead of the call, whatever the call's tense
 * (made-up sentences, TIMEX3 values); the call's own day, a call that is over and an event that is no call's object
 * keep the clause's past.
 */
class CalledEventsAheadTest {

    /** Monday, 23 November 2026: the Wednesday gone by is the 18th, the coming one the 25th. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    /** "Talks on Wednesday", "a strike from Thursday", "a vote on Friday" after a call or an invitation: ahead. */
    @Test
    void theEventCalledOrInvitedToIsTheComingDay() {
        OneMention.expect(MONDAY, "The mediator invited both sides to talks on Wednesday.", "Wednesday",
                TimexType.DATE, "2026-11-25");
        OneMention.expect(MONDAY, "The union called a strike from Thursday.", "Thursday", TimexType.DATE,
                "2026-11-26");
        OneMention.expect(MONDAY, "Rail workers call national strike from Thursday", "Thursday", TimexType.DATE,
                "2026-11-26");
        OneMention.expect(MONDAY, "The opposition called for a vote on Friday.", "Friday", TimexType.DATE,
                "2026-11-27");
        OneMention.expect(MONDAY, "The regulator summoned the chief executive to a hearing in Brussels on Tuesday.",
                "Tuesday", TimexType.DATE, "2026-11-24");
        OneMention.expect(MONDAY, "Both sides were invited to talks on Wednesday, a spokesman said.", "Wednesday",
                TimexType.DATE, "2026-11-25");
        OneMention.expect(MONDAY, "The mediator invited both sides to Wednesday's talks.", "Wednesday",
                TimexType.DATE, "2026-11-25");
    }

    /** The call's own day, a call told in the past perfect, and an event that is not what was called stay past. */
    @Test
    void theCallsOwnDayAndOtherEventsStayPast() {
        OneMention.expect(MONDAY, "The union called on Wednesday for talks.", "Wednesday", TimexType.DATE,
                "2026-11-18");
        OneMention.expect(MONDAY, "The union had called a strike from Thursday, but it was called off.", "Thursday",
                TimexType.DATE, "2026-11-19");
        OneMention.expect(MONDAY, "The mayor called for calm after a protest on Wednesday.", "Wednesday",
                TimexType.DATE, "2026-11-18");
        OneMention.expect(MONDAY, "Police were called to a protest on Wednesday.", "Wednesday", TimexType.DATE,
                "2026-11-18");
        OneMention.expect(MONDAY, "The prime minister called a snap election on Wednesday.", "Wednesday",
                TimexType.DATE, "2026-11-18");
        OneMention.expect(MONDAY, "The union called off the strike on Thursday.", "Thursday", TimexType.DATE,
                "2026-11-19");
        // right after the verb a possessive day is named, not convened
        OneMention.expect(MONDAY, "The union called Thursday's strike a success.", "Thursday", TimexType.DATE,
                "2026-11-19");
    }
}
