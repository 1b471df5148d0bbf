package dev.storybrief.wording;

import java.util.regex.Pattern;

/**
 * A site's notice that it stores cookies, as it lands among the lines a reader copies from a browser: "This website
 * uses cookies", "By continuing to browse you agree to our use of cookies", "Diese Website verwendet Cookies", "Mit der
 * Nutzung stimmen Sie der Verwendung von Cookies zu", "Ce site utilise des cookies", "Ta strona używa plików cookie".
 * The site speaks of itself or asks the reader's consent; a story about cookies ("regulators say websites use
 * cookies to follow users") does neither.
 */
public final class CookieNotices {

    private static final int MAX_WORDS = 60;
    private static final Pattern NOTICE = Pattern.compile(
            "(this (web)?site|our (web)?site|we use|you (agree|accept|consent)|"
                    + "diese (web)?seite|diese website|unsere (web)?seite|unsere website|wir (verwenden|nutzen|setzen)|"
                    + "stimmen sie|zustimm|einverstanden|akzeptieren|"
                    + "ce site|notre site|nous utilisons|vous acceptez|en poursuivant|"
                    + "ta strona|nasza strona|naszej stronie|korzystamy|u[zż]ywamy|zgadzasz|wyra[zż]asz zgod)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] HINTS = {"cookie"};

    private CookieNotices() {
    }

    /** Whether the line is a cookie notice: it names cookies and the site itself or the reader's consent. */
    public static boolean isNotice(String line) {
        return dev.storybrief.model.Words.count(line) <= MAX_WORDS && Hints.anyIn(line, HINTS)
                && NOTICE.matcher(line).find();
    }
}
