package dev.storybrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into tokens for name finding: dotted acronyms ("U.S.") and abbreviations ("Col.") stay whole,
 * an elided article or preposition before a name is a token of its own ("d'" "Avignon"),
 * a possessive "'s" becomes its own token, and a lower-case hyphenated tail ("Qaida-linked", "NATO-led") is cut off
 * the name it follows, unless the two make a romanised given name ("Ban Ki-moon").
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}"
            + "|[\\p{L}\\p{M}\\d]+(?:[-'’&][\\p{L}\\p{M}\\d]+)*"
            + "|\\S");
    /** A French or Italian article or preposition elided onto a capitalised name: "d'", "l'", "dell'", "all'". */
    private static final Pattern ELIDED_BEFORE_NAME = Pattern.compile(
            "((?:l|d|dell|dall|all|nell|sull|coll|dagl|degl|agl|negl|sugl|qu|jusqu|lorsqu|puisqu"
            // capitalised where they open a sentence ("Nell'Abruzzo", "Sull'Adda"), which no name does ("Dell'Utri",
            // "Dall'Oglio", "L'Aquila", "D'Alema" are names, and keep theirs)
            + "|Nell|Sull|All|Negli|Nelle)['’])\\p{Lu}.*");
    private static final Pattern LOWER_TAIL = Pattern.compile("-\\p{Ll}[\\p{Ll}-]*$");
    /**
     * A romanised Korean given name ("Ki-moon", "Jong-un", "Myung-bak"): two short syllables joined by a hyphen, the
     * second in lower case. It is one name, not a name with a tail, unless the tail is one of the short English words
     * that make such compounds ("Obama-led", "Bush-era", "Gaza-bound").
     */
    private static final Pattern SYLLABLE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}-(\\p{Ll}{2,5})");
    private static final Set<String> COMPOUND_TAILS = Set.of("led", "era", "run", "born", "bred", "made", "like",
            "type", "free", "wide", "long", "old", "based", "style", "owned", "held", "only", "bound", "proof", "ready",
            "class", "level", "size", "scale", "area", "zone", "side", "rich", "poor", "ish", "esque", "day", "week",
            "year", "month", "plus", "first", "back", "hit", "ruled", "aided", "armed", "sized");

    private final Lexicon lexicon;

    Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Token> tokenize(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(sentence);
        int skipDotAt = -1;
        while (matcher.find()) {
            if (matcher.start() == skipDotAt) {
                continue;
            }
            int start = matcher.start();
            int end = matcher.end();
            String text = matcher.group();
            if (keepsDot(sentence, text, end)) {
                tokens.add(new Token(text + ".", start, end + 1));
                skipDotAt = end;
            } else {
                addWord(sentence, start, end, tokens);
            }
        }
        return tokens;
    }

    private boolean keepsDot(String sentence, String word, int end) {
        boolean dotFollows = end < sentence.length() && sentence.charAt(end) == '.';
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        // "... threats from strongman Hun Sen.": the dot that ends the sentence is the sentence's, not "Sen."'s
        boolean endsSentence = dotFollows && sentence.substring(end + 1).replaceAll("[\"'’”)\\]]", "").isBlank();
        return dotFollows && (initial || lexicon.isAbbreviation(word) && !endsSentence);
    }

    private static void addWord(String sentence, int start, int end, List<Token> tokens) {
        String text = sentence.substring(start, end);
        Matcher elided = ELIDED_BEFORE_NAME.matcher(text);
        if (elided.matches()) {
            // "d'Avignon", "dell'Adda", "l'Agence": the elided article or preposition is a word of its own, so the
            // name after it is capitalised as written ("L'Oréal", "D'Alema" keep theirs: a capital opens them)
            int cut = start + elided.end(1);
            tokens.add(new Token(sentence.substring(start, cut), start, cut));
            addWord(sentence, cut, end, tokens);
            return;
        }
        if (text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"))) {
            tokens.add(new Token(text.substring(0, text.length() - 2), start, end - 2));
            tokens.add(new Token(text.substring(text.length() - 2), end - 2, end));
            return;
        }
        Matcher tail = LOWER_TAIL.matcher(text);
        if (Character.isUpperCase(text.charAt(0)) && tail.find() && !isSyllableName(text)) {
            tokens.add(new Token(text.substring(0, tail.start()), start, start + tail.start()));
            tokens.add(new Token(text.substring(tail.start()), start + tail.start(), end));
            return;
        }
        tokens.add(new Token(text, start, end));
    }

    private static boolean isSyllableName(String text) {
        Matcher name = SYLLABLE_NAME.matcher(text);
        return name.matches() && !COMPOUND_TAILS.contains(name.group(1));
    }
}
