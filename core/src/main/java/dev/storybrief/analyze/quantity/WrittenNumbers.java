package dev.storybrief.analyze.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Numbers up to the hundreds written as words in French, German, Spanish, Italian and Portuguese, alone, hyphenated,
 * joined or glued: "huit", "vingt-trois", "trente et un", "quatre-vingt-dix", "deux cent vingt",
 * "dreiundzwanzig", "zweihundertfünfzig", "treinta y dos", "doscientos", "ventitré", "centoventi", "vinte e três".
 * Read from the words of a {@link QuantityLanguage}; "un", "ein", "uno" alone are the article, not a count, and a
 * plural hundred alone ("cientos de personas") is "hundreds", no figure.
 */
public final class WrittenNumbers {
    private static final Map<String, WrittenNumbers> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int HUNDRED = 100;
    private static final int FOUR = 4;
    private static final int TWENTY = 20;
    /** "medio centenar", "meia dúzia", "mezza dozzina", "ein halbes Dutzend": half the round noun after it. */
    private static final Set<String> HALVES = Set.of("medio", "media", "meio", "meia", "mezzo", "mezza", "halbes", "demi");
    private static final double HALF = 0.5;

    private final Map<String, Integer> pieces;
    private final Map<String, Integer> rough;
    private final String join;
    private final String pattern;
    private final String roughPattern;

    WrittenNumbers(QuantityLanguage words) {
        this.pieces = words.numberWords();
        this.rough = words.roughNumbers();
        String any = QuantityLanguage.alternation(pieces.keySet());
        String one = QuantityLanguage.alternation(withValue(v -> v == 1));
        String counted = QuantityLanguage.alternation(withValue(v -> v > 1));
        // "un", "ein" open a number only glued to more ("einhundert"): alone they are the article, and a match
        // would swallow the words after it ("une troupe de plus de 100" would lose its "plus de")
        String head = "(?:" + counted + "|(?:" + one + ")(?=" + any + "))(?:" + any + ")*";
        // after a hyphen or a joining word a one counts ("vingt et un"); "und" joins only inside a word
        String tail = "(?:" + counted + "|" + one + ")(?:" + any + ")*";
        this.join = words.numberJoin();
        String joined = join.isEmpty() ? "" : "\\s+" + join + "\\s+|";
        this.pattern = "(?<![\\p{L}-])" + head + "(?:(?:" + joined + "-|\\s+)" + tail + ")*(?![\\p{L}-])";
        String of = words.of().isEmpty() ? "" : "(?:\\s+(?:" + words.of() + "))?";
        // "une centaine", "zwei Dutzend", "duas dezenas", "medio centenar": a count or a half of the round noun
        this.roughPattern = "(?<![\\p{L}-])(?:" + one + "|" + counted + "|" + QuantityLanguage.alternation(HALVES) + ")\\s+(?:"
                + QuantityLanguage.alternation(rough.keySet()) + ")(?![\\p{L}-])" + of;
    }

    /**
     * The reader of a language's written numbers (built once), or null for a language without a
     * {@link QuantityLanguage} table: the date taggers count "deux semaines avant Noël" with it.
     */
    public static WrittenNumbers forLanguage(String language) {
        QuantityLanguage words = language == null ? null : QuantityLanguage.of(language);
        return words == null ? null : BY_LANGUAGE.computeIfAbsent(language, l -> new WrittenNumbers(words));
    }

    private Set<String> withValue(java.util.function.IntPredicate test) {
        return pieces.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** A regular expression matching a number written as words (no groups). */
    public String pattern() {
        return pattern;
    }

    /** A regular expression matching "a" and a round number's noun, with the word after it ("une centaine de"). */
    String roughPattern() {
        return roughPattern;
    }

    /**
     * The round number of "une centaine de", "ein Dutzend", times the count before the noun ("zwei Dutzend": 24,
     * "medio centenar": 50), or empty when {@code written} is none.
     */
    OptionalInt roughValue(String written) {
        String[] words = QuantityLanguage.normalise(written).split("\\s+");
        for (int i = 1; i < words.length; i++) {
            Integer value = rough.get(words[i]);
            if (value != null) {
                Integer count = pieces.get(words[0]);
                double times = HALVES.contains(words[0]) ? HALF : count != null && count > 1 ? count : 1;
                return OptionalInt.of((int) Math.round(value * times));
            }
        }
        return OptionalInt.empty();
    }

    /** The value of a number {@link #pattern()} matched, or empty when it is no count. */
    public OptionalInt value(String written) {
        List<String> found = new ArrayList<>();
        for (String token : QuantityLanguage.normalise(written).split("[\\s-]+")) {
            if (!token.isEmpty() && !token.equals(join) && !segment(token, found)) {
                return OptionalInt.empty();
            }
        }
        found.removeIf(p -> pieces.get(p) == 0 && found.size() > 1);
        if (found.isEmpty() || found.size() == 1 && pieces.get(found.get(0)) <= 1
                || pieces.get(found.get(0)) == HUNDRED && found.get(0).endsWith("s")) {
            return OptionalInt.empty();
        }
        int value = 0;
        String previous = "";
        for (String piece : found) {
            int v = pieces.get(piece);
            if (v == HUNDRED) {
                value = (value == 0 ? 1 : value) * HUNDRED;
            } else if (v == TWENTY && piece.startsWith("vingt") && previous.equals("quatre")) {
                value += (FOUR * TWENTY) - FOUR; // "quatre-vingts": four twenties
            } else {
                value += v;
            }
            previous = piece;
        }
        return OptionalInt.of(value);
    }

    /** Splits one written word into pieces ("dreiundzwanzig": drei, und, zwanzig), trying longer pieces first. */
    private boolean segment(String token, List<String> into) {
        if (token.isEmpty()) {
            return true;
        }
        for (int end = token.length(); end > 0; end--) {
            String piece = token.substring(0, end);
            if (pieces.containsKey(piece)) {
                into.add(piece);
                if (segment(token.substring(end), into)) {
                    return true;
                }
                into.remove(into.size() - 1);
            }
        }
        return false;
    }
}
