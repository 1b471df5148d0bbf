package dev.storybrief.model;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;

/**
 * The punctuation that ends a sentence, or closes a quotation or bracket after its end, in the scripts storybrief
 * reads: Latin and Cyrillic ". ! ?", the ideographic and full-width "。！？" of Chinese and Japanese, Arabic "؟",
 * Urdu "۔", Devanagari "।" and "॥", Ethiopic "።", Armenian "։", Burmese "။". As bodies of regular-expression
 * character classes.
 */
public final class SentenceMarks {
    /** Marks that end a sentence. */
    public static final String ENDS = ".!?。！？؟۔।॥።։။";
    /** Marks that end a statement: {@link #ENDS} without the question marks. */
    public static final String STATEMENT_ENDS = ".!。！۔।॥።։။";
    /** Marks that end a question. */
    public static final String QUESTION_ENDS = "?？؟";
    /** Marks that may follow a sentence's end: closing quotation marks and brackets, Chinese and Japanese ones too. */
    public static final String CLOSERS = "\"'”’»)」』）";

    /** Unicode's sentence terminals (Sentence_Terminal): every script's own, Khmer "។" and Ethiopic "።" among them. */
    private static final UnicodeSet TERMINALS = new UnicodeSet("[:Sentence_Terminal:]").freeze();
    /** What may follow a sentence's end: spaces, closing quotation marks and brackets of any script. */
    private static final UnicodeSet TRAILING = new UnicodeSet("[[:White_Space:][:Pe:][:Pf:][:Pi:]\\u0022\\u0027\\u00a0\\u202f]")
            .freeze();

    private SentenceMarks() {
    }

    /**
     * True when {@code sentence} ends as a sentence ends in its script: with a sentence terminal of Unicode (".", "!",
     * "?", "。", "।", "።", "។", "။" ...), maybe then a closer; or, in a script that writes no sentence terminal and no
     * spaces between words (Thai, Lao: a space ends the sentence, per Unicode's Script_Extensions and ICU's script
     * data), with its last word.
     */
    public static boolean endsProse(String sentence) {
        int end = sentence.length();
        while (end > 0 && TRAILING.contains(sentence.codePointBefore(end))) {
            end -= Character.charCount(sentence.codePointBefore(end));
        }
        if (end == 0) {
            return false;
        }
        int last = sentence.codePointBefore(end);
        if (TERMINALS.contains(last) || ENDS.indexOf(last) >= 0) {
            return true;
        }
        int script = UScript.getScript(last);
        return UCharacter.isLetter(last) || UCharacter.getType(last) == UCharacter.NON_SPACING_MARK
                || UCharacter.getType(last) == UCharacter.COMBINING_SPACING_MARK ? writesNoTerminal(script) : false;
    }

    /** Scripts without spaces between words whose sentences end with no mark, computed once per script. */
    private static final java.util.Map<Integer, Boolean> UNMARKED = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean writesNoTerminal(int script) {
        return UNMARKED.computeIfAbsent(script, s -> UScript.breaksBetweenLetters(s)
                && new UnicodeSet().applyIntPropertyValue(UProperty.SCRIPT_EXTENSIONS, s).retainAll(TERMINALS).isEmpty());
    }

    /** True when {@code line} ends like a sentence: a full stop, question or exclamation mark, maybe then a closer. */
    public static boolean endsSentence(String line) {
        return line.matches("(?s).*[" + ENDS + "][" + CLOSERS + "]?$");
    }
}
