package dev.storybrief.ingest.html;

import dev.storybrief.wording.CookieNotices;
import dev.storybrief.wording.Hints;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the text found on a page is a cookie-consent wall rather than an article: the page a site shows before its
 * content ("We and our partners use cookies ... Accept all / Reject all"), saved instead of the article. Its
 * paragraphs speak to the reader about the site's cookies, partners, consent and privacy settings; such paragraphs
 * hold most of the words. A story about cookie rules reports on them and runs on to other things.
 */
final class ConsentWalls {

    /** Share of the text in consent paragraphs from which the text is the wall, not an article. */
    private static final double WALL_SHARE = 0.6;
    /** Distinct consent terms that make a paragraph consent wording. */
    private static final int MIN_TERMS = 2;

    /** What consent dialogs speak of, in English, German and French. */
    private static final Pattern TERM = Pattern.compile("(?iu)\\b(cookies?|consent|partners|privacy (policy|settings)"
            + "|personali[sz]ed (ads|content|advertising)|accept all|reject all|(more|manage) options"
            + "|einwilligung|datenschutz\\w*|alle akzeptieren|alle ablehnen|partenaires|consentement"
            + "|tout accepter|tout refuser)\\b");

    /** The site speaking to the reader, as a notice does; a report speaks of others. */
    private static final Pattern ADDRESS = Pattern.compile("(?iu)\\b(we|our|you|your|wir|unsere?|sie|nous|vous)\\b");

    private ConsentWalls() {
    }

    /** Letters every consent paragraph holds one of: most paragraphs hold none and skip the patterns. */
    private static final String[] HINTS = {"cookie", "consent", "partner", "privacy", "accept", "reject", "option",
            "einwillig", "datenschutz", "akzeptier", "ablehn", "partenaire", "consentement", "accepter", "refuser"};

    /**
     * Whether consent paragraphs hold most of the text of {@code paragraphs} (by characters; the first paragraphs
     * that are not consent wording end the look on an article's page).
     */
    static boolean isWall(List<String> paragraphs) {
        long total = 0;
        for (String p : paragraphs) {
            total += p.length();
        }
        long other = 0;
        for (String p : paragraphs) {
            if (!isConsentWording(p)) {
                other += p.length();
                if (other > (1 - WALL_SHARE) * total) {
                    return false;
                }
            }
        }
        return total > 0;
    }

    private static boolean isConsentWording(String paragraph) {
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
}
