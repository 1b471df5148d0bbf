package dev.storybrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words and commas of one stretch of a sentence, with offsets into the sentence. */
final class ZoneWords {

    /** A word or a comma. */
    record Word(String text, int start, int end) {
        boolean isComma() {
            return text.equals(",") || text.equals(";") || text.equals(":");
        }

        boolean isCapitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    /**
     * A word or comma; French and Italian write an elided article onto the word ("l'avocate", "un'ora"): a word of its
     * own. A word keeps its combining marks (Hindi's and Thai's vowel signs, Arabic's vowels): "कहा" is one word.
     */
    private static final Pattern WORD = Pattern.compile("(?:[lL]|[uU]n)['’](?=\\p{Ll})|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*|[,;:]");

    private ZoneWords() {
    }

    static List<Word> of(String sentence, int from, int to) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence).region(from, to);
        int textEnd = sentence.length();
        while (textEnd > 0 && Character.isWhitespace(sentence.charAt(textEnd - 1))) {
            textEnd--;
        }
        while (matcher.find()) {
            String text = matcher.group();
            int end = matcher.end();
            // a sentence-final dot belongs to the sentence, not to the word ("said Hartwell.")
            // "Gen." and "Dr." keep theirs, except where the sentence ends ("según El País.": no title ends one)
            boolean ends = end >= textEnd;
            while (text.length() > 1 && text.endsWith(".") && !text.matches("(?:\\p{L}\\.)+")
                    && (ends || !text.matches("\\p{Lu}\\p{Ll}{0,3}\\."))) {
                text = text.substring(0, text.length() - 1);
                end--;
            }
            words.add(new Word(text, matcher.start(), end));
        }
        return words;
    }
}
