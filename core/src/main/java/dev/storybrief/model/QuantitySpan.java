package dev.storybrief.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number an article states about something: "nearly 10,000 NATO bombing runs", "14 people", "$2 million".
 *
 * @param start     offset of the mention in the article text, qualifier and unit included
 * @param end       offset after the mention
 * @param sentence  index of the sentence holding it
 * @param text      the words of the mention as written
 * @param value     the number, magnitudes applied (2 million = 2,000,000)
 * @param qualifier how the number relates to the true one
 * @param unit      the counted thing as written ("NATO bombing runs"), or empty for money without a noun
 * @param key       what the number counts, normalised so different outlets' wordings meet ("sortie",
 *                  "people injured", "money cost")
 * @param from      the low end of a {@link Qualifier#RANGE} ("between 40 and 60 people": 40, with {@code value} 60);
 *                  for any other statement the value itself
 * @param kind      how the figure is read ({@link Kind}): a count or amount of the quantity layer, or a length of
 *                  time, a position or a bare amount, which only figure comparisons read
 */
public record QuantitySpan(int start, int end, int sentence, String text, double value, Qualifier qualifier,
                           String unit, String key, double from, Kind kind) {

    /**
     * The kinds of figure the analyze stage reads. {@link #COUNT}s are what {@link AnalyzedArticle#quantities()} gives:
     * counts and amounts a story's parts compare, tell and credit by their key. The other kinds are read by the same
     * extractor, once, for the parts that compare two statements' figures ({@link AnalyzedArticle#figures()}): a
     * sentence length, a minute of a match or a sum without a purpose tells a different fact when another outlet gives
     * another value of it, though it is no count of the story's events.
     */
    public enum Kind {
        /** A count or an amount the quantity layer has always read ("14 people", "$2 million in damage"). */
        COUNT,
        /** A length of time and what it is of ("six years in prison": key "duration year in prison"). */
        DURATION,
        /** A position and what it is a position of ("in the 89th minute": key "ordinal minute"). */
        ORDINAL,
        /** A sum or a share given without its purpose ("a $2 million repair bill", "a 9% pay rise"). */
        AMOUNT,
        /**
         * The year a person was born ("born in 1941"), value the year: an age once the article's date is known
         * ({@link #asAgeOn}).
         */
        BIRTH_YEAR
    }

    /** The first number of a figure as written, and its decimals: what its precision is read from. */
    /**
     * A number as written, its thousands grouped by commas or, as French, Polish and others write them, by a space
     * ("3 400", with a no-break or thin space too): a space before exactly three digits groups them.
     */
    private static final Pattern WRITTEN_NUMBER = Pattern.compile(
            "\\d(?:[\\d,]|[ \\u00A0\\u202F](?=\\d{3}(?!\\d)))*(?:\\.(\\d+))?");
    /**
     * A currency as a figure writes it, sign or name, in the languages storybrief reads ("€", "euros", "R$", "reais",
     * "Pfund"): two amounts of different currencies are told apart without an exchange rate.
     */
    private static final Pattern CURRENCY = Pattern.compile("(?iu)R\\$|[$€£¥]|(?<![\\p{L}])(?:euros?|dollars?"
            + "|dólar(?:es)?|dollar[io]|reais|pounds?|libras?|pfund|sterling|sterline|yen(?:es)?|ienes)(?![\\p{L}])");

    /** Validates the extent and required fields. */
    public QuantitySpan {
        Spans.check(start, end, text);
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (qualifier != Qualifier.RANGE) {
            from = value;
        } else if (from > value) {
            throw new IllegalArgumentException("a range's low end " + from + " is above its high end " + value);
        }
    }

    /** A count or amount ({@link Kind#COUNT}), a range when {@code qualifier} is one. */
    public QuantitySpan(int start, int end, int sentence, String text, double value, Qualifier qualifier,
                        String unit, String key, double from) {
        this(start, end, sentence, text, value, qualifier, unit, key, from, Kind.COUNT);
    }

    /** A count or amount ({@link Kind#COUNT}) of one figure, not a range. */
    public QuantitySpan(int start, int end, int sentence, String text, double value, Qualifier qualifier,
                        String unit, String key) {
        this(start, end, sentence, text, value, qualifier, unit, key, value);
    }

    /** The same statement counted in another measure: {@code factor} times the value (and range) under {@code key}. */
    public QuantitySpan scaled(double factor, String key) {
        return new QuantitySpan(start, end, sentence, text, value * factor, qualifier, unit, key, from * factor, kind);
    }

    /**
     * A birth year read as the age it gives on {@code year}: a person born in 1941 is 84 or 85 in 2026 (the birthday
     * is not known), a range under the key "age"; any other figure as it is.
     */
    public QuantitySpan asAgeOn(int year) {
        if (kind != Kind.BIRTH_YEAR || value > year) {
            return this;
        }
        double age = year - value;
        return new QuantitySpan(start, end, sentence, text, age, Qualifier.RANGE, unit, "age", Math.max(0, age - 1),
                Kind.COUNT);
    }

    /**
     * The value of one unit of the last digit the figure is written with ("$4.2 billion": 100 million; "53%": 1; "nine
     * per cent", in words: 1); NaN when written as zero, whose precision the text does not show.
     */
    public double step() {
        Matcher m = WRITTEN_NUMBER.matcher(text);
        if (!m.find()) {
            return 1;
        }
        double written = Double.parseDouble(m.group().replaceAll("[, \\u00A0\\u202F]", ""));
        if (written == 0) {
            return Double.NaN;
        }
        int decimals = m.group(1) == null ? 0 : m.group(1).length();
        return value / written * Math.pow(10, -decimals);
    }

    /**
     * The one rounding rule of storybrief: true when the coarser of the two, read at the precision it is written in,
     * could be the other rounded either way ("$4.2 billion" and "$4.19 billion", "53%" and "52.6%": outlets round up
     * and down), so the two are one figure written twice.
     */
    public boolean roundedAlike(QuantitySpan other) {
        double mine = step();
        double theirs = other.step();
        if (Double.isNaN(mine) || Double.isNaN(theirs)) {
            return false;
        }
        return Math.abs(value - other.value) < Math.max(mine, theirs) * 0.999;
    }

    /**
     * True when the two are figures of one kind, so that two values of it tell two versions of one fact: the same key,
     * or, for money, two amounts in the same currency as far as their signs or currency names tell ("€", "euros"),
     * whatever the sentence says they are for ("a $2 million repair bill" and "needs $3 million of repairs"). Read for
     * sentences already alike in their words.
     */
    public boolean sameKindAs(QuantitySpan other) {
        if (!key.startsWith("money") || !other.key.startsWith("money")) {
            return key.equals(other.key);
        }
        // two sums of one purpose in two currencies ("cost 12 million pounds", "cost $14 million") are no two values of
        // one figure either
        String mine = currency(text);
        String theirs = currency(other.text);
        return mine == null || theirs == null || mine.equals(theirs);
    }

    /** The currency a figure is written in, as its sign ("40 millones de euros": "€"), or null when it names none. */
    private static String currency(String text) {
        Matcher m = CURRENCY.matcher(text);
        if (!m.find()) {
            return null;
        }
        String found = m.group().toLowerCase(java.util.Locale.ROOT);
        if (found.equals("r$") || found.equals("reais")) {
            return "R$";
        }
        if (found.startsWith("euro")) {
            return "€";
        }
        if (found.startsWith("dol") || found.startsWith("dól")) {
            return "$";
        }
        if (found.startsWith("pound") || found.startsWith("libra") || found.equals("pfund") || found.startsWith("sterlin")) {
            return "£";
        }
        if (found.startsWith("yen") || found.equals("ienes")) {
            return "¥";
        }
        return found;
    }

    /** The lowest true value the statement allows. */
    public double low() {
        return qualifier == Qualifier.RANGE ? from : qualifier.low(value);
    }

    /** The highest true value the statement allows. */
    public double high() {
        return qualifier.high(value);
    }

    /**
     * True when the two statements can both be true. Two round figures ("about 90", "about 75") each allow some slack,
     * and the two slacks added would let figures a fifth apart agree, though neither outlet's figure is within what the
     * other says: they agree when one's figure lies within the other's range ("about 80" and "about 90" do, "rund 90"
     * and "etwa 75 Prozent" do not).
     */
    public boolean agreesWith(QuantitySpan other) {
        if (low() > other.high() || other.low() > high()) {
            return false;
        }
        return !qualifier.approximate() || !other.qualifier.approximate() || allows(other.value) || other.allows(value);
    }

    /** True when {@code figure} lies within what this statement allows. */
    private boolean allows(double figure) {
        return low() <= figure && figure <= high();
    }

    /**
     * True when this statement gives the other's figure, so an outlet saying it backs the other: the same number
     * however qualified ("at least 14" and "14"), or a range within the other's ("14" for "at least 12"). Two figures
     * that merely can both be true do not: "more than 300" does not give "about 500".
     */
    public boolean confirms(QuantitySpan other) {
        return value == other.value || (other.low() <= low() && high() <= other.high());
    }

    /**
     * True when {@code theirs} give a figure of a kind {@code mine} give ({@link #sameKindAs}) but none of its values,
     * even rounded ({@link #roundedAlike}): "31 people killed" against "at least 41 people killed", "six years in
     * prison" against "seven years in prison". The two statements tell the fact differently, so the one does not back
     * the other.
     */
    public static boolean givesAnotherFigure(List<QuantitySpan> mine, List<QuantitySpan> theirs) {
        for (QuantitySpan q : mine) {
            boolean sameKind = false;
            boolean gives = false;
            for (QuantitySpan t : theirs) {
                if (t.sameKindAs(q)) {
                    sameKind = true;
                    gives |= t.givesAgain(q);
                }
            }
            if (sameKind && !gives) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code theirs} give one of the figures of {@code mine} again, of the same kind and value (rounding
     * allowed): "cut about 1,200 jobs" gives the "1,200 jobs" of "Quorvane to cut 1,200 jobs".
     */
    public static boolean givesOneOf(List<QuantitySpan> mine, List<QuantitySpan> theirs) {
        return mine.stream().anyMatch(q -> theirs.stream()
                .anyMatch(t -> t.sameKindAs(q) && t.givesAgain(q)));
    }

    /** This figure gives {@code q}'s value again, however qualified or rounded. */
    private boolean givesAgain(QuantitySpan q) {
        return confirms(q) || roundedAlike(q);
    }
}
