package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names that someone else speaks for. In "said a spokesman for Prime Minister Tony Blair", "Martin Nesirky, spokesman
 * for Ban Ki-moon, told", "a lawyer for Erik Dahl said" or "Blair's spokesman said" the named person is the one spoken
 * for, not the speaker: a quote credited to them would put a spokesman's words in their mouth. So is a name in a
 * relative clause about someone else ("Reza, whose deputy Sara Noor joined the talks, said").
 */
final class Principals {
    /** Nouns of people who speak for another: spokespeople, aides, advisers, lawyers, envoys, in five languages. */
    private static final Set<String> PROXY_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen",
            "spokeswomen", "spokespeople", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "lawyer",
            "lawyers", "attorney", "attorneys", "representative", "representatives", "envoy", "porte-parole",
            "avocat", "avocate", "avocats", "conseiller", "conseillère", "sprecher", "sprecherin", "anwalt", "anwältin",
            "berater", "beraterin", "portavoz", "abogado", "abogada", "asesor", "asesora", "portavoce", "avvocato",
            "avvocata", "consigliere");
    /** What links a proxy to the one it speaks for: "spokesman for", "aide to", "porte-parole du", "Sprecher von". */
    private static final Set<String> LINKS = Set.of("for", "to", "of", "du", "de", "des", "von", "vom", "der", "del",
            "di", "della", "dello", "dei", "degli");
    private static final Set<String> RELATIVE = Set.of("who", "whose", "whom", "which", "dont", "qui", "dessen",
            "deren", "cuyo", "cuya", "cui");
    /** Words between the link and the name: a title ("Prime Minister", "Premier ministre britannique"). */
    private static final int TITLE_WORDS = 4;

    private Principals() {
    }

    /** Whether the words right around {@code entity} make it the one a proxy speaks for. */
    static boolean isPrincipal(List<ZoneWords.Word> words, EntityMention entity) {
        int at = indexAt(words, entity.start());
        return at >= 0 && (proxyBefore(words, at) || proxyAfter(words, entity.end()));
    }

    /** Whether {@code entity} stands in a relative clause set off by commas: ", whose deputy Sara Noor joined ...". */
    static boolean inRelativeClause(List<ZoneWords.Word> words, EntityMention entity) {
        int k = indexAt(words, entity.start());
        while (k > 0 && !words.get(k - 1).isComma()) {
            k--;
        }
        return k > 0 && RELATIVE.contains(lower(words.get(k)));
    }

    /** "spokesman for [Prime Minister] Name": a proxy noun and a link, then at most a few title words. */
    private static boolean proxyBefore(List<ZoneWords.Word> words, int at) {
        for (int k = at - 1; k >= 1 && at - k <= TITLE_WORDS + 1; k--) {
            ZoneWords.Word word = words.get(k);
            if (word.isComma()) {
                return false;
            }
            if (LINKS.contains(lower(word)) && isProxyAt(words, k - 1)) {
                return true;
            }
        }
        return false;
    }

    /** "Blair's spokesman", "Brampton's mayor": a possessive name and what someone of theirs is. */
    private static boolean proxyAfter(List<ZoneWords.Word> words, int entityEnd) {
        return possessedNoun(words, entityEnd) >= 0;
    }

    /**
     * "Blair's spokesman", "Brampton's mayor", "Tollan's sister": the index of the proxy, role or relation noun
     * after a possessive name ending at {@code entityEnd}, or -1. A relative speaks for themself, not for the one
     * they are related to.
     */
    static int possessedNoun(List<ZoneWords.Word> words, int entityEnd) {
        for (int k = 0; k < words.size(); k++) {
            ZoneWords.Word word = words.get(k);
            if (word.end() >= entityEnd && word.start() < entityEnd + 3) {
                boolean possessive = word.text().endsWith("'s") || word.text().endsWith("’s");
                boolean noun = possessive && k + 1 < words.size() && (isProxyAt(words, k + 1)
                        || SpeechWords.isRoleNoun(words.get(k + 1).text())
                        || SpeechWords.isRelationNoun(words.get(k + 1).text()));
                return noun ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** Whether a phrase names a proxy of someone: "a spokesman for Prime Minister Tony Blair", "un porte-parole du". */
    static boolean speaksFor(String phrase) {
        return afterProxyLink(phrase) > 0;
    }

    /** Whether a phrase names someone by whose they are: "Brampton's mayor", "Blair's spokesman". */
    static boolean isPossessiveRole(String phrase) {
        List<ZoneWords.Word> words = ZoneWords.of(phrase, 0, phrase.length());
        for (int k = 0; k + 1 < words.size(); k++) {
            String word = words.get(k).text();
            boolean possessive = word.endsWith("'s") || word.endsWith("’s");
            if (possessive && (isProxyAt(words, k + 1) || SpeechWords.isRoleNoun(words.get(k + 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words for the one spoken for start in a phrase ("Premier ministre britannique" in "un porte-parole du
     * Premier ministre britannique"), after its last proxy noun and link; -1 when it has none.
     */
    static int afterProxyLink(String phrase) {
        List<ZoneWords.Word> words = ZoneWords.of(phrase, 0, phrase.length());
        for (int k = words.size() - 1; k >= 1; k--) {
            if (LINKS.contains(lower(words.get(k))) && isProxyAt(words, k - 1)) {
                return k + 1 < words.size() ? words.get(k + 1).start() : phrase.length();
            }
        }
        return -1;
    }

    /** A proxy noun at {@code k}; "porte parole" is also written as two words. */
    static boolean isProxyAt(List<ZoneWords.Word> words, int k) {
        String word = lower(words.get(k));
        return PROXY_NOUNS.contains(word) || word.equals("parole") && k > 0 && lower(words.get(k - 1)).equals("porte");
    }

    private static String lower(ZoneWords.Word word) {
        return word.text().toLowerCase(Locale.ROOT);
    }

    /** The index of the word starting at {@code offset}, or -1. */
    private static int indexAt(List<ZoneWords.Word> words, int offset) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() == offset) {
                return k;
            }
        }
        return -1;
    }
}
