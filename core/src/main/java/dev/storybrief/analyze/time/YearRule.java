package dev.storybrief.analyze.time;

import dev.storybrief.model.Granularity;
import dev.storybrief.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bare years after a cue word: {@code in 2012}, {@code since 1998}, {@code mid-2013}, {@code post-1959} (politics),
 * {@code from 2001 to 2003}, {@code dating to 1994}, {@code back to 1990}.
 *
 * <p>A four-digit number alone is too often a count ("2000 troops"), so a year needs a preposition or time word
 * before it, or a determiner or possessive before it and a lower-case word after it ("the 1994 agreement", "a 1974
 * law", "Libya's 2011 uprising"; news style writes counts with a comma, "2,000 troops"). A year between a
 * determiner and a capitalised word names an event or a thing ("the 1996 Olympic bombing", "a 1971 Convention", "his
 * 1990 Anheuser estimate"): TimeML tags it as the year, but it is no date the story happens on, so it has no
 * granularity and timelines, anaphora and the grouping cue reader pass over it (read as a calendar year it joined two
 * events of one kind in story grouping, ECB+ B-cubed -0.003). Numbers such as {@code 26,000}, {@code 2011-12} or
 * {@code 1990s} never match.
 */
final class YearRule implements TemporalRule {

    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d$€£.,'’])(?<year>" + CalendarDateRule.YEAR
            + ")(?![\\d\\p{L}%]|[-–/]\\d|[.,]\\d)");
    private static final Set<String> CUES = Set.of("in", "since", "by", "until", "till", "through", "throughout",
            "during", "before", "after", "from", "of", "early", "late", "mid", "around", "circa", "year", "summer",
            "spring", "autumn", "winter", "fiscal", "into", "for", "between", "both", "due");
    /** Words before "to" that make the year after it a point back in time. */
    private static final Set<String> BACK_TO = Set.of("back", "dating", "dates", "date", "dated");
    /** Prefixes a year takes with a hyphen only ("post-1959"; "post 1990 results" is the verb). */
    private static final Set<String> PREFIXES = Set.of("pre", "post");
    /** Words before a year that TimeML counts as part of it: "early 1991", "mid-1996", "fiscal 1989". */
    private static final Pattern MODIFIER = Pattern.compile("(?:(?i:early|late|mid|fiscal)[\\s-]+)$");
    /** Words that stand before a count rather than before a year modifier: "the remaining 1500", "an estimated 1800". */
    private static final Set<String> COUNT_LEADS = Set.of("remaining", "other", "first", "last", "next", "additional",
            "estimated", "extra", "some", "nearly", "about", "almost", "around", "total", "further", "final", "original",
            "initial", "entire", "whole", "same", "more", "fewer", "less", "only", "just", "over", "roughly", "mere",
            "full", "approximately", "another", "reported", "record", "least", "most", "top", "past", "previous");
    private static final Set<String> RANGE_WORDS = Set.of("to", "and", "-", "–");
    /**
     * Units and counted nouns: a four-digit number before one counts it ("for 1974 hours", "2077 workers"); a year
     * never qualifies a unit, and news writes a year before a counted noun only as a name's modifier, after a
     * determiner and before a singular or a capitalised word ("the 1994 agreement", "the 1996 Olympics").
     */
    static final Set<String> COUNTED = Set.of("hours", "minutes", "seconds", "days", "weeks", "months", "years",
            "people", "persons", "workers", "employees", "residents", "volunteers", "students",
            "children", "passengers", "soldiers", "troops", "officers", "jobs", "homes", "houses",
            "households", "families", "books", "voters", "signatures", "visitors",
            "tourists", "patients", "victims", "refugees", "migrants", "prisoners", "km", "kilometres", "kilometers",
            "miles", "metres", "meters", "feet", "acres", "hectares", "tonnes", "tons", "kilograms", "kg", "litres",
            "liters", "gallons", "barrels");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher matcher = YEAR.matcher(sentence);
        while (matcher.find()) {
            if (COUNTED.contains(Words.after(sentence, matcher.end()).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (namesSomething(sentence, matcher.start())) {
                found.add(TemporalRule.timex(sentence, matcher.start(), matcher.end(), TimexType.DATE,
                        matcher.group("year"), false));
            } else if (isCued(sentence, matcher.start())) {
                Matcher modifier = MODIFIER.matcher(sentence.substring(Math.max(0, matcher.start() - 8),
                        matcher.start()));
                int start = modifier.find() ? matcher.start() - (modifier.end() - modifier.start()) : matcher.start();
                found.add(TemporalRule.mention(sentence, start, matcher.end(), matcher.group("year"),
                        Granularity.YEAR, false));
            }
        }
    }

    /** A lower-case word follows: "the 1994 agreement" (a year used as a modifier). */
    private static boolean isLowerCaseWordAfter(String sentence, int yearStart) {
        String next = Words.after(sentence, yearStart + 4);
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    /** "the 1996 Olympic bombing": a determiner or possessive before the year, a capitalised word after it. */
    private static boolean namesSomething(String sentence, int yearStart) {
        String previous = Words.before(sentence, yearStart).toLowerCase(Locale.ROOT);
        String next = Words.after(sentence, yearStart + 4);
        boolean determined = Words.isDeterminer(previous) || previous.endsWith("'s") || previous.endsWith("’s");
        return determined && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
    }

    /**
     * "His unsuccessful 1996 campaign", "the disputed 2000 election": a year modifier after a determiner and an
     * adjective, before a singular lower-case noun (TimeML tags the year). A count after an adjective ("the remaining
     * 1500 shares", "an estimated 1800 people") counts a plural, and the words that stand before counts are left out.
     */
    private static boolean isDescribedModifier(String sentence, int yearStart, String adjective) {
        if (adjective.isEmpty() || !Character.isLowerCase(adjective.charAt(0)) || COUNT_LEADS.contains(adjective)
                || Words.isDeterminer(adjective)) {
            return false;
        }
        int adjectiveStart = sentence.toLowerCase(Locale.ROOT).lastIndexOf(adjective, yearStart);
        if (adjectiveStart < 0) {
            return false;
        }
        String determiner = Words.before(sentence, adjectiveStart).toLowerCase(Locale.ROOT);
        boolean determined = Words.isDeterminer(determiner) || determiner.endsWith("'s") || determiner.endsWith("’s");
        String next = Words.after(sentence, yearStart + 4);
        return determined && next.length() > 1 && Character.isLowerCase(next.charAt(0)) && !next.endsWith("s");
    }

    private static boolean isCued(String sentence, int start) {
        String previous = Words.before(sentence, start).toLowerCase(Locale.ROOT);
        if (previous.endsWith("-")) {
            previous = previous.substring(0, previous.length() - 1);
            if (PREFIXES.contains(previous)) {
                return true;
            }
        }
        if (CUES.contains(previous)) {
            return true;
        }
        // "dating to 1994", "goes back to 1990": a point reached back in time ("rose to 2000" may be a count)
        if (previous.equals("to")) {
            int toStart = sentence.toLowerCase(Locale.ROOT).lastIndexOf(previous, start);
            if (toStart >= 0 && BACK_TO.contains(Words.before(sentence, toStart).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        boolean possessive = previous.endsWith("'s") || previous.endsWith("’s");
        if ((Words.isDeterminer(previous) || possessive) && isLowerCaseWordAfter(sentence, start)) {
            return true;
        }
        if (isDescribedModifier(sentence, start, previous)) {
            return true;
        }
        // the second year of a range: "from 2001 to 2003", "between 2001 and 2003"
        if (RANGE_WORDS.contains(previous)) {
            int rangeWordStart = sentence.lastIndexOf(previous, start);
            return Words.before(sentence, rangeWordStart).matches(CalendarDateRule.YEAR);
        }
        return false;
    }
}
