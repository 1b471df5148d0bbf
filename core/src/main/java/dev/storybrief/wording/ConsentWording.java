package dev.storybrief.wording;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a cookie-consent dialogue ("We and our partners use cookies ... You can accept all, reject all or manage
 * your preferences."), its title ("We value your privacy") and its buttons ("Accept all", "Reject all", "Manage
 * preferences"), in English, German and French. A dialogue's text speaks to the reader about the site's cookies,
 * partners, consent and privacy settings, several of them at once; a story about cookie rules reports on them and
 * speaks of others. The page extractor asks it whether a page is nothing but the dialogue, the text cleaner which lines
 * a reader copied with it.
 */
public final class ConsentWording {

    /** Distinct consent terms that make a paragraph consent wording. */
    private static final int MIN_TERMS = 2;
    /** A dialogue's title is a few words. */
    private static final int TITLE_WORDS = 8;
    /** A row of buttons is a few words. */
    private static final int BUTTON_WORDS = 12;

    /** What consent dialogues speak of. */
    private static final Pattern TERM = Pattern.compile("(?iu)\\b(cookies?|consent|partners|privacy (policy|settings)"
            + "|personali[sz]ed (ads|content|advertising)|accept all|reject all|(more|manage) options"
            + "|einwilligung|datenschutz\\w*|alle akzeptieren|alle ablehnen|partenaires|consentement"
            + "|tout accepter|tout refuser)\\b");

    /** The site speaking to the reader, as a notice does; a report speaks of others. */
    private static final Pattern ADDRESS = Pattern.compile("(?iu)\\b(we|our|you|your|wir|unsere?|sie|nous|vous)\\b");

    /** Letters every consent paragraph holds one of: most paragraphs hold none and skip the patterns. */
    private static final String[] HINTS = {"cookie", "consent", "partner", "privacy", "accept", "reject", "option",
        "einwillig", "datenschutz", "akzeptier", "ablehn", "partenaire", "consentement", "accepter", "refuser"};

    /** The title of a dialogue: it names the reader's privacy, cookies or consent and nothing else. */
    private static final Pattern TITLE = Pattern.compile("(?iu)^(?:(?:we|wir|nous) (?:value|care about|respect|respektieren"
            + "|sch[üu]tzen|respectons)|(?:your|ihre|deine|votre|vos)|(?:manage|about|before you continue)\\b)?.{0,40}?\\b"
            + "(?:privacy|cookies?|consent|datenschutz\\w*|privatsph[äa]re|cookie-einstellungen|confidentialit[ée]"
            + "|vie priv[ée]e|consentement)\\b.{0,30}$");

    /** One button of a dialogue. */
    private static final String BUTTON = "(?:(?:accept|allow|reject|decline|refuse|deny) (?:all|all cookies|cookies|optional cookies)"
            + "|(?:accept|agree|allow|reject|decline|refuse|i accept|i agree|i decline|agree and close|agree and continue)"
            + "|(?:manage|customi[sz]e|change|show|set|save) (?:my |your )?(?:preferences|options|settings|choices|purposes)"
            + "|(?:cookie|privacy|consent) (?:settings|preferences|options)|more options|customi[sz]e|preferences|settings"
            + "|(?:only |use )?(?:necessary|essential|strictly necessary) cookies(?: only)?|confirm (?:my )?choices"
            + "|continue without accepting|save (?:and exit|and close|settings|choices)|list of (?:partners|vendors)(?: \\(vendors\\))?"
            + "|ok|okay|got it|alle akzeptieren|alle ablehnen|akzeptieren|ablehnen|einstellungen|nur notwendige(?: cookies)?"
            + "|tout accepter|tout refuser|accepter|refuser|param[ée]trer|personnaliser|continuer sans accepter)";
    private static final Pattern BUTTONS = Pattern.compile("(?iu)^" + BUTTON + "(?:\\s*[|·•/,]\\s*" + BUTTON + ")*[.!]?$");

    private ConsentWording() {
    }

    /**
     * Whether the paragraph is consent wording: a cookie notice, or the site addressing the reader about two consent
     * matters or more (cookies and partners, consent and privacy settings).
     */
    public static boolean isConsentText(String paragraph) {
        if (!Hints.anyIn(paragraph, HINTS)) {
            return false;
        }
        if (CookieNotices.isNotice(paragraph)) {
            return true;
        }
        if (!ADDRESS.matcher(paragraph).find()) {
            return false;
        }
        Set<String> terms = new HashSet<>();
        Matcher m = TERM.matcher(paragraph);
        while (m.find() && terms.size() < MIN_TERMS) {
            terms.add(m.group(1).toLowerCase(Locale.ROOT).replaceAll("s$", ""));
        }
        return terms.size() >= MIN_TERMS;
    }

    /** Whether the line names one consent matter at least ("List of partners", "Personalised ads and content"). */
    public static boolean mentionsConsent(String line) {
        return Hints.anyIn(line, HINTS) && TERM.matcher(line).find();
    }

    /** Whether the short line is a dialogue's title: "We value your privacy", "Your privacy choices". */
    public static boolean isTitle(String line) {
        return dev.storybrief.model.Words.count(line) <= TITLE_WORDS && TITLE.matcher(line).matches();
    }

    /** Whether the line is nothing but a dialogue's buttons: "Accept all", "Reject all", "Accept | Settings". */
    public static boolean isButtons(String line) {
        return dev.storybrief.model.Words.count(line) <= BUTTON_WORDS && BUTTONS.matcher(line.strip()).matches();
    }
}
