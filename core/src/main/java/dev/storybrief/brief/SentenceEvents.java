package dev.storybrief.brief;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexSpan;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events one sentence reports, each clause with the date of its own event: "Rescuers found the last missing
 * person dead on Thursday, bringing the toll from Monday's landslide to seven" reports Thursday's find; Monday is
 * only named, as the day of an earlier event the sentence refers back to. Both the briefing's timeline and the
 * {@code timeline} command date a sentence this way, so a day is told by what happened on it.
 *
 * @param byClause   each dated clause with the date of its event, in text order
 * @param clauseOnly whether a clause must be shown alone: a dateline above it dates the writing, not the other words
 */
public record SentenceEvents(Map<String, TimexSpan> byClause, boolean clauseOnly) {
    /** Read once, not copied: the map is built here and never changed. */
    public SentenceEvents {
        byClause = Collections.unmodifiableMap(byClause);
    }

    /**
     * The dated clauses of a sentence.
     *
     * @param sentence  the sentence's text
     * @param mentions  its date expressions, offsets in the article's text
     * @param offset    where the sentence starts in the article's text
     * @param published its article's publication date, or null
     */
    public static SentenceEvents of(String sentence, List<TimexSpan> mentions, int offset, LocalDate published) {
        Map<String, TimexSpan> byClause = new LinkedHashMap<>();
        Set<String> datedByWeaker = new HashSet<>();
        // a dateline's date is the day of writing; another date of the sentence is its event's ("... failed on
        // 28 December" under "CARROW VALE, 29 December 2026 -")
        boolean otherDates = mentions.stream().filter(TimexSpan::isCalendarDate).count() > 1;
        boolean clauseOnly = false;
        for (TimexSpan m : mentions) {
            int start = m.start() - offset;
            int end = m.end() - offset;
            // a sentence that is nothing but a dateline ("Madrid, 15 de agosto de 2026") tells no event
            if (EventClauses.isDatelineAlone(sentence, start, end)) {
                continue;
            }
            if (otherDates && EventClauses.isDateline(sentence, start, end)) {
                clauseOnly = true;
                continue;
            }
            if (!m.isCalendarDate() || m.granularity() == Granularity.WEEK || isOwnYear(m, published)
                    || EventClauses.isEndpoint(sentence, start) || EventClauses.datesNoEvent(sentence, start)) {
                continue;
            }
            // "sailings are cancelled until Thursday" in a Tuesday article: the state's end is still to come and is
            // no event; the act that set it has its own date or none
            if (EventClauses.isStateEnd(sentence, start) && TimelineBuilder.startsAfter(m.calendarValue(), published)) {
                continue;
            }
            String clause = EventClauses.around(sentence, start, end);
            boolean weaker = EventClauses.givesWay(sentence, start, end);
            TimexSpan before = byClause.get(clause);
            if (before == null || betterDate(m, weaker, before, datedByWeaker.contains(clause))) {
                byClause.put(clause, m);
                if (weaker) {
                    datedByWeaker.add(clause);
                } else {
                    datedByWeaker.remove(clause);
                }
            }
        }
        return new SentenceEvents(byClause, clauseOnly);
    }

    /** The days (dates known to the day) of the events the sentence reports, in text order. */
    public Set<LocalDate> days() {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (TimexSpan m : byClause.values()) {
            if (m.granularity() == Granularity.DAY) {
                days.add(LocalDate.parse(m.calendarValue()));
            }
        }
        return days;
    }

    /**
     * Whether a clause's date {@code m} tells its event better than the one kept so far: "lavrava desde 9 de
     * novembro ... foi dado como dominado na quarta-feira" is Wednesday's event, the start of the state it ended
     * gives way to it, and so do an event named by its day ("Monday's crash") and a date in a relative clause inside
     * the subject ({@link EventClauses#givesWay}); otherwise the more precise date wins.
     */
    private static boolean betterDate(TimexSpan m, boolean weaker, TimexSpan kept, boolean keptWeaker) {
        if (weaker != keptWeaker) {
            return keptWeaker;
        }
        return m.calendarValue().length() > kept.calendarValue().length();
    }

    /** "This year" or "2011" in a 2011 article places nothing on a timeline of that year. */
    private static boolean isOwnYear(TimexSpan m, LocalDate published) {
        return m.granularity() == Granularity.YEAR && published != null
                && m.value().equals(String.valueOf(published.getYear()));
    }
}
