package dev.storybrief.clean;

import dev.storybrief.model.Words;
import dev.storybrief.wording.ConsentWording;
import dev.storybrief.wording.CookieNotices;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-consent dialogue copied with the page: its title ("We value your privacy"), its text about cookies,
 * partners and preferences, further lines of that text ("List of partners (vendors)"), and its buttons ("Accept all",
 * "Reject all", "Manage preferences"). The dialogue's text marks the block; the title counts only directly above it,
 * a button or a further line only directly under the block, so a story's own line that reads like a button or a
 * title stays. A line that quotes someone or says someone spoke is a story's, never the dialogue's. A cookie notice
 * copied as one line with its buttons ("Questo sito utilizza cookie tecnici. Accetta tutti | Rifiuta") is told by its
 * shape in any language: it names cookies, and after its last sentence comes a row of a few short captions, which no
 * paragraph of a story ends with.
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
        if (Words.atMost(line, TEXT_WORDS) && CookieNotices.namesCookies(line) && endsWithButtons(line)) {
            return Optional.of("cookie notice with its buttons");
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

    /** Most captions in a notice's row of buttons ("Accept all | Reject | Settings | More"). */
    private static final int BUTTONS = 4;
    /** Most words of one caption ("Alles accepteren", "Accetta tutti"). */
    private static final int CAPTION_WORDS = 3;
    /** Where a sentence ends inside the line: its mark, then a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"”’»)]*\\s+");
    private static final Pattern BUTTON_BAR = Pattern.compile("\\s*[|·•/]\\s*");

    /**
     * Whether the line ends, after a sentence, with a row of buttons: one to four captions of a few words, set apart
     * by bars, dots or slashes, without digits or a sentence's marks ("Akceptuję", "Aceitar | Configurações").
     */
    static boolean endsWithButtons(String line) {
        Matcher end = SENTENCE_END.matcher(line);
        int after = -1;
        while (end.find()) {
            after = end.end();
        }
        if (after < 0 || after >= line.length()) {
            return false;
        }
        String[] captions = BUTTON_BAR.split(line.substring(after).strip());
        if (captions.length > BUTTONS) {
            return false;
        }
        for (String caption : captions) {
            if (caption.isBlank() || Words.count(caption) > CAPTION_WORDS || !caption.matches("[\\p{L}' -]+")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(String line) {
        return Words.atMost(line, TEXT_WORDS) && !ReportedSpeech.isReported(line) && ConsentWording.isConsentText(line);
    }
}
