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
                    + "ta strona|nasza strona|naszej stronie|korzystamy|u[zż]ywamy|zgadzasz|wyra[zż]asz zgod|"
                    // the same words in the other languages the tool reads: the site naming itself ("questo sito",
                    // "este site", "deze website") or what it does ("utilizziamo", "wij gebruiken", "usamos")
                    + "questo sito|il nostro sito|utilizziamo|usiamo|este sitio|esta web|nuestro sitio|este s[ií]te?|"
                    + "nosso site|utilizamos|usamos|deze (web)?site|onze (web)?site|wij gebruiken|we gebruiken|"
                    + "acest site|folosim|utiliz[aă]m|tento web|pou[zž][ií]v[aá]me|denna webbplats|vi anv[aä]nder|"
                    + "vi bruger|vi bruker|t[aä]m[aä] sivusto|k[aä]yt[aä]mme|ez a weboldal|haszn[aá]lunk|bu site|"
                    + "kullan[ıi]yoruz|этот сайт|мы используем|цей сайт|ми використовуємо|χρησιμοποιούμε|"
                    + "situs ini|kami menggunakan)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The word for cookies, borrowed by most languages; Turkish, Finnish and Hungarian name them their own way. */
    private static final String[] HINTS = {"cookie", "çerez", "eväste", "süti", "куки", "кукі"};

    private CookieNotices() {
    }

    /** Whether the line names cookies, in the word most languages borrowed or in their own. */
    public static boolean namesCookies(String line) {
        return Hints.anyIn(line, HINTS);
    }

    /** Whether the line is a cookie notice: it names cookies and the site itself or the reader's consent. */
    public static boolean isNotice(String line) {
        return dev.storybrief.model.Words.count(line) <= MAX_WORDS && Hints.anyIn(line, HINTS)
                && NOTICE.matcher(line).find();
    }
}
