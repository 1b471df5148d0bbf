package dev.storybrief.eval.rouge;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What the scorer does to each raw token ({@code createNGram}, {@code tokenizeText_LCS}): with
 * {@code -s} a token in the stopword list is dropped (checked before stemming); with {@code -m} a token
 * longer than 3 characters becomes its WordNet exception base form if it has one (not stemmed further),
 * otherwise its Porter stem. Stems are cached across calls; thread-safe.
 */
final class TokenFilter {
    /** Stem cache bound: past it new words are stemmed without being remembered. */
    private static final int MAX_CACHED_STEMS = 200_000;

    private final RougeResources resources;
    private final boolean removeStopwords;
    private final boolean stem;
    private final ConcurrentHashMap<String, String> stems = new ConcurrentHashMap<>();

    TokenFilter(RougeOptions options, RougeResources resources) {
        this.resources = resources;
        this.removeStopwords = options.removeStopwords();
        this.stem = options.stem();
    }

    /** The token as counted, or null when it is dropped. */
    String apply(String rawToken) {
        if (removeStopwords && resources.isStopword(rawToken)) {
            return null;
        }
        if (!stem || rawToken.length() <= 3) {
            return rawToken;
        }
        String cached = stems.get(rawToken);
        if (cached != null) {
            return cached;
        }
        String stemmed = morphStem(rawToken);
        if (stems.size() < MAX_CACHED_STEMS) {
            stems.put(rawToken, stemmed);
        }
        return stemmed;
    }

    private String morphStem(String token) {
        String base = resources.exceptionBase(token);
        return base != null ? base : PerlPorterStemmer.stem(token);
    }
}
