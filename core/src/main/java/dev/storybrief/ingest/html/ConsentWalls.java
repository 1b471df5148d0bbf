package dev.storybrief.ingest.html;

import dev.storybrief.wording.ConsentWording;
import java.util.List;

/**
 * Whether the text found on a page is a cookie-consent wall rather than an article: the page a site shows before its
 * content ("We and our partners use cookies ... Accept all / Reject all"), saved instead of the article. Its
 * paragraphs speak to the reader about the site's cookies, partners, consent and privacy settings; such paragraphs
 * hold most of the words. A story about cookie rules reports on them and runs on to other things.
 */
final class ConsentWalls {

    /** Share of the text in consent paragraphs from which the text is the wall, not an article. */
    private static final double WALL_SHARE = 0.6;

    private ConsentWalls() {
    }

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
            if (!ConsentWording.isConsentText(p)) {
                other += p.length();
                if (other > (1 - WALL_SHARE) * total) {
                    return false;
                }
            }
        }
        return total > 0;
    }
}
