package dev.storybrief.wording;

import dev.storybrief.model.Words;
import java.util.regex.Pattern;

/**
 * Recognises a paywall's or subscription box's line: "Subscribe to continue reading", "You have reached your free
 * article limit", "Get unlimited digital access for $1/week", "Log in to read more". Shared by the page extractor
 * and the text cleaner, so that {@code extract} and {@code brief} take out the same lines: the words say what the
 * line is, wherever it was found (a page's paragraph or a copied text's line). A story's sentence of more than
 * {@link #MAX_WORDS} words that names a subscription is the story's, not the site's.
 */
public final class PaywallPrompts {
    /** Longest line, in words, read as a prompt. */
    public static final int MAX_WORDS = 25;
    private static final Pattern PROMPT = Pattern.compile(
            "(?i)(?:subscribe|subscription|unlimited (?:digital )?(?:access|stories)|get unlimited|free articles?"
                    + "|you've read|already a subscriber|sign up|log ?in to|\\$\\d+(?:\\.\\d\\d)?\\s*/\\s*(?:month|week|year))");

    private PaywallPrompts() {
    }

    /** Whether the line (a paragraph) is a paywall or subscription prompt. */
    public static boolean isPrompt(String line) {
        return Words.atMost(line, MAX_WORDS) && PROMPT.matcher(line).find();
    }
}
