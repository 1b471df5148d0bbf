package dev.storybrief.eval.rouge;

import dev.storybrief.util.IntList;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-call vocabulary: turns raw token bytes into the int ids of the tokens as counted (after
 * stopword removal and stemming). Each distinct raw token is filtered once; two raw tokens with the
 * same stem share one id. Not thread-safe; one instance per scoring call.
 */
final class TokenIds {
    private static final int DROPPED = -1;

    private final TokenFilter filter;
    private final RougeTokenization tokenization;
    private final TokenInterner raw = new TokenInterner();
    private final Map<String, Integer> countedIds = new HashMap<>();
    private int[] rawToCounted = new int[256];
    /** Raw ids below this already have their counted id; the interner hands out new ids in order. */
    private int filteredRawCount;

    TokenIds(TokenFilter filter, RougeTokenization tokenization) {
        this.filter = filter;
        this.tokenization = tokenization;
    }

    /** Number of distinct counted tokens so far; ids are below this. */
    int vocabularySize() {
        return countedIds.size();
    }

    /** Appends the counted-token ids of {@code bytes[0, length)} to {@code out}. */
    void tokenize(byte[] bytes, int length, IntList out) {
        if (tokenization == RougeTokenization.UNICODE) {
            tokenizeUnicode(bytes, length, out);
            return;
        }
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean tokenByte = i < length && RougeTokenizer.isTokenByte(bytes[i]);
            if (tokenByte) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                int id = countedId(bytes, start, i);
                if (id != DROPPED) {
                    out.add(id);
                }
                start = -1;
            }
        }
    }

    /** A cut inside a multi-byte character ({@code -b}) decodes to U+FFFD, which is not a token part. */
    private void tokenizeUnicode(byte[] bytes, int length, IntList out) {
        for (String token : RougeTokenizer.unicodeTokens(new String(bytes, 0, length, StandardCharsets.UTF_8))) {
            byte[] utf8 = token.getBytes(StandardCharsets.UTF_8);
            int id = countedId(utf8, 0, utf8.length);
            if (id != DROPPED) {
                out.add(id);
            }
        }
    }

    private int countedId(byte[] bytes, int from, int to) {
        int rawId = raw.intern(bytes, from, to);
        if (rawId < filteredRawCount) {
            return rawToCounted[rawId];
        }
        String counted = filter.apply(raw.text(rawId));
        int id = counted == null ? DROPPED : countedIds.computeIfAbsent(counted, k -> countedIds.size());
        if (rawId == rawToCounted.length) {
            rawToCounted = Arrays.copyOf(rawToCounted, rawToCounted.length * 2);
        }
        rawToCounted[rawId] = id;
        filteredRawCount = rawId + 1;
        return id;
    }
}
