package dev.storybrief.analyze.time;

import dev.storybrief.model.TimexType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time, TIMEX3 DURATION: {@code three days} (P3D), {@code the past two months} (P2M), {@code the first nine
 * months} (P9M), {@code a 10-year} bond (P10Y), {@code nearly four hours} (PT4H), {@code a day-long} meeting (P1D),
 * and vague ones: {@code several years} (PXY), {@code the past few weeks} (PXW), {@code the next few days} (PXD), {@code the
 * weeks ahead} (PXW), {@code the first time in years} (PXY), {@code over the years} (PXY).
 *
 * <p>Extents follow the TimeML guidelines: a determiner, "past/next/first" and an approximation ("nearly", "at least")
 * are part of the expression, a governing preposition ("for", "within") is not, nor a focus word ("only", "just":
 * they say how much the writer makes of the length, not how long it is; both corpora leave them out, 4 of 4), nor the determiner of the noun a
 * length used as an adjective modifies ("a [two-year] option", "a [five year] low"). A count followed by "ago" is a date
 * the deictic rule finds, one followed by "later" or "earlier" a date where the anaphoric rule can count it (their
 * longer extent wins); an age ("a 6-year-old", "52 years old") is not a length of time in TimeML's sense and is left
 * out. "A week" after "twice" or "three times" is a frequency, a SET; after an amount ("$5 a year", "four flights a
 * week") it is a price or a pace, which TimeBank leaves untagged (7 of its 9 such rates), so it is no timex.
 */
final class DurationRule implements TemporalRule {

    /** An approximation before a count, kept in the extent as TimeML does (its {@code mod}: APPROX, EQUAL_OR_MORE). */
    static final String APPROX = "(?:(?:nearly|almost|about|around|roughly|approximately|some|more\\s+than"
            + "|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|an\\s+additional|another"
            + ")\\s+)?";
    private static final Pattern APPROX_BEFORE = Pattern.compile("(?i)" + APPROX);
    private static final String LEAD = "(?:(?:the|its|their|his|her|a)\\s+)?(?:(?:past|last|next|first|previous|coming"
            + "|latest|final|following|ensuing|same|initial|remaining)\\s+)?";
    private static final String UNIT = "(?<unit>second|minute|hour|day|night|week|month|quarter|year|decade|centur(?:y|ie))";
    private static final Pattern COUNTED = Pattern.compile("(?<![\\p{L}\\d$.,-])(?i:" + APPROX + LEAD
            + "(?<n>" + NumberWords.CARDINAL + "|few|a\\s+few|several|many)(?<half>\\s*1/2|\\s*½|\\s+and\\s+a\\s+half)?"
            + "(?<sep>\\s+|-)(?:(?:trading|business|calendar|straight|consecutive|full|more|additional|further"
            + "|extra)\\s+)?" + UNIT
            + "(?<plural>s)?(?<halfAfter>\\s+and\\s+a\\s+half)?(?:-(?:long|old))?)(?![\\p{L}\\d]|-\\p{L})");
    private static final Pattern VAGUE = Pattern.compile("(?<![\\p{L}\\d])(?i:(?:the\\s+)?"
            + "(?<rel>past|last|next|coming|recent|previous|ensuing|following)\\s+(?<few>few\\s+|several\\s+)?"
            + "(?<unit>day|week|month|quarter|year|decade|centurie)s)(?![\\p{L}\\d])");
    /** "The days ahead", "the coming weeks ahead": the stretch to come, a vague length like "the coming days". */
    private static final Pattern AHEAD = Pattern.compile("(?<![\\p{L}\\d])(?i:the\\s+(?:coming\\s+)?"
            + "(?<unit>hour|day|week|month|year)s\\s+ahead)(?![\\p{L}\\d])");
    /**
     * "Over the years", "through the decades", "down the centuries": a bare plural unit after a preposition of
     * passing time is a stretch of unstated length running up to the time told, TIDES' and TimeML's vague duration
     * (PXY), as "for years" is; the preposition stays out of the extent as TimeML keeps prepositions out.
     */
    private static final Pattern OVER_THE_PLURAL = Pattern.compile("(?<=\\b(?:[Oo]ver|[Tt]hrough|[Tt]hroughout|[Dd]own)\\s)"
            + "(?i:the\\s+(?<unit>week|month|year|decade|centurie)s)(?![\\p{L}\\d]|\\s+(?:of|since|before|after|to|when"
            + "|that|in|from|between|ahead|\\d))");
    private static final Pattern FOR_PLURAL = Pattern.compile("(?<=\\b(?:[Ff]or|[Ww]ithin)\\s)"
            + "(?<unit>minute|hour|day|week|month|year|decade|centurie)s(?![\\p{L}\\d])");
    /**
     * "For the first time in years", "the lowest level in decades", "the worst attack in months": after a first or a
     * superlative, "in" and a bare plural unit is the stretch of time just gone (TimeML's PXY), not a point in it.
     */
    private static final Pattern IN_PLURAL = Pattern.compile("(?<=\\b[Ii]n\\s)(?<unit>minute|hour|day|week|month|year"
            + "|decade|centurie)s(?![\\p{L}\\d])");
    private static final Pattern FIRST_OR_SUPERLATIVE = Pattern.compile("(?i)\\b(?:first|\\p{L}{2,}est|worst|best|most"
            + "|least|only)\\b");
    /** How far back, in characters, a first or a superlative may stand from the "in" it governs. */
    private static final int SUPERLATIVE_REACH = 50;
    /** A unit made an adjective by "-long": "a day-long meeting" (P1D), "a yearlong siege", "decades-long" (PXE). */
    private static final Pattern UNIT_LONG = Pattern.compile("(?<![\\p{L}\\d-])(?i:" + UNIT + "(?<plural>s)?-?long)"
            + "(?![\\p{L}\\d-])");
    /**
     * A count before these words is a date the deictic rule finds ("two years ago"). Before "later", "after", ... it
     * stays a length: the anaphoric rule's longer "two days later" wins where it can count a date, and where it cannot
     * ("a few days later", "twenty years after", "at least 72 hours after") TimeML tags the length.
     */
    private static final Set<String> FOLLOWERS_OF_DATES = Set.of("ago", "from", "hence");

    @Override
    public void find(String sentence, Anchor anchor, List<TemporalMention> found) {
        Matcher counted = COUNTED.matcher(sentence);
        while (counted.find()) {
            String n = counted.group("n").toLowerCase(Locale.ROOT);
            String unit = counted.group("unit").toLowerCase(Locale.ROOT);
            boolean hyphenated = counted.group("sep").equals("-");
            boolean singularCount = n.equals("a") || n.equals("an") || n.equals("one");
            boolean half = counted.group("half") != null || counted.group("halfAfter") != null;
            if (counted.group("plural") != null && singularCount && !hyphenated && !half) {
                continue;
            }
            // "a second time", "a quarter of the vote": an ordinal and a fraction, not lengths of time
            boolean article = n.equals("a") || n.equals("an");
            if (article && !hyphenated && (unit.equals("second") || unit.equals("quarter"))) {
                continue;
            }
            if (!hyphenated && FOLLOWERS_OF_DATES.contains(Words.after(sentence, counted.end()).toLowerCase(Locale.ROOT))) {
                continue;
            }
            // "52 years old", "a 6-year-old boy" are ages and "three-quarters of" a fraction: TimeML tags neither
            String next = Words.after(sentence, counted.end()).toLowerCase(Locale.ROOT);
            boolean age = next.equals("old") && !hyphenated || counted.group().toLowerCase(Locale.ROOT).endsWith("-old");
            if (age || unit.equals("quarter") && hyphenated && next.equals("of")) {
                continue;
            }
            boolean vague = n.endsWith("few") || n.equals("several") || n.equals("many");
            String amount = vague ? "X" : String.valueOf(NumberWords.value(n));
            if ((n.equals("a") || n.equals("an")) && isRate(sentence, counted.start())) {
                if (isFrequency(sentence, counted.start())) {
                    found.add(TemporalRule.timex(sentence, counted.start(), counted.end(), TimexType.SET,
                            value("1", unit), false));
                }
                continue;
            }
            // "half an hour", "for half a century": half of one unit (PT30M, P50Y), not the whole unit
            if (article && !hyphenated && counted.start() == counted.start("n")
                    && Words.before(sentence, counted.start()).equalsIgnoreCase("half")) {
                int halfStart = sentence.substring(0, counted.start()).stripTrailing().length() - "half".length();
                found.add(TemporalRule.timex(sentence, halfStart, counted.end(), TimexType.DURATION, halfOf(unit),
                        false));
                continue;
            }
            // "a two-year option", "a five year low": a length used as an adjective leaves its determiner to the noun
            boolean attributive = hyphenated || counted.group("plural") == null && !singularCount && !vague && !half;
            int start = attributive ? Words.withoutDeterminer(sentence, counted.start(), counted.end())
                    : article ? articleStart(sentence, counted) : counted.start();
            found.add(TemporalRule.timex(sentence, start, counted.end(), TimexType.DURATION,
                    half && !vague ? valueAndHalf(amount, unit) : value(amount, unit), false));
        }
        Matcher unitLong = UNIT_LONG.matcher(sentence);
        while (unitLong.find()) {
            String amount = unitLong.group("plural") == null ? "1" : "X";
            found.add(TemporalRule.timex(sentence, unitLong.start(), unitLong.end(), TimexType.DURATION,
                    value(amount, unitLong.group("unit").toLowerCase(Locale.ROOT)), false));
        }
        Matcher inPlural = IN_PLURAL.matcher(sentence);
        while (inPlural.find()) {
            String before = sentence.substring(Math.max(0, inPlural.start() - SUPERLATIVE_REACH), inPlural.start());
            if (FIRST_OR_SUPERLATIVE.matcher(before).find()) {
                found.add(TemporalRule.timex(sentence, inPlural.start(), inPlural.end(), TimexType.DURATION,
                        value("X", inPlural.group("unit").toLowerCase(Locale.ROOT)), false));
            }
        }
        for (Pattern pattern : List.of(VAGUE, FOR_PLURAL, OVER_THE_PLURAL, AHEAD)) {
            Matcher vague = pattern.matcher(sentence);
            while (vague.find()) {
                String reference = pattern == VAGUE && vague.group("few") == null ? reference(vague.group("rel")) : null;
                if (reference != null) {
                    found.add(TemporalRule.timex(sentence, vague.start(), vague.end(), TimexType.DATE, reference, true));
                    continue;
                }
                found.add(TemporalRule.timex(sentence, vague.start(), vague.end(), TimexType.DURATION,
                        value("X", vague.group("unit").toLowerCase(Locale.ROOT)), false));
            }
        }
    }

    /**
     * "In recent years", "in coming months": no stretch of a length the text gives but the time just gone or still
     * ahead, TIMEX3 PAST_REF and FUTURE_REF (as HeidelTime reads "recent" and "coming" before a unit; TimeBank writes
     * so 6 of its 8 "recent years", "recent days", "coming months", "coming quarters"). "The past few weeks", "the next
     * several years" count a stretch, vague in length: a duration.
     */
    private static String reference(String rel) {
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "recent" -> "PAST_REF";
            case "coming" -> "FUTURE_REF";
            default -> null;
        };
    }

    /**
     * Where a length counted by "a"/"an" starts: at the article, since "past", "last" or "next" cannot come before it
     * ("to last a week" is the verb; "the next a week" is no English).
     */
    private static int articleStart(String sentence, Matcher counted) {
        int n = counted.start("n");
        return sentence.substring(counted.start(), n).isBlank() || APPROX_BEFORE.matcher(
                sentence.substring(counted.start(), n)).matches() ? counted.start() : n;
    }

    /** "twice a day", "three times a week": how often, a TIMEX3 SET (an amount per unit is a price or a pace). */
    private static boolean isFrequency(String sentence, int start) {
        return Words.before(sentence, start).toLowerCase(Locale.ROOT).matches("times|twice|once|thrice");
    }

    /** "$5 a year", "3 percent a month", "twice a day", "four flights a week": the count before makes it a rate. */
    private static boolean isRate(String sentence, int start) {
        String previous = Words.before(sentence, start).toLowerCase(Locale.ROOT);
        if (previous.matches(".*\\d.*|percent|cents?|dollars?|times|twice|once|million|billion|%")) {
            return true;
        }
        int previousStart = sentence.lastIndexOf(previous, start);
        String twoBack = previousStart <= 0 ? "" : Words.before(sentence, previousStart).toLowerCase(Locale.ROOT);
        return previous.endsWith("s") && twoBack.matches("[\\d,.]+|" + NumberWords.CARDINAL);
    }

    /**
     * A count and a half: "5 1/2 hours" (PT5H30M), "a minute and a half" (PT1M30S), "2 1/2 years" (P2Y6M). The half
     * goes into the next smaller unit where that unit divides evenly, else into a decimal fraction ("P2.5W").
     */
    static String valueAndHalf(String amount, String unit) {
        String whole = value(amount, unit);
        return switch (unit) {
            case "minute" -> whole.replace("M", "M30S");
            case "hour" -> whole.replace("H", "H30M");
            case "day", "night" -> whole + "T12H";
            case "year" -> whole + "6M";
            default -> whole.replace(amount, amount + ".5");
        };
    }

    /** Half of one unit, in the next smaller unit where it divides: "half an hour" PT30M, "half a century" P50Y. */
    static String halfOf(String unit) {
        return switch (unit) {
            case "second" -> "PT0.5S";
            case "minute" -> "PT30S";
            case "hour" -> "PT30M";
            case "day", "night" -> "PT12H";
            case "week" -> "P0.5W";
            case "month" -> "P0.5M";
            case "quarter" -> "P1.5M";
            case "year" -> "P6M";
            case "decade" -> "P5Y";
            default -> "P50Y";
        };
    }

    /** The TIMEX3 duration value: {@code P3D}, {@code PT4H}, {@code PXY}, decades {@code P2E}, centuries {@code P1C}. */
    static String value(String amount, String unit) {
        return switch (unit) {
            case "second" -> "PT" + amount + "S";
            case "minute" -> "PT" + amount + "M";
            case "hour" -> "PT" + amount + "H";
            case "day", "night" -> "P" + amount + "D";
            case "week" -> "P" + amount + "W";
            case "month" -> "P" + amount + "M";
            case "quarter" -> "P" + amount + "Q";
            case "year" -> "P" + amount + "Y";
            case "decade" -> "P" + amount + "E";
            default -> "P" + amount + "C";
        };
    }
}
