package dev.storybrief.wording;

import java.util.Locale;

/**
 * The cheap pre-check before a costly pattern: whether the text, in lower case, holds one of a few letter sequences
 * that every match of the pattern holds. Most blocks hold none, so the pattern is rarely run.
 */
public final class Hints {

    private Hints() {
    }

    /** Whether {@code text}, lower-cased, contains any of the (lower-case) {@code hints}. */
    public static boolean anyIn(String text, String[] hints) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String hint : hints) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }
}
