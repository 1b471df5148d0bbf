package dev.storybrief.brief.timeline;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexSpan;
import dev.storybrief.model.TimexType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** A time of a known day: "2026-11-24TNI", "2026-11-24T23:00". */
    private static final Pattern PART_OF_A_KNOWN_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

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
        Map<String, TimexSpan> asides = new LinkedHashMap<>();
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
                    || EventClauses.isEndpoint(sentence, start) || EventClauses.datesNoEvent(sentence, start)
                    || EventClauses.namesEarlierEvent(sentence, start, end)
                    || EventClauses.datesAnAttribute(sentence, start, end)) {
                continue;
            }
            // "sailings are cancelled until Thursday" in a Tuesday article: the state's end is still to come and is
            // no event; the act that set it has its own date or none
            // nor is a deadline still to come ("We want a deal before Christmas" told in early December)
            if ((EventClauses.isStateEnd(sentence, start) || EventClauses.isDeadline(sentence, start))
                    && TimelineBuilder.startsAfter(m.calendarValue(), published)) {
                continue;
            }
            String clause = EventClauses.around(sentence, start, end);
            boolean weaker = EventClauses.givesWay(sentence, start, end);
            String aside = RelativeClauses.setOffAside(sentence, start, end);
            if (aside != null) {
                asides.put(aside, m);
            }
            TimexSpan before = byClause.get(clause);
            if (before == null || betterDate(m, weaker, before, datedByWeaker.contains(clause))
                    || toldGivesWay(sentence, offset, before, m)) {
                byClause.put(clause, m);
                if (weaker) {
                    datedByWeaker.add(clause);
                } else {
                    datedByWeaker.remove(clause);
                }
            }
        }
        toldNightBefore(sentence, mentions, offset, published, byClause);
        return new SentenceEvents(withAsides(sentence, asides, byClause), clauseOnly);
    }

    /**
     * "A nurse ... was found alive late last night, police said on Wednesday" in a Wednesday article: the clause's
     * one date is the telling's, the article's own day, and the event is the part of the day before it the clause
     * also names ("last night", a TIME whose day the tagger knows but leaves without a calendar precision, so that a
     * "last night" alone never makes a row of its own). Only when the telling carries the article's day: then the
     * night is plainly the one before the report, and the row of the telling would repeat the event a day late.
     */
    private static void toldNightBefore(String sentence, List<TimexSpan> mentions, int offset, LocalDate published,
                                        Map<String, TimexSpan> byClause) {
        if (published == null) {
            return;
        }
        for (Map.Entry<String, TimexSpan> entry : byClause.entrySet()) {
            TimexSpan told = entry.getValue();
            if (told.granularity() != Granularity.DAY || !told.calendarValue().equals(published.toString())
                    || !EventClauses.isToldOn(sentence, told.start() - offset)) {
                continue;
            }
            for (TimexSpan m : mentions) {
                if (m.type() == TimexType.TIME && m.granularity() == null && m.value() != null
                        && PART_OF_A_KNOWN_DAY.matcher(m.value()).matches()
                        && LocalDate.parse(m.value().substring(0, 10)).isBefore(published)
                        && told(entry.getKey(), EventClauses.around(sentence, m.start() - offset, m.end() - offset))) {
                    entry.setValue(new TimexSpan(m.start(), m.end(), m.sentence(), m.text(), m.type(), m.value(),
                            Granularity.DAY, m.relative()));
                    break;
                }
            }
        }
    }

    /**
     * "The strike, which began on Monday, ended on Wednesday" tells two events: the main clause's date dates the
     * sentence ({@link EventClauses#givesWay}), and the aside set off by commas, with its subject, is the row of its
     * own earlier event ("The strike, which began on Monday"), in the outlet's words. Only when its date lost the
     * sentence to another: alone, the aside's date dates the whole sentence as before. In text order.
     */
    private static Map<String, TimexSpan> withAsides(String sentence, Map<String, TimexSpan> asides,
                                                     Map<String, TimexSpan> byClause) {
        Set<TimexSpan> kept = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(byClause.values());
        Map<String, TimexSpan> lost = new LinkedHashMap<>();
        asides.forEach((aside, m) -> {
            // an aside of the main clause's own day tells no other event's day
            boolean ownDay = kept.stream().anyMatch(k -> k.calendarValue().equals(m.calendarValue()));
            if (!kept.contains(m) && !ownDay && !byClause.containsKey(aside)) {
                lost.put(aside, m);
            }
        });
        if (lost.isEmpty()) {
            return byClause;
        }
        List<Map.Entry<String, TimexSpan>> all = new java.util.ArrayList<>(byClause.entrySet());
        all.addAll(lost.entrySet());
        all.sort(java.util.Comparator.comparingInt(e -> e.getValue().start()));
        Map<String, TimexSpan> ordered = new LinkedHashMap<>();
        all.forEach(e -> ordered.putIfAbsent(e.getKey(), e.getValue()));
        return ordered;
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

    /**
     * Whether the clause's date {@code kept} is the day of a telling ("said yesterday that the council would meet the
     * administrators on Friday") and {@code m}, as precise, is the day of what was told: the row is of the meeting
     * (expected, when told before it), or the clause's only date of that event would be lost from the timeline. A
     * coarser date told ("said on Monday that in 2019 ...") leaves the day of the telling.
     */
    private static boolean toldGivesWay(String sentence, int offset, TimexSpan kept, TimexSpan m) {
        return EventClauses.isToldOn(sentence, kept.start() - offset) && !EventClauses.isToldOn(sentence, m.start() - offset)
                && m.calendarValue().length() >= kept.calendarValue().length();
    }

    /**
     * Whether the night's clause is what the telling reports: the telling's row shows the sentence without its
     * reporting clause, which holds the night's clause (and, under a dateline, the dateline before it).
     */
    private static boolean told(String reported, String clause) {
        return reported.toLowerCase(Locale.ROOT).contains(clause.toLowerCase(Locale.ROOT));
    }

    /** "This year" or "2011" in a 2011 article places nothing on a timeline of that year. */
    private static boolean isOwnYear(TimexSpan m, LocalDate published) {
        return m.granularity() == Granularity.YEAR && published != null
                && m.value().equals(String.valueOf(published.getYear()));
    }
}
