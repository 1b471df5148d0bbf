package dev.storybrief.analyze.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads numbers written in digits ("26,000", "2.5") or words ("fourteen", "twenty-three", "twenty one",
 * "two hundred"). */
final class NumberReader {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12),
            Map.entry("score", 20));
    /** Words of a written number that add nothing to its value: "two hundred and ten", "a score of", "half a". */
    private static final java.util.Set<String> JOINERS = java.util.Set.of("and", "of", "a");
    private static final double HALF = 0.5;

    /** The words a number may be written with, for building patterns. */
    static final String WORD_PATTERN = "(?:one|two|three|four|five|six|seven|eight|nine)\\s+hundred"
            + "(?:\\s+and\\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five"
            + "|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|ten|one|two|three|four|five|six|seven|eight|nine))?\\b(?!-)"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b(?!-))?"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen"
            + "|one|two|three|four|five|six|seven|eight|nine|ten";

    private NumberReader() {
    }

    /** The value of a number in digits or words, or empty. */
    static OptionalDouble read(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.matches("\\d{1,3}(?:,\\d{3}){1,6}+|\\d+(\\.\\d+)?")) {
            return OptionalDouble.of(Double.parseDouble(t.replace(",", "")));
        }
        // "4 1/2 years": a whole number and a fraction in digits, as a sign would write it ("4½")
        if (t.matches("\\d+ (?:1/2|1/4|3/4)")) {
            t = t.substring(0, t.indexOf(' ')) + (t.endsWith("1/2") ? '½' : t.endsWith("1/4") ? '¼' : '¾');
        }
        // "4½ years": a whole number and a fraction written as one sign
        if (t.matches("\\d+[½¼¾]")) {
            char fraction = t.charAt(t.length() - 1);
            return OptionalDouble.of(Double.parseDouble(t.substring(0, t.length() - 1))
                    + (fraction == '½' ? HALF : fraction == '¼' ? HALF / 2 : 3 * HALF / 2));
        }
        if (t.startsWith("half ")) {
            return OptionalDouble.of(HALF); // "half a million": the magnitude follows
        }
        int total = 0;
        for (String part : t.split("[-\\s]+")) {
            if (JOINERS.contains(part)) {
                continue;
            }
            Integer v = UNITS.get(part);
            if (v == null) {
                return OptionalDouble.empty();
            }
            total = part.equals("hundred") && total > 0 ? total * 100 : total + v; // "two hundred"
        }
        return OptionalDouble.of(total);
    }

    /** The multiplier of a magnitude word, or 1. */
    static double magnitude(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> 1e3;
            case "million", "m", "mn" -> 1e6;
            case "billion", "bn", "b" -> 1e9;
            case "trillion", "tn" -> 1e12;
            default -> 1;
        };
    }
}
