package dev.storybrief.analyze.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that credit what follows to a source: "according to X" and its one-word kin "selon X", "laut X", "según
 * X", "secondo X", "segundo X", "volgens X", "według X", "enligt X", "ifølge X". The quote stage reads them as a cue;
 * the entity stage reads the name after them as a source (a newspaper's title after them is a body, not a person).
 */
public final class AccordingTo {

    private static final Set<String> ONE_WORD = Set.of("selon", "laut", "según", "secondo", "segundo", "volgens",
            "według", "enligt", "ifølge");
    /** The articles a title opens with, capitalised inside a sentence: "Le Monde", "El País", "Die Welt", "The Times". */
    private static final Set<String> TITLE_ARTICLES = Set.of("Le", "La", "Les", "El", "Il", "Lo", "Die", "Der", "Das",
            "The");

    /**
     * Articles written between a one-word "according to" and a body's name ("secondo l'Anas", "selon le Cerema",
     * "según el Infoca", "volgens het KNMI"): a person's name takes none. Italian "la" and "le" are left out: Italian
     * news writes them before a woman's surname ("secondo la Ferri").
     */
    private static final Set<String> BODY_ARTICLES = Set.of("l'", "l’", "le", "les", "il", "lo", "gli", "el", "los",
            "o", "os", "het", "der", "die", "das");

    private AccordingTo() {
    }

    /**
     * Whether the word at {@code index} follows a one-word "according to" and an article ("secondo l'Anas", "selon
     * l'Ineris"): the source is a body, which the article's language names with its article.
     */
    static boolean bodyAfterArticle(List<Token> tokens, int index) {
        return index >= 2 && BODY_ARTICLES.contains(tokens.get(index - 1).text().toLowerCase(Locale.ROOT))
                && isOneWord(tokens.get(index - 2).text());
    }

    /** A one-word "according to" of another language, in any case. */
    public static boolean isOneWord(String word) {
        return ONE_WORD.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code words} name a newspaper, an agency or a broadcaster, which report what others say: a title opening
     * with a capitalised article ("Le Monde", "El País"), or a word that is an outlet's noun or ends in one ("die
     * Zeitung", "the newspaper", "Süddeutsche Zeitung", "l'agence").
     */
    public static boolean namesMedium(String words) {
        String[] parts = words.strip().split("[\\s'’]+");
        if (parts.length >= 2 && TITLE_ARTICLES.contains(parts[0]) && Character.isUpperCase(parts[1].codePointAt(0))) {
            return true;
        }
        for (String part : parts) {
            if (MediumNames.isOutletNoun(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name at tokens {@code [first, end)} is a title after a word that credits ("selon Le Figaro", "según
     * El País", "according to The Sentinel"): an article capitalised inside the sentence opens a newspaper's or a
     * broadcaster's name, which news cites as a source; a person's name never opens with one.
     */
    static boolean titleAfter(List<Token> tokens, int first, int end) {
        if (end - first < 2 || first < 1 || !TITLE_ARTICLES.contains(tokens.get(first).text())) {
            return false;
        }
        String before = tokens.get(first - 1).text();
        boolean englishTo = before.equals("to") && first >= 2 && tokens.get(first - 2).text().equals("according");
        return englishTo || ONE_WORD.contains(before);
    }
}
