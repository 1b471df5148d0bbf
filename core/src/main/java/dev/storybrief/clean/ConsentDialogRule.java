package dev.storybrief.clean;

import dev.storybrief.model.Words;
import dev.storybrief.wording.ConsentWording;
import java.util.Optional;
import java.util.Set;

/**
 * A cookie-consent dialogue copied with the page: its title ("We value your privacy"), its text about cookies,
 * partners and preferences, further lines of that text ("List of partners (vendors)"), and its buttons ("Accept all",
 * "Reject all", "Manage preferences"). The dialogue's text marks the block; the title counts only directly above it,
 * a button or a further line only directly under the block, so a story's own line that reads like a button or a
 * title stays. A line that quotes someone or says someone spoke is a story's, never the dialogue's.
 */
final class ConsentDialogRule implements LineRule {
    /** The dialogue's text is a paragraph or two; a longer text is an article about cookies. */
    private static final int TEXT_WORDS = 80;
    /** A further line of the dialogue is short: a purpose or a link. */
    private static final int FURTHER_WORDS = 25;
    /** Rules whose removed line is part of a dialogue (a one-line cookie notice opens one too). */
    private static final Set<String> DIALOGUE = Set.of("consent-dialog", "cookie-notice");

    @Override
    public String name() {
        return "consent-dialog";
    }

    @Override
    public Optional<String> match(LineContext context) {
        String line = context.line();
        if (ReportedSpeech.isReported(line)) {
            return Optional.empty();
        }
        if (isText(line)) {
            return Optional.of("cookie consent dialogue");
        }
        String above = context.previousRemovedBy();
        if (above != null && DIALOGUE.contains(above) && (ConsentWording.isButtons(line)
                || Words.atMost(line, FURTHER_WORDS) && ConsentWording.mentionsConsent(line))) {
            return Optional.of("button or line of a cookie consent dialogue");
        }
        if (ConsentWording.isTitle(line) && isText(context.nextNonBlank())) {
            return Optional.of("title of a cookie consent dialogue");
        }
        return Optional.empty();
    }

    private static boolean isText(String line) {
        return Words.atMost(line, TEXT_WORDS) && !ReportedSpeech.isReported(line) && ConsentWording.isConsentText(line);
    }
}
