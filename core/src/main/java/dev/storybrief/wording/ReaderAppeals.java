package dev.storybrief.wording;

import dev.storybrief.model.Words;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line in which the site speaks to its reader about the site itself, in any language {@link NoticeWords} lists: the
 * paywall's lines ("Cet article est réservé aux abonnés", "Dieser Artikel ist nur für Abonnenten", "Este contenido es
 * exclusivo para suscriptores"), its buttons' sentences, a newsletter's sign-up line ("Inscrivez-vous à notre
 * newsletter", "Melden Sie sich für unseren Newsletter an"). Such a line is built alike in every language: it is short
 * ({@link #MAX_WORDS} words at most), it addresses the reader or speaks of the site's own page ("vous", "Sie",
 * "cet article", "dieser Artikel"), it names the site's things (subscribers, the newsletter, the account, logging
 * in), and it tells no one's act: nobody said anything, no day is named, nothing happened in the past. A story's line
 * about a newspaper's subscribers tells what someone did or said; a reader's appeal does not.
 *
 * <p>Read by the page extractor (a page's paragraphs) and by the text cleaner (a copied text's lines), so a paywall's
 * line leaves the text whichever way it came; here, beside the other words pages use about themselves, both may read
 * it. The words are {@link NoticeWords}' (one list of each language's words, not a second).
 */
public final class ReaderAppeals {
    /**
     * Longest line, in words, read as an appeal: a paywall's line or a sign-up line is a short sentence; longer lines
     * addressing the reader are a page's instructions (how to register for an event, whom to write to).
     */
    public static final int MAX_WORDS = 15;
    /**
     * The languages read: those whose paywall and newsletter lines were looked at. A line of another listed language
     * (an interview's question in Russian addresses "you" and names "the page") is left alone.
     */
    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("fr", "de", "es", "it", "pt", "nl");
    /** Fewer words are a button or a label, left to the rules for those. */
    private static final int MIN_WORDS = 3;

    /**
     * The site's words that name only its pages and links: a line pointing the reader to another page ("Clique no
     * link para ver o calendário", "Nesta página você terá a classificação") is part of what the page offers, not an
     * appeal; an appeal names the reader's tie to the site (a subscription, the newsletter, an account, logging in).
     */
    private static final Pattern NAVIGATION = Pattern.compile("(?iu)p[aá]gina?s?|pages?|pagine|seiten?|webseiten?"
            + "|links?|liens?|enlaces?|sites?|sitios?|sito|web|websites?|url|internet");

    private ReaderAppeals() {
    }

    /** Whether a site word found is one of the reader's tie to the site, not only of its pages and links. */
    private static boolean namesTheReadersTie(Matcher site) {
        while (site.find()) {
            if (!NAVIGATION.matcher(site.group().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code line} (a paragraph or a text's line) is the site's appeal to its reader about the site. */
    public static boolean isAppeal(String line) {
        return appealIn(line).isPresent();
    }

    /**
     * The language words by which {@code line} is the site's appeal to its reader (so a caller can read the text around
     * it in the same language), or empty when it is none.
     */
    public static Optional<NoticeWords> appealIn(String line) {
        if (line == null || !Words.atMost(line, MAX_WORDS) || Words.count(line) < MIN_WORDS) {
            return Optional.empty();
        }
        // an interview's question addresses the reader's like ("Qu'est-ce qui vous a inspiré cette page ?"); English
        // lines are read by their own lists (PaywallPrompts, SubscriptionAppeals): "we" and "email" of an English
        // quote are Dutch words too
        // a line ending in a colon introduces the page's own content (a programme, a form, a list of addresses)
        String end = line.strip();
        if (end.endsWith("?") || end.endsWith(":") || NoticeWords.isSurelyEnglish(line)) {
            return Optional.empty();
        }
        for (NoticeWords words : NoticeWords.candidates(line)) {
            if (LANGUAGES.contains(words.language()) && words.addressed().matcher(line).find()
                    && namesTheReadersTie(words.site().matcher(line)) && !words.tellsAnAct(line)
                    && !words.correction().matcher(line).find()) {
                return Optional.of(words);
            }
        }
        return Optional.empty();
    }
}
