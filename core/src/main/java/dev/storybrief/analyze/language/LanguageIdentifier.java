package dev.storybrief.analyze.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of an article's text with Apache OpenNLP's language detector ({@code opennlp-models-langdetect}
 * 1.3.0, 103 languages), gated on length: a text with fewer than {@link #MIN_LETTERS} letters keeps the default
 * language with confidence 0, since a headline's worth of letters is not enough to tell Danish from Norwegian. Plain
 * English prose is recognised by its function words first ({@link EnglishFunctionWords}), so the model is loaded
 * only when an article may be in another language.
 *
 * <p>The confidence is the top language's probability over the top two's together: 0.5 when the model cannot choose
 * between two languages, near 1 when one stands out. (The raw probabilities are spread over 103 languages, so even a
 * sure answer has a small one.) Thread-safe.
 */
public final class LanguageIdentifier {
    /** Fewest letters worth identifying. */
    public static final int MIN_LETTERS = 40;
    /** The detector reads at most this many characters: a few paragraphs tell the language as well as a whole text. */
    static final int MAX_CHARS = 3000;
    private static final String MODEL = "/langdetect-183.bin";
    private static final double FUNCTION_WORD_CONFIDENCE = 0.99;

    private final String defaultLanguage;

    /** An identifier whose default, for texts too short to tell, is English. */
    public LanguageIdentifier() {
        this("en");
    }

    /** An identifier with the given default language for texts too short to tell. */
    public LanguageIdentifier(String defaultLanguage) {
        this.defaultLanguage = LanguageCodes.twoLetter(defaultLanguage);
    }

    /** The language of {@code text}. */
    public LanguageGuess identify(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) {
            return new LanguageGuess(defaultLanguage, 0, LanguageGuess.Method.DEFAULT);
        }
        if (EnglishFunctionWords.share(sample) >= EnglishFunctionWords.THRESHOLD) {
            return new LanguageGuess("en", FUNCTION_WORD_CONFIDENCE, LanguageGuess.Method.FUNCTION_WORDS);
        }
        Language[] ranked = Holder.DETECTOR.get().predictLanguages(sample);
        double top = ranked[0].getConfidence();
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        double confidence = top + second > 0 ? top / (top + second) : 0;
        return new LanguageGuess(LanguageCodes.twoLetter(ranked[0].getLang()), round(confidence),
                LanguageGuess.Method.MODEL);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** Loads the model on first use only (lazy holder): English-only runs never pay for it. */
    private static final class Holder {
        private static final LanguageDetectorModel MODEL_LOADED = load();
        private static final ThreadLocal<LanguageDetectorME> DETECTOR =
                ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL_LOADED));

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the class path");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP language model", e);
            }
        }
    }
}
