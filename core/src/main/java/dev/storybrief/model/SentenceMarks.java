package dev.storybrief.model;

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

    private SentenceMarks() {
    }

    /** True when {@code line} ends like a sentence: a full stop, question or exclamation mark, maybe then a closer. */
    public static boolean endsSentence(String line) {
        return line.matches("(?s).*[" + ENDS + "][" + CLOSERS + "]?$");
    }
}
