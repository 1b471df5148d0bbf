package dev.storybrief.analyze.sentence;

import dev.storybrief.model.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of one article that repeat an earlier one of it word for word, or but for one number ("... on the
 * edge of town number 8." after "... number 7."): one fact, told once. A reporter does not write the same long
 * sentence twice; a page that does is a template or a loop (a generated listing, a scraper's repeated block), and
 * counting each copy would fill a summary with one claim and swamp the article's words. Short sentences are never
 * repeats ("Nobody was hurt." may well be said twice), nor are sentences that differ in two numbers or more, or in
 * any word ("Route 9 is closed between exits 4 and 5" and "Route 12 ... exits 7 and 8" are two closures).
 *
 * <p>One instance reads one article, in order; each sentence is looked up by its words with numbers blanked out,
 * so an article of any length is read in linear time.
 */
public final class RepeatedSentences {
    /** Fewest words of a sentence that can count as a repeat: a whole claim, not a phrase said twice. */
    public static final int MIN_WORDS = 10;
    /** Kept sentences compared per wording: enough for real text, a bound for a page built to defeat it. */
    private static final int MAX_COMPARED = 4;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final Map<String, List<List<String>>> keptByWording = new HashMap<>();

    /**
     * True when {@code sentence} repeats a sentence read before it; false, and remembered, when it is a sentence of
     * its own.
     */
    public boolean repeats(String sentence) {
        if (Words.count(sentence) < MIN_WORDS) {
            return false;
        }
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(sentence);
        StringBuilder wording = new StringBuilder();
        while (m.find()) {
            numbers.add(m.group());
            m.appendReplacement(wording, "#");
        }
        m.appendTail(wording);
        String key = wording.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        List<List<String>> kept = keptByWording.computeIfAbsent(key, k -> new ArrayList<>());
        for (List<String> earlier : kept) {
            if (differInAtMostOne(earlier, numbers)) {
                return true;
            }
        }
        if (kept.size() < MAX_COMPARED) {
            kept.add(numbers);
        }
        return false;
    }

    private static boolean differInAtMostOne(List<String> a, List<String> b) {
        int differing = 0;
        for (int i = 0; i < a.size() && differing < 2; i++) {
            differing += a.get(i).equals(b.get(i)) ? 0 : 1;
        }
        return differing < 2;
    }
}
