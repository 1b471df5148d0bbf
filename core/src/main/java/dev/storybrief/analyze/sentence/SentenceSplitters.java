package dev.storybrief.analyze.sentence;

import dev.storybrief.analyze.SentenceSplitter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence splitter of each language: storybrief's English splitter ({@link SentenceSplitter}, OpenNLP with news
 * repairs), OpenNLP's German and French models, and ICU's sentence breaks for every other language.
 */
public final class SentenceSplitters {
    private static final Map<String, String> OPENNLP_MODELS = Map.of(
            "de", "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin",
            "fr", "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin");

    private final ParagraphSplitter english;
    private final Map<String, ParagraphSplitter> others = new ConcurrentHashMap<>();

    /** The standard splitters. */
    public SentenceSplitters() {
        this(new SentenceSplitter());
    }

    /** The standard splitters with the given English one. */
    public SentenceSplitters(SentenceSplitter english) {
        this.english = english::spans;
    }

    /** The splitter for an ISO 639-1 code. */
    public ParagraphSplitter forLanguage(String language) {
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (code.equals("en") || code.isEmpty()) {
            return english;
        }
        return others.computeIfAbsent(code, c -> OPENNLP_MODELS.containsKey(c)
                ? new OpenNlpSplitter(OPENNLP_MODELS.get(c), c) : new IcuSplitter(c));
    }

    /** What splits a language's sentences, in words. */
    public static String method(String language) {
        String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (code.equals("en") || code.isEmpty()) {
            return "OpenNLP English model with news repairs";
        }
        return OPENNLP_MODELS.containsKey(code) ? "OpenNLP " + code + " model (UD treebank) with repairs"
                : "ICU sentence breaks with abbreviation repairs";
    }
}
