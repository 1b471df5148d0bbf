package dev.storybrief.analyze.time;

import dev.storybrief.model.CountedLength;
import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import dev.storybrief.model.TimexValues;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates counted from another date rather than from the article: {@code the next day}, {@code the following week},
 * {@code the previous Friday},
 * {@code a day later}, {@code two days earlier}, {@code a day after}, {@code the day before}, and {@code that year},
 * {@code earlier that day}, {@code that night} after a date in their sentence, or opening a sentence after a date the
 * article named.
 *
 * <p>The anchor is the nearest resolved date earlier in the same sentence that is at least as precise as the unit
 * counted ("in 1975 ... the following year"), otherwise the reference date (the
 * narrative date the caller passes, by default the article date). "{@code The following month}" and "{@code the
 * previous Friday}" are only ever anaphoric ("next month" is the reader's; "the next week" is the story's only after a
 * date of its sentence or in a past told after a date, see {@link #isToldStep}), and so are "{@code two days later}" and
 * "{@code a year earlier}" (where "ago" counts from the writing, they count from the time the narrative has reached):
 * without a date in their sentence they count from the last date the article named before them, as HeidelTime resolves
 * its reference-date expressions, unless that would put a past after the article's day. "{@code a day after} <event>" and
 * "{@code a day before} <event>" take the value of the event they introduce: in "Friday's decision comes a day after
 * the Council voted", the mention resolves to Thursday, the day of the vote. Without a following event ("he left a
 * day after") they mean the same as "a day later". A count that cannot be dated ("Three days later, the index
 * recovered" with no date before it: a past told after the article date) is left to the duration rule, which tags
 * the length as TimeML does.
 */
final class AnaphoricRule implements TemporalRule {

    private static final Pattern NEXT = Pattern.compile("(?<![\\p{L}])[Tt]he\\s+"
            + "(?<rel>next|following|previous|preceding)"
            + "\\s+(?<unit>day|morning|weekend|week|month|year|" + MonthNames.WEEKDAY + ")(?![\\p{L}])");
    private static final Pattern OFFSET = Pattern.compile("(?<![\\p{L}\\d-])(?i:(?<n>" + NumberWords.CARDINAL
            + "|the))\\s+(?<unit>day|week|month|year)(?<plural>s?)\\s+(?<dir>later|earlier|afterwards?|after|before)(?![\\p{L}])");
    /**
     * After "after"/"before", any word but a pronoun pointing back ("a day after that") starts the name of an event
     * ("two days after part of the bridge fell", "a day after the vote").
     */
    private static final Pattern EVENT_START = Pattern.compile("\\s+(?!(?i:that|this|which|it|then)(?![\\p{L}]))\\p{L}.*",
            Pattern.DOTALL);
    /**
     * "in 1988, a small share of the imports that year", "Earlier that day", "that night": a unit named by "that" or
     * "the same" is the one of the date the sentence named before it (TimeML tags it with that date's value, a part
     * of the day as the TIME of that day, "that weekend" as the weekend of that date's week, {@code 2026-W10-WE});
     * with no such date it is left alone inside its clause, as it is as often
     * generic there ("losses on trades made that day"), unless it opens its sentence ({@link #FRAME_LEAD}).
     */
    private static final Pattern THAT = Pattern.compile("(?<![\\p{L}])(?:(?:[Ee]arlier|[Ll]ater)\\s+)?"
            + "(?:[Tt]hat|[Tt]he\\s+same)\\s+(?<unit>day|week|weekend|month|year|morning|afternoon|evening|night)"
            + "(?![\\p{L}-])");
    /**
     * What may stand before a "that day" that opens its sentence: nothing, a conjunction, or the preposition of a
     * time ("On that day", "By that night"). News fronts such a phrase to move the story to the time it names, so
     * it is the day the article last named (TimeML anchors it to the narrative's time; HeidelTime resolves it
     * against the last date mentioned): "Slepian was killed on Oct. 23. Earlier that day, the family sent a fax".
     */
    private static final Pattern FRAME_LEAD = Pattern.compile("[\\s\"'\u201c\u2018(]*"
            + "(?:(?i:and|but|also|then|on|by|until|since|during|throughout|from|at|in)\\s+)*");
    private static final Set<String> PART_OF = Set.of("later", "earlier", "late", "early");
    private static final Set<String> DURATION_LEAD = Set.of("over", "for", "within", "during", "throughout", "in");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        List<TemporalMention> earlier = List.copyOf(found);
        Matcher next = NEXT.matcher(sentence);
        while (next.find()) {
            String unit = next.group("unit");
            boolean dayUnit = unit.equals("day") || unit.equals("morning");
            String previous = Words.before(sentence, next.start()).toLowerCase(Locale.ROOT);
            boolean durationLike = DURATION_LEAD.contains(previous);
            String rel = next.group("rel");
            if (durationLike || !dayUnit && rel.equals("next") && !isToldStep(sentence, next, anchor, earlier,
                    unit.equals("weekend") ? Granularity.DAY : granularity(unit))) {
                continue;
            }
            int step = rel.equals("next") || rel.equals("following") ? 1 : -1;
            if (unit.equals("weekend")) {
                addWeekend(sentence, next, anchor, earlier, step, found);
                continue;
            }
            DayOfWeek weekday = dayUnit || !Character.isUpperCase(unit.charAt(0)) ? null : MonthNames.weekday(unit);
            add(sentence, next, anchor, earlier, dayUnit || weekday != null ? Granularity.DAY : granularity(unit),
                    step, weekday, !rel.equals("next"), false, false, null, found);
        }
        Matcher that = THAT.matcher(sentence);
        while (that.find()) {
            String part = CalendarValues.partOfDay(that.group("unit"));
            boolean weekend = that.group("unit").equals("weekend");
            Granularity unit = part != null || weekend ? Granularity.DAY : granularity(that.group("unit"));
            LocalDate named = anchorDate(earlier, that.start(), unit, null);
            if (named == null && FRAME_LEAD.matcher(sentence.substring(0, that.start())).matches()) {
                named = lastNamed(anchor.named(), unit);
            }
            if (named == null) {
                continue;
            }
            if (weekend) {
                found.add(TemporalRule.timex(sentence, that.start(), that.end(), TimexType.DATE,
                        TimexValues.isoWeek(named) + "-WE", true));
                continue;
            }
            found.add(part != null
                    ? TemporalRule.timeOfDay(sentence, that.start(), that.end(), CalendarValues.day(named), part, true)
                    : TemporalRule.mention(sentence, that.start(), that.end(), CalendarValues.render(named, unit),
                            unit, true));
        }
        Matcher offset = OFFSET.matcher(sentence);
        while (offset.find()) {
            String n = offset.group("n").toLowerCase(Locale.ROOT);
            // "later in the day before returning home": "in the day" is the day being told, and "before" opens what
            // followed it, so no day is counted
            if (n.equals("the") && isPartOfTheDayTold(sentence, offset.start())) {
                continue;
            }
            // "in the months after his victory" is a stretch of time of unknown length, not one month
            if (n.equals("the") && !offset.group("plural").isEmpty()) {
                String unit = offset.group("unit");
                found.add(TemporalRule.timex(sentence, offset.start(), offset.end("plural"), TimexType.DURATION,
                        "PX" + Character.toUpperCase(unit.charAt(0)), true));
                continue;
            }
            // "Oct. 12, the day before the stock market plunge": set beside a day, the phrase names that day
            TemporalMention apposed = n.equals("the") ? apposedDay(sentence, offset, earlier) : null;
            if (apposed != null) {
                found.add(TemporalRule.mention(sentence, offset.start(), offset.end(), apposed.value(),
                        Granularity.DAY, true));
                continue;
            }
            int amount = n.equals("the") ? 1 : NumberWords.value(n);
            // "the week before Christmas", "two days after May 1": the event is a date, so the count is one date
            // with it, counted from it (the holiday alone would put the strikes "planned for the week before
            // Christmas" on Christmas Day)
            TemporalMention event = dateRightAfter(sentence, offset, earlier);
            if (event != null) {
                Granularity unit = granularity(offset.group("unit"));
                int step = offset.group("dir").equalsIgnoreCase("before") ? -amount : amount;
                String value = CalendarValues.render(CalendarValues.shift(firstDay(event.calendarValue()), unit, step),
                        unit);
                found.add(TemporalRule.mention(sentence, offset.start(), event.end(), value, unit, event.relative()));
                continue;
            }
            int direction = direction(sentence, offset);
            boolean introducesEvent = introducesEvent(sentence, offset);
            boolean backToEvent = direction < 0 && offset.group("dir").equalsIgnoreCase("after");
            // "Two days later", "a year earlier", "he left a day after": counted from the time the narrative has
            // reached, the last date named before them (HeidelTime's reference date), as "the following month" is;
            // "a day after the vote" counts from its event instead. "Three days later" that no date can be counted
            // for is the length the duration rule finds, as TimeML tags it
            // TimeML tags the count before an event as the duration it is ("one year" P1Y, "after" a signal); the
            // date stays the mention's value, which the timeline reads
            CountedLength length = (introducesEvent || isNarrativeStepOfDays(offset)) && !n.equals("the")
                    ? new CountedLength(sentence.substring(offset.start(), offset.end("plural")),
                            "P" + amount + Character.toUpperCase(offset.group("unit").charAt(0)))
                    : null;
            add(sentence, offset, anchor, earlier, granularity(offset.group("unit")),
                    amount * direction, null, !introducesEvent, !n.equals("the"), backToEvent, length, found);
        }
    }

    /**
     * "The dam failed on March 3. The next week, engineers ..." / "... and the next weekend it rained": "the next"
     * week, month, year or weekend counts from a date only when the story has one to count from, a date before it in
     * its sentence or, told in the past, the last date the article named; otherwise it is the reader's "next week"
     * ("the talks resume the next week"), which the deictic rules read, or a stretch ahead ("in the next week").
     */
    private static boolean isToldStep(String sentence, Matcher next, Anchor anchor, List<TemporalMention> earlier,
                                      Granularity unit) {
        if (anchorDate(earlier, next.start(), unit, null) != null) {
            return true;
        }
        return TenseCues.around(sentence, next.start(), next.end()) == Tense.PAST
                && lastNamed(anchor.named(), unit) != null;
    }

    /**
     * "The talks opened on March 3. The following weekend, protesters gathered": the weekend after (or, "previous",
     * before) the day the story is at, a date before it in its sentence or the last the article named, TIMEX3
     * {@code 2026-W10-WE}; the day's own weekend is neither. With no day to count from, "the following weekend" is left
     * untagged and "the next weekend" to the weekend rule, which counts from the article.
     */
    private static void addWeekend(String sentence, Matcher matcher, Anchor anchor, List<TemporalMention> earlier,
                                   int step, List<TemporalMention> found) {
        LocalDate base = anchorDate(earlier, matcher.start(), Granularity.DAY, lastNamed(anchor.named(),
                Granularity.DAY));
        if (base == null) {
            return;
        }
        LocalDate saturday = step > 0 ? base.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                : base.getDayOfWeek() == DayOfWeek.SUNDAY ? base.minusDays(8)
                : base.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        found.add(TemporalRule.timex(sentence, matcher.start(), matcher.end(), TimexType.DATE,
                TimexValues.isoWeek(saturday) + "-WE", true));
    }

    /**
     * "Three days later, the index recovered", "A day earlier, trucks crossed": a count of days that moves the
     * narrative on is tagged by TimeML as the length it counts, "later" or "earlier" the signal (the tuning parts tag
     * 3 of 3 so: P1D, P3D, PXD), where the year of a comparison ("up from $2 million a year earlier") is tagged as the
     * year it names (TimeBank 52 times). The date stays the mention's value, which the timeline reads.
     */
    private static boolean isNarrativeStepOfDays(Matcher offset) {
        String dir = offset.group("dir").toLowerCase(Locale.ROOT);
        return offset.group("unit").equalsIgnoreCase("day") && (dir.equals("later") || dir.equals("earlier"));
    }

    /**
     * The day-exact date that the "after"/"before" of a count opens ("the week before [Christmas]"), or null: the
     * event counted from is then a date of its own.
     */
    private static TemporalMention dateRightAfter(String sentence, Matcher offset, List<TemporalMention> earlier) {
        String dir = offset.group("dir").toLowerCase(Locale.ROOT);
        if (!dir.equals("after") && !dir.equals("before")) {
            return null;
        }
        int at = offset.end();
        while (at < sentence.length() && Character.isWhitespace(sentence.charAt(at))) {
            at++;
        }
        for (TemporalMention m : earlier) {
            if (m.start() == at && m.isCalendarDate() && m.granularity() == Granularity.DAY) {
                return m;
            }
        }
        return null;
    }

    /**
     * The day "the day before/after ..." stands in apposition to ("Oct. 12, the day before the plunge", "on Monday,
     * the day after the vote"), or null: such a phrase describes the day just named rather than counting from it.
     */
    private static TemporalMention apposedDay(String sentence, Matcher offset, List<TemporalMention> earlier) {
        if (!offset.group("unit").equalsIgnoreCase("day")) {
            return null;
        }
        for (TemporalMention m : earlier) {
            if (m.end() <= offset.start() && m.isCalendarDate() && m.granularity() == Granularity.DAY
                    && m.value() != null && sentence.substring(m.end(), offset.start()).matches("\\s*,\\s*")) {
                return m;
            }
        }
        return null;
    }

    /** "later in the day", "early in the year": the phrase that starts at {@code start} is a part of the time told. */
    private static boolean isPartOfTheDayTold(String sentence, int start) {
        String in = Words.before(sentence, start);
        if (!in.equalsIgnoreCase("in")) {
            return false;
        }
        int inStart = sentence.lastIndexOf(in, start);
        return PART_OF.contains(Words.before(sentence, inStart).toLowerCase(Locale.ROOT));
    }

    /** "The previous Friday": the Friday strictly before (or, following, after) the day counted from. */
    private static LocalDate weekdayFrom(LocalDate base, DayOfWeek weekday, int step) {
        LocalDate day = base.plusDays(step);
        while (day.getDayOfWeek() != weekday) {
            day = day.plusDays(step);
        }
        return day;
    }

    private static void addDay(String sentence, Matcher matcher, LocalDate day, List<TemporalMention> found) {
        found.add(TemporalRule.mention(sentence, matcher.start(), matcher.end(),
                day == null ? null : CalendarValues.day(day), Granularity.DAY, true));
    }

    /** +1 for later; -1 for earlier; "after"/"before" followed by an event name that event, so the sign flips. */
    private static int direction(String sentence, Matcher offset) {
        String dir = offset.group("dir").toLowerCase(Locale.ROOT);
        int plain = dir.equals("later") || dir.startsWith("after") ? 1 : -1;
        return introducesEvent(sentence, offset) ? -plain : plain;
    }

    /** "A day after the vote", "two days before the quake": "after"/"before" opens the name of the event counted from. */
    private static boolean introducesEvent(String sentence, Matcher offset) {
        String dir = offset.group("dir").toLowerCase(Locale.ROOT);
        return (dir.equals("after") || dir.equals("before"))
                && EVENT_START.matcher(sentence.substring(offset.end())).matches();
    }

    private static Granularity granularity(String unit) {
        return Granularity.valueOf(unit.toUpperCase(Locale.ROOT));
    }

    private static void add(String sentence, Matcher matcher, Anchor anchor, List<TemporalMention> earlier,
                            Granularity granularity, int step, DayOfWeek weekday, boolean onlyAnaphoric,
                            boolean lengthIfUndated, boolean backToEvent, CountedLength length,
                            List<TemporalMention> found) {
        LocalDate inSentence = anchorDate(earlier, matcher.start(), granularity, null);
        // "the following month" never counts from the day it is read, as "next month" does: with no date before it
        // in its sentence, it counts from the last date the article named
        LocalDate named = onlyAnaphoric ? lastNamed(anchor.named(), granularity) : null;
        if (named != null && weekday == null && inSentence == null && anchor.articleDate() != null
                && CalendarValues.shift(named, granularity, step).isAfter(anchor.articleDate())
                && TenseCues.around(sentence, matcher.start(), matcher.end()) == Tense.PAST) {
            // a past cannot lie after the day it is told: "Two days later, it closed" after a date of next week
            // counts from no date named
            named = null;
        }
        LocalDate base = inSentence != null ? inSentence : named != null ? named : anchor.referenceDate();
        if (weekday != null) {
            addDay(sentence, matcher, base == null ? null : weekdayFrom(base, weekday, step), found);
            return;
        }
        // "two older men were found the next morning" in a past narrative with no date of its own: the morning after
        // the article appeared cannot be told in the past, and no earlier date says which morning it was. Nor does
        // "he was trapped by an aftershock two days after the quake" count back from the article's day, as "the
        // rescue comes 14 days after the quake" does: its "now" is a past moment the sentence does not date
        // (the event after "after" is always past; the sentence's own clause, before the count, tells which "now")
        String told = backToEvent ? sentence.substring(0, matcher.end()) : sentence;
        boolean pastAfterArticle = inSentence == null && (step > 0 || backToEvent) && base != null
                && base.equals(anchor.articleDate())
                && TenseCues.around(told, matcher.start(), matcher.end()) == Tense.PAST;
        String value = base == null || pastAfterArticle ? null
                : CalendarValues.render(CalendarValues.shift(base, granularity, step), granularity);
        if (pastAfterArticle && !lengthIfUndated && !backToEvent) {
            value = countedFromTheStoryTold(anchor, granularity, step);
        }
        if (value == null && lengthIfUndated && base != null) {
            return;
        }
        found.add(new TemporalMention(matcher.start(), matcher.end(), matcher.group(), TimexType.DATE, value,
                granularity, true, length));
    }

    /**
     * "He appeared in court Tuesday. ... He looked healthy when he appeared the next morning": a past told after a day
     * the article named is counted from that day, as TimeML anchors an anaphoric expression to the time the narrative
     * has reached (and HeidelTime resolves it against the last date mentioned). Only a day before the article's own
     * counts, and only a result not after it: a past cannot lie after the day it is told; otherwise no date.
     */
    private static String countedFromTheStoryTold(Anchor anchor, Granularity granularity, int step) {
        LocalDate told = lastNamed(anchor.named(), granularity);
        if (told == null || anchor.articleDate() == null || !told.isBefore(anchor.articleDate())) {
            return null;
        }
        LocalDate counted = CalendarValues.shift(told, granularity, step);
        return counted.isAfter(anchor.articleDate()) ? null : CalendarValues.render(counted, granularity);
    }

    /**
     * The nearest resolved date before {@code before} that is at least as precise as the unit counted ("the following
     * year" may count from "1975", "the next day" only from a day), else the fallback.
     */
    private static LocalDate anchorDate(List<TemporalMention> earlier, int before, Granularity unit,
                                        LocalDate fallback) {
        TemporalMention nearest = null;
        for (TemporalMention mention : earlier) {
            boolean usable = mention.end() <= before && mention.isCalendarDate()
                    && mention.granularity().compareTo(unit) <= 0;
            if (usable && (nearest == null || mention.end() > nearest.end())) {
                nearest = mention;
            }
        }
        return nearest == null ? fallback : firstDay(nearest.calendarValue());
    }

    /** The last date named in earlier sentences (offsets of other sentences do not compare) as precise as the unit. */
    private static LocalDate lastNamed(List<TemporalMention> named, Granularity unit) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (named.get(i).granularity().compareTo(unit) <= 0) {
                return firstDay(named.get(i).calendarValue());
            }
        }
        return null;
    }

    /** "2011" and "2011-10" count from their first day. */
    private static LocalDate firstDay(String value) {
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case 7 -> LocalDate.parse(value + "-01");
            default -> LocalDate.parse(value);
        };
    }
}
