package dev.storybrief.analyze.language;

/**
 * What language a text is in and how sure the identification was.
 *
 * @param code       ISO 639-1 code where one exists ("fr"), else ISO 639-3
 * @param confidence from 0 (not identified: the text was too short, the code is a default) to 1 (given by the user)
 * @param method     how it was decided, for a reader
 */
public record LanguageGuess(String code, double confidence, Method method) {

    /**
     * The code when the text was identified, not defaulted, with at least {@code bar} confidence; else null: what a
     * reader of a language's own words (a notice's, a slashed date's order) may rely on.
     */
    public String codeIfSure(double bar) {
        return method == Method.DEFAULT || confidence < bar ? null : code;
    }

    /** How a language was decided. */
    public enum Method {
        /** Given by the user ({@code --language}) or the source. */
        GIVEN,
        /** English function words make up a share of the text no other language reaches. */
        FUNCTION_WORDS,
        /** OpenNLP's language detector (character n-gram model, 103 languages). */
        MODEL,
        /**
         * The detector chose among close standards of one language and the text's words told which: Latin-script
         * Serbian, which the detector calls Croatian or Bosnian, by its ekavian forms; Bosnian or Croatian, Norwegian
         * or Danish, Malay or Indonesian by the words only one of them writes.
         */
        STANDARD_WORDS,
        /** Too little text to tell: the default language, with confidence 0. */
        DEFAULT
    }
}
