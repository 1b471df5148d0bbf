package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays: {@code Monday}, {@code on Wednesday}, {@code last Friday}, {@code next Tuesday}, and a part of one,
 * {@code Monday night} (TIMEX3 TIME {@code 2011-10-24TNI}).
 *
 * <p>A bare weekday is the most recent such day on or before the article date, or the next one on or after it when
 * the clause is about the future ("will cease operations on Monday"). {@code last X} is strictly before the article
 * date and {@code next X} strictly after, as is {@code this coming X} ("the upcoming X", "coming X": what is
 * announced as coming is still ahead whatever the verb's tense). A possessive weekday ("Wednesday's ruling") is on or
 * before the article date whatever the clause's tense, unless announced as coming ("ahead of Friday's vote"). The day
 * of an event one is invited or called to ("talks on Wednesday", "a strike from Thursday") is ahead
 * ({@link ConvenedEvents}). Names that contain a weekday
 * ("Sunday Times", "Good Friday") are skipped.
 */
final class WeekdayRule implements TemporalRule {

    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])(?:(?<mod>[Ll]ast|[Nn]ext"
            + "|(?:(?:[Tt]his|[Tt]he)\\s+)?(?:[Uu]p)?[Cc]oming|[Tt]his)\\s+)?"
            + "(?<day>" + MonthNames.WEEKDAY + ")(?![\\p{L}])(?:\\s+(?<part>morning|afternoon|evening|night))?");
    private static final Set<String> HOLIDAY_PREFIXES = Set.of("Good", "Black", "Super", "Ash", "Palm", "Easter",
            "Bloody", "Holy", "Cyber", "Maundy", "Shrove", "Fat", "Whit", "Blue");
    private static final Pattern ANNOUNCED_AHEAD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:ahead\\s+of|upcoming|coming|until|till|awaiting)\\s+$");
    /** A weekday and "and"/"or" right before another weekday: "Monday and " in "for Monday and Tuesday". */
    private static final Pattern JOINED_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + MonthNames.WEEKDAY
            + ")\\s+(?:and|or)\\s+$");
    private static final Set<String> PREPOSITIONS = Set.of("on", "by", "since", "until", "till", "from", "before",
            "after", "through", "late", "early");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = WEEKDAY.matcher(sentence);
        while (matcher.find()) {
            String mod = matcher.group("mod") == null ? "" : matcher.group("mod").toLowerCase(Locale.ROOT);
            // "Monday and Tuesday nights" recur every week: the set rule's
            if (isPartOfName(sentence, matcher, mod) || mod.isEmpty() && SetRule.RECURRING_WEEKDAY.matcher(sentence)
                    .region(matcher.start(), sentence.length()).lookingAt()) {
                continue;
            }
            String value = null;
            if (anchor.isKnown()) {
                DayOfWeek day = MonthNames.weekday(matcher.group("day"));
                Tense tense = TenseCues.around(sentence, matcher.start(), matcher.end());
                // "the school is closed until Friday": a deadline or a span's end in a clause not told in the past
                // is still to come ("stayed closed until Friday" keeps the past); so is the day a thing is set for,
                // "sailings are suspended for Monday and Tuesday"
                String previous = governingWord(sentence, matcher.start());
                if (tense == Tense.UNKNOWN && mod.isEmpty()
                        && (TenseCues.isDeadlinePreposition(previous) || previous.equals("for"))) {
                    tense = Tense.FUTURE;
                }
                // "cancelled all sailings until Thursday", "are cancelled until Thursday, it said": the end of the state
                // is still to come, whatever the tense of the act or of the reporting verb
                if (tense == Tense.PAST && mod.isEmpty() && StateEnds.endsAStateSetByAnAct(sentence, matcher.start())) {
                    tense = Tense.FUTURE;
                }
                // "invited both sides to talks on Wednesday", "called a strike from Thursday": what one is invited or
                // called to follows the call, whatever its tense; so is "Wednesday's talks" after "invited both sides to"
                boolean possessive = isPossessive(sentence, matcher.end());
                boolean called = mod.isEmpty() && (possessive
                        ? ConvenedEvents.namesACalledEvent(sentence, matcher.start(), matcher.end())
                        : ConvenedEvents.datesACalledEvent(sentence, matcher.start()));
                if (called) {
                    tense = Tense.FUTURE;
                }
                // "Friday's decision", "Wednesday's ruling": news names an event by its day once it has happened,
                // and the clause's tense belongs to another verb ("they would look for ways around Wednesday's ruling")
                if (possessive && !called && !isAnnouncedAhead(sentence, matcher.start())
                        && !(tense == Tense.FUTURE && isTomorrow(day, anchor.articleDate()))) {
                    tense = Tense.PAST;
                }
                value = CalendarValues.day(resolve(day, mod, anchor.articleDate(), tense));
            }
            String part = matcher.group("part");
            found.add(part == null
                    ? TemporalRule.mention(sentence, matcher.start(), matcher.end(), value, Granularity.DAY, true)
                    : TemporalRule.timeOfDay(sentence, matcher.start(), matcher.end(), value,
                            CalendarValues.partOfDay(part), true));
        }
    }

    /**
     * The lower-case word governing the weekday at {@code start}: the word before it, or, for the second of two
     * joined weekdays ("for Monday and Tuesday", "until Monday or Tuesday"), the word before the first.
     */
    private static String governingWord(String sentence, int start) {
        int from = Math.max(0, start - 24); // "Wednesday and " is the longest joined weekday
        Matcher joined = JOINED_BEFORE.matcher(sentence.substring(from, start));
        return Words.before(sentence, joined.find() ? from + joined.start() : start).toLowerCase(Locale.ROOT);
    }

    static LocalDate resolve(DayOfWeek day, String mod, LocalDate article, Tense tense) {
        return switch (mod.endsWith("coming") ? "next" : mod) {
            case "last" -> article.with(TemporalAdjusters.previous(day));
            case "next" -> article.with(TemporalAdjusters.next(day));
            default -> CalendarChoices.weekday(day, article, tense);
        };
    }

    /**
     * "The plan is expected to be announced after Sunday's elections" in a Saturday article: a day named in a clause
     * about the future that is tomorrow is tomorrow's; the same weekday six days back would be a past event in a
     * clause about the future.
     */
    private static boolean isTomorrow(DayOfWeek day, LocalDate article) {
        return article.plusDays(1).getDayOfWeek() == day;
    }

    /** "ahead of Friday's vote", "the upcoming Friday's": the event named by its day is still to come. */
    private static boolean isAnnouncedAhead(String sentence, int start) {
        return ANNOUNCED_AHEAD.matcher(sentence.substring(Math.max(0, start - 24), start)).find();
    }

    private static boolean isPossessive(String sentence, int end) {
        return sentence.startsWith("'s", end) || sentence.startsWith("’s", end);
    }

    private static boolean isPartOfName(String sentence, Matcher matcher, String mod) {
        String previous = Words.before(sentence, matcher.start());
        if (HOLIDAY_PREFIXES.contains(previous)) {
            return true;
        }
        String next = Words.after(sentence, matcher.end());
        boolean capitalisedNext = Words.isCapitalised(next) && !next.matches(MonthNames.FULL);
        boolean introduced = !mod.isEmpty() || PREPOSITIONS.contains(previous.toLowerCase(Locale.ROOT));
        return capitalisedNext && !introduced && matcher.end() < sentence.length()
                && Character.isWhitespace(sentence.charAt(matcher.end()));
    }
}
