package dev.storybrief.analyze.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import dev.storybrief.analyze.language.LanguageGuess.Method;
import dev.storybrief.util.LetterScripts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of an article's text with Apache OpenNLP's language detector ({@code opennlp-models-langdetect}
 * 1.3.0, 103 languages), gated on length: a text with fewer than {@link #MIN_LETTERS} letters keeps the default
 * language with confidence 0, since a headline's worth of letters is not enough to tell Danish from Norwegian. Plain
 * English prose is recognised by its function words first ({@link EnglishFunctionWords}), so the model is loaded
 * only when an article may be in another language. Between close standards the model is unsure of on short texts
 * (Norwegian and Danish, Malay and Indonesian, Bosnian and Croatian) the words only one of them writes decide
 * ({@link CloseStandards}). The model learnt Serbian from Cyrillic text: a Latin-script text it
 * calls Croatian or Bosnian is Serbian when it is written in Serbia's ekavian standard ({@link SerbianLatinMarkers}).
 *
 * <p>The confidence is the top language's probability over the top two's together: 0.5 when the model cannot choose
 * between two languages, near 1 when one stands out. (The raw probabilities are spread over 103 languages, so even a
 * sure answer has a small one.) A language the model names twice ("est" and "ekk") counts once, with both
 * probabilities; Serbian told by its words counts Serbian, Croatian and Bosnian as one against the next language.
 * Thread-safe.
 */
public final class LanguageIdentifier {
    /** Fewest letters worth identifying. */
    public static final int MIN_LETTERS = 40;
    /** The detector reads at most this many characters: a few paragraphs tell the language as well as a whole text. */
    static final int MAX_CHARS = 3000;
    private static final String MODEL = "/langdetect-183.bin";
    private static final double FUNCTION_WORD_CONFIDENCE = 0.99;
    /** Serbian, Croatian and Bosnian: one language the model splits by script more than by standard. */
    private static final Set<String> SERBO_CROATIAN = Set.of("sr", "hr", "bs");
    /** Bokmål and Nynorsk, which the model names apart: one language, one term chain. */
    private static final Set<String> NORWEGIAN = Set.of("nb", "nn", "no");

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
        List<Map.Entry<String, Double>> ranked = ranked(Holder.DETECTOR.get().predictLanguages(sample));
        String code = ranked.get(0).getKey();
        if (SERBO_CROATIAN.contains(code)) {
            return serboCroatian(sample, code, ranked);
        }
        CloseStandards pair = CloseStandards.of(code);
        if (pair != null) {
            return closeStandard(sample, code, ranked, pair);
        }
        return new LanguageGuess(code, confidence(ranked, Set.of(code)), LanguageGuess.Method.MODEL);
    }

    /**
     * Norwegian or Danish, Malay or Indonesian: the words only one standard writes ({@link CloseStandards}) overrule
     * the model when they tell the other, keeping the model's confidence (its doubt between the two); else the model's
     * choice stands with its own confidence (Norwegian's two written standards, which the model names apart, counted
     * as one).
     */
    private static LanguageGuess closeStandard(String sample, String code, List<Map.Entry<String, Double>> ranked,
                                               CloseStandards pair) {
        String told = pair.tell(sample);
        if (told == null || pair.isFirst(code) == told.equals(pair.first())) {
            Set<String> same = pair == CloseStandards.NORWEGIAN_DANISH && pair.isFirst(code) ? NORWEGIAN : Set.of(code);
            return new LanguageGuess(code, confidence(ranked, same), Method.MODEL);
        }
        String chosen = told;
        if (pair == CloseStandards.NORWEGIAN_DANISH && told.equals(pair.first())) {
            // the written standard the model rated higher: Nynorsk words ("ikkje", "eg") are Norwegian words too
            chosen = ranked.stream().map(Map.Entry::getKey).filter(NORWEGIAN::contains).findFirst().orElse(told);
        }
        // the model's doubt stays: the words tell the standard, but a text whose paragraphs flip between two close
        // standards is not two languages (the cleaner sets a second language apart only when sure of both)
        return new LanguageGuess(chosen, confidence(ranked, Set.of(code)), Method.STANDARD_WORDS);
    }

    /**
     * The model's languages by their two-letter codes, most probable first. The detector names some languages twice,
     * as macrolanguage and as individual language ("est" and "ekk", "lav" and "lvs", "msa" and "zsm"): such a pair is
     * one language whose probability is their sum, or a sure Estonian would be told with confidence 0.5.
     */
    private static List<Map.Entry<String, Double>> ranked(Language[] languages) {
        Map<String, Double> byCode = new LinkedHashMap<>();
        for (Language language : languages) {
            byCode.merge(LanguageCodes.twoLetter(language.getLang()), language.getConfidence(), Double::sum);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(byCode.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return ranked;
    }

    /** The probability of {@code codes} over it and the most probable language outside them. */
    private static double confidence(List<Map.Entry<String, Double>> ranked, Set<String> codes) {
        double top = 0;
        double other = 0;
        for (Map.Entry<String, Double> entry : ranked) {
            if (codes.contains(entry.getKey())) {
                top += entry.getValue();
            } else {
                other = Math.max(other, entry.getValue());
            }
        }
        return round(top + other > 0 ? top / (top + other) : 0);
    }

    /**
     * Serbian, Croatian or Bosnian: the model learnt Serbian from Cyrillic text and calls Latin-script Serbian
     * Croatian or Bosnian, so a Latin text written in Serbia's standard is told by its words
     * ({@link SerbianLatinMarkers}); Cyrillic text is Serbian. When the words or the script decide, the confidence is
     * that of the three together against the next language; when the model's choice stands (Croatian or Bosnian), it
     * keeps its own confidence, low between the two: a reader of it (such as the cleaner's check for a second language
     * in one text) must not take a flip between close standards for another language.
     */
    private static LanguageGuess serboCroatian(String sample, String code, List<Map.Entry<String, Double>> ranked) {
        boolean serbian = LetterScripts.mostlyCyrillic(sample) || SerbianLatinMarkers.isSerbian(sample);
        if (!serbian && !code.equals("sr")) {
            // Bosnian or Croatian: the words only one of them writes overrule the model's near tie between the two
            String told = CloseStandards.BOSNIAN_CROATIAN.tell(sample);
            if (told != null && !told.equals(code)) {
                return new LanguageGuess(told, confidence(ranked, Set.of(code)), Method.STANDARD_WORDS);
            }
        }
        if (!serbian || code.equals("sr")) {
            String told = serbian ? "sr" : code;
            return new LanguageGuess(told, confidence(ranked, Set.of(told)), Method.MODEL);
        }
        return new LanguageGuess("sr", confidence(ranked, SERBO_CROATIAN), Method.STANDARD_WORDS);
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
