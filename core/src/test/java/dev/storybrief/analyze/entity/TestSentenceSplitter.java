package dev.storybrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed, simple sentence splitter for the gold sets only: gold rows point at (document, sentence index), so the
 * split must never change with the production pipeline. Each line is a paragraph; inside it a sentence ends at
 * {@code . ! ?} (plus closing quotes) before whitespace and a capital, digit or opening quote, unless the word before
 * the dot is a known abbreviation or a single initial. Pieces without a letter or digit are dropped.
 */
public final class TestSentenceSplitter {

    private static final Pattern BOUNDARY = Pattern.compile("[.!?]+(?:[\"”’')\\]]|'')*"
            + "(?=\\s+(?:[\\p{Lu}\\d\"“‘(]|``))");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "col", "gen", "lt", "capt", "sgt",
            "maj", "rep", "sen", "gov", "prof", "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "vs", "secy", "adm",
            "rev", "gens", "sens", "reps", "ft", "mt", "messrs", "d.c", "a.m", "p.m");

    private TestSentenceSplitter() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            splitParagraph(paragraph, sentences);
        }
        return sentences;
    }

    private static void splitParagraph(String paragraph, List<String> out) {
        int start = 0;
        Matcher boundary = BOUNDARY.matcher(paragraph);
        while (boundary.find()) {
            if (paragraph.charAt(boundary.start()) == '.' && isAbbreviation(paragraph, boundary.start())) {
                continue;
            }
            addTrimmed(paragraph.substring(start, boundary.end()), out);
            start = boundary.end();
        }
        addTrimmed(paragraph.substring(start), out);
    }

    private static boolean isAbbreviation(String paragraph, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(paragraph.charAt(wordStart - 1))
                || paragraph.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = paragraph.substring(wordStart, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void addTrimmed(String sentence, List<String> out) {
        String trimmed = sentence.strip();
        if (trimmed.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(trimmed);
        }
    }
}
