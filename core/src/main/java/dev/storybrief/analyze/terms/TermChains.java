package dev.storybrief.analyze.terms;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The term chain of each language, Lucene-style: one analysis chain per language code, chosen per article by its
 * language. A language without a chain of its own falls back to {@link #fallback()}; {@link #has(String)} tells
 * a caller which happened.
 */
public final class TermChains {
    private static final TermChains STANDARD = new TermChains(Map.of(
            "en", () -> new TermChain("en", new EnglishTermAnalyzer(),
                    "Lucene StandardTokenizer, apostrophe cut, lower case, news stop words, Porter stemmer")));

    private final Map<String, Supplier<TermChain>> factories;
    private final Map<String, TermChain> built = new ConcurrentHashMap<>();

    private TermChains(Map<String, Supplier<TermChain>> factories) {
        this.factories = Map.copyOf(factories);
    }

    /** The chains storybrief ships. */
    public static TermChains standard() {
        return STANDARD;
    }

    /** The English chain, the default for text of unknown language. */
    public static TermChain english() {
        return STANDARD.forLanguage("en");
    }

    /** True when {@code language} has a chain of its own. */
    public boolean has(String language) {
        return factories.containsKey(normalise(language));
    }

    /** The chain for an ISO 639-1 code; the fallback chain when the language has none. */
    public TermChain forLanguage(String language) {
        String code = has(language) ? normalise(language) : "en";
        return built.computeIfAbsent(code, c -> factories.get(c).get());
    }

    /** The chain used for a language without its own. */
    public TermChain fallback() {
        return forLanguage("en");
    }

    private static String normalise(String language) {
        return language == null ? "" : language.toLowerCase(Locale.ROOT);
    }
}
