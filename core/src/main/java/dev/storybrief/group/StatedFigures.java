package dev.storybrief.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a sentence states, each with the kind it is read by the way news writes a figure: its currency ("$2
 * million", "€3m"), a per cent sign ("9%", "12 per cent"), the noun right after it ("six years", "1,200 jobs"), the
 * noun after an ordinal ("the 89th minute") or an age ("aged 91"). It reads what the quantity extractor leaves out
 * (durations, ordinals, amounts without a counted noun), so that two sentences giving one kind of figure with two
 * values are seen to say different things: "sentenced to six years" does not back "sentenced to seven years", nor
 * "$3 million of repairs" "a $2 million repair bill". A figure is compared at the precision it is written in: "$4.2
 * billion" is "$4.19 billion" rounded, "53%" may be "52.6%" rounded, and neither differs from the other.
 */
public final class StatedFigures {
    /** One stated figure: its value, the step of its last written digit, and its kind. */
    record Figure(double value, double step, String kind) {
        /** Whether one of the two could be the other written at its precision (rounded either way). */
        boolean agreesWith(Figure other) {
            return Math.abs(value - other.value) < Math.max(step, other.step) * 0.999 + 1e-9 * Math.abs(value)
                    || value == other.value;
        }
    }

    private static final Map<String, Integer> WORD_NUMBERS = new HashMap<>();

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty"};
        for (int i = 0; i < small.length; i++) {
            WORD_NUMBERS.put(small[i], i);
        }
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            WORD_NUMBERS.put(tens[i], 30 + 10 * i);
        }
    }

    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "m", 1e6, "mn", 1e6,
            "billion", 1e9, "bn", 1e9, "b", 1e9, "trillion", 1e12, "k", 1e3);

    /**
     * Words after a number that name no kind of thing: a preposition, an article, a conjunction, a month or a weekday
     * (a date), a scale word read already, a time of day.
     */
    private static final Set<String> NO_KIND = Set.of("of", "in", "on", "at", "to", "and", "or", "a", "an", "the",
            "per", "from", "for", "by", "with", "than", "as", "is", "was", "were", "are", "be", "that", "which", "who",
            "it", "its", "he", "she", "they", "this", "these", "those", "had", "has", "have", "will", "would", "said",
            "am", "pm", "p", "gmt", "utc", "more", "less", "other", "others", "another", "out", "up", "down", "after",
            "before", "over", "under", "about", "into", "but", "not", "if", "de", "la", "le", "el", "di", "der", "die",
            "das", "und", "y", "e", "et", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "time", "times", "day", "days", "week", "weeks", "month", "months", "hour", "hours",
            "minute", "minutes", "second", "seconds", "year", "years", "percent", "point", "points");
    /** Units of time: a duration names its kind by the noun after it and what it is of ("years in prison"). */
    private static final Set<String> DURATIONS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "hour", "hours", "minute", "minutes");

    private static final Pattern FIGURE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.,])([$€£¥])?\\s?"
            + "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?"
            + "(?:\\s?(thousand|million|billion|trillion|bn|mn|m|b|k)(?![\\p{L}]))?"
            + "(st|nd|rd|th)?(?![\\p{L}\\p{N}])"
            + "(\\s?%|\\s+per\\s?cent|\\s+percent)?"
            + "(?:[\\s-]+([\\p{L}]+)(?:\\s+(in|of|behind)\\s+([\\p{L}]+))?)?");
    private static final Pattern WORD_FIGURE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + String.join("|",
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))
            + ")[\\s-]+([\\p{L}]+)(?:\\s+(in|of|behind)\\s+([\\p{L}]+))?");
    /** Words right before a figure that make it an age: "aged 91", "died at 92" is left out (a time, a place). */
    private static final Pattern AGE_BEFORE = Pattern.compile("(?iu)(?:\\baged|\\bage\\s+of|\\bedad\\s+de|\\bâge\\s+de"
            + "|\\bim\\s+alter\\s+von|\\ball'età\\s+di)\\s*$");

    /**
     * Words before a figure that make it a bound ("more than 200", "at least 12", "más de 200"): a bound allows
     * every figure beyond it, so it is not compared here (the quantity extractor reads those).
     */
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:more\\s+than|at\\s+least|over|up\\s+to|nearly"
            + "|almost|fewer\\s+than|less\\s+than|under|at\\s+most|m[áa]s\\s+de|menos\\s+de|al\\s+menos"
            + "|plus\\s+de|moins\\s+de|au\\s+moins|mehr\\s+als|weniger\\s+als|mindestens|bis\\s+zu|oltre|più\\s+di"
            + "|almeno|fino\\s+a|meer\\s+dan|ruim|ponad|więcej\\s+niż|до|более|свыше|около)\\s*$");
    /** Words before a figure that give it as rounded ("about 80", "some 600", "unos 600"). */
    private static final Pattern ABOUT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:about|around|some|roughly|approximately"
            + "|an\\s+estimated|unos|unas|alrededor\\s+de|cerca\\s+de|environ|quelque|etwa|rund|circa|ungefähr"
            + "|quasi|circa|ongeveer|około|примерно)\\s*$");
    /** How far a figure given as "about" may be from another and be the same: as the quantity extractor reads it. */
    private static final double ABOUT_SHARE = 0.15;

    private StatedFigures() {
    }

    /** The figures of a sentence that have a kind, in order. */
    static List<Figure> of(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String digits = m.group(2).replace(",", "");
            String decimals = m.group(3);
            double value = Double.parseDouble(decimals == null ? digits : digits + "." + decimals);
            double step = decimals == null ? 1 : Math.pow(10, -decimals.length());
            String scale = m.group(4);
            double factor = scale == null ? 1 : SCALES.get(scale.toLowerCase(Locale.ROOT));
            String kind = null;
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            if (BOUND_BEFORE.matcher(before).find()) {
                continue;
            }
            if (ABOUT_BEFORE.matcher(before).find()) {
                step = Math.max(step, value * ABOUT_SHARE);
            }
            if (m.group(1) != null) {
                kind = m.group(1);
            } else if (m.group(6) != null) {
                kind = "%";
            } else if (scale != null && scale.length() <= 2) {
                continue;   // "5m", "3b": a length or a name more often than an amount
            } else if (AGE_BEFORE.matcher(before).find() && m.group(5) == null) {
                kind = "age";
            } else if (m.group(5) != null) {
                kind = m.group(7) == null ? null : "ordinal " + stem(m.group(7));
            } else if (!m.group(2).contains(",") && digits.length() == 4 && decimals == null && scale == null && value >= 1800 && value <= 2100) {
                continue;   // a year: when, not how many
            } else {
                kind = kindAfter(m.group(7), m.group(8), m.group(9));
            }
            if (kind != null) {
                figures.add(new Figure(value * factor, step * factor, kind));
            }
        }
        Matcher w = WORD_FIGURE.matcher(text);
        while (w.find()) {
            String kind = kindAfter(w.group(2), w.group(3), w.group(4));
            String before = text.substring(Math.max(0, w.start() - 20), w.start());
            if (BOUND_BEFORE.matcher(before).find()) {
                continue;
            }
            // "one" is a pronoun and an article as often as a number: "one of the", "one man" left out
            if (kind != null && !w.group(1).equalsIgnoreCase("one")) {
                figures.add(new Figure(WORD_NUMBERS.get(w.group(1).toLowerCase(Locale.ROOT)), 1, kind));
            }
        }
        return figures;
    }

    /**
     * The kind named by the word after a number: its noun ("jobs", "flights"), or for a duration the noun it is of
     * ("years in prison", "weeks of talks"); none for a word that names no kind.
     */
    private static String kindAfter(String word, String link, String object) {
        if (word == null) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (DURATIONS.contains(lower)) {
            return object == null ? null : stem(lower) + " " + link.toLowerCase(Locale.ROOT) + " " + stem(object);
        }
        if (NO_KIND.contains(lower) || lower.length() < 3) {
            return null;
        }
        return stem(lower);
    }

    private static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1)
                : lower;
    }

    /**
     * Whether the two sentences give a figure of one kind whose values no figure of the other matches, even rounded
     * ("six years in prison" against "seven years in prison", "$2 million" against "$3 million"). A kind only one of
     * them gives, or a value both give, is no difference.
     */
    public static boolean differ(String a, String b) {
        List<Figure> mine = of(a);
        if (mine.isEmpty()) {
            return false;
        }
        List<Figure> theirs = of(b);
        for (Figure f : mine) {
            boolean sameKind = false;
            boolean matched = false;
            for (Figure t : theirs) {
                if (t.kind.equals(f.kind)) {
                    sameKind = true;
                    matched |= t.agreesWith(f);
                }
            }
            if (sameKind && !matched) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code b} gives one of {@code a}'s figures again, of the same kind and value (rounding allowed): "cut about
     * 1,200 jobs" gives the "1,200 jobs" of "Quorvane to cut 1,200 jobs".
     */
    public static boolean gives(String a, String b) {
        List<Figure> theirs = of(b);
        return of(a).stream().anyMatch(f -> theirs.stream().anyMatch(t -> t.kind.equals(f.kind) && t.agreesWith(f)));
    }
}
