package dev.storybrief.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A share bar's buttons, one a line ("Share", "Facebook", "WhatsApp", "Copy link") or in a row joined by dots or bars
 * ("Tweet · Share · Pin · Email"), and the advertisement labels of the same size. A button whose caption is also a
 * word of text ("X", "Pin", "Save") counts only in the bar: beside another button.
 */
final class ShareBarRule implements LineRule {
    /** Captions that only a button has. */
    private static final String BUTTON = "(?:share|tweet|e-?mail|facebook|twitter|whatsapp|linkedin|pinterest|reddit"
            + "|print|comments?|\\d+ comments?|save|copy link|messenger|telegram|flipboard|bluesky|threads|mastodon)";
    /** Captions that are buttons only beside another button. */
    private static final String IN_A_BAR = "(?:x|pin|mail|link|sms)";
    private static final Pattern ALONE = Pattern.compile("(?i)^(?:" + BUTTON + "|advertisement|sponsored"
            + "|story continues below(?: advertisement)?)$");
    private static final Pattern ROW = Pattern.compile("(?i)^(?:" + BUTTON + "|" + IN_A_BAR + ")(?:\\s*[·•|/]\\s*(?:"
            + BUTTON + "|" + IN_A_BAR + "))+$");
    private static final Pattern BAR_ONLY = Pattern.compile("(?i)^" + IN_A_BAR + "$");

    @Override
    public String name() {
        return "share-bar";
    }

    @Override
    public Optional<String> match(LineContext context) {
        String line = context.line();
        if (ALONE.matcher(line).matches() || ROW.matcher(line).matches()) {
            return Optional.of("share bar or advertisement");
        }
        boolean inBar = name().equals(context.previousRemovedBy()) || ALONE.matcher(context.nextNonBlank()).matches();
        return inBar && BAR_ONLY.matcher(line).matches() ? Optional.of("share bar button") : Optional.empty();
    }
}
