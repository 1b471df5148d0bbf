package dev.storybrief.wording;

import java.util.regex.Pattern;

/**
 * Recognises a short line in which the site asks the reader to subscribe, join or come back for more: "Get the
 * latest news straight to your phone with our app", "Never miss the latest news by signing up to our newsletter",
 * "Werden Sie Mitglied und erhalten Sie exklusive Angebote!", "Pour accéder en illimité aux articles :". Pages put
 * such lines among the article's paragraphs, in the same markup, without a form or a box named for them, so only
 * their words tell them apart: they address the reader about the site's news, newsletter, membership or access,
 * which a story's sentences hardly ever do in these words; so does the paywall's line for readers who already pay.
 * English, German, French and Polish.
 */
public final class SubscriptionAppeals {

    private static final Pattern APPEAL = Pattern.compile(
            "\\b((get|never miss|don'?t miss|stay on top of) (all )?(the|our) latest (news|updates|stories|headlines)|"
                    + "(sign(ing)? up|subscrib(e|ing)|register(ing)?) (to|for) our ([a-z]+ ){0,2}newsletters?|"
                    + "get our (free )?([a-z]+ ){0,2}newsletters?|^stay up to date( with [^.]{0,40})?(\\.\\.\\.|…|\\.)?$|"
                    // the paywall's second line, for readers who pay: "Already a subscriber? Log in"
                    + "^already (a )?(subscriber|member|subscribed|registered)\\b|sind sie (bereits|schon) abonnent|"
                    + "^(vous [eê]tes )?d[eé]j[aà] abonn[eé]|"
                    + "werden sie (jetzt )?mitglied|jetzt mitglied werden|"
                    + "(abonnieren|bestellen) sie (jetzt )?(unseren|den) newsletter|"
                    + "(bleiben sie|bleib) (immer |stets )?(auf dem laufenden|informiert)|"
                    + "verpassen sie (keine|nichts)|"
                    + "pour (acc[eé]der|lire la suite|continuer [àa] lire)|"
                    + "(abonnez|inscrivez)-vous [àa] (notre|la) newsletter|ne manquez (rien|aucune?)|"
                    + "zapisz si[eę] (do|na) (nasz(ego|y) )?newslett?er|b[aą]d[zź] na bie[zż][aą]co)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Cheap pre-check: every appeal above holds one of these letter sequences. */
    private static final String[] HINTS = {"latest", "newsletter", "mitglied", "laufenden", "informiert", "verpassen",
        "pour ", "manquez", "bie", "up to date", "already", "abonn"};

    private SubscriptionAppeals() {
    }

    /** Whether {@code text} (a short block) asks the reader to subscribe, join, or read on behind a paywall. */
    public static boolean isAppeal(String text) {
        return Hints.anyIn(text, HINTS) && APPEAL.matcher(text).find();
    }
}
