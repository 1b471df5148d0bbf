package dev.storybrief.analyze.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of outlets and platforms read by where news writes them: "wrote on Facebook", "an editorial in Politico", "a
 * post on X", "publicó en Instagram", "a écrit sur Facebook". After "in" or "on" a lone name is usually a place; after a
 * word of writing or publishing and one of these prepositions it is the medium that carried the words, an
 * organisation. A verb of saying counts only before "on" ("said on Facebook"): "said in Boston" is a place.
 */
final class MediumNames {

    /** Words before the preposition that may stand between it and the word of publishing ("a long post on"). */
    private static final int WINDOW = 3;
    /** "on" and its kin, which put words on a medium more often than in a place ("en", "no" are "in" too). */
    private static final Map<String, Set<String>> ON = Map.of("fr", Set.of("sur"), "it", Set.of("su", "sul"),
            "de", Set.of("auf"));
    /** "in" and its kin, a medium only after a word of publishing. */
    private static final Map<String, Set<String>> IN = Map.of("fr", Set.of("dans"), "it", Set.of("in"),
            "de", Set.of("in", "im"), "pt", Set.of("em", "no", "na"), "es", Set.of("en"));
    /**
     * Verbs of writing and publishing, and nouns of a piece of writing or of a place to post, in several languages;
     * not "interview", "video" or "story", which happen in places as often ("an interview in Paris").
     */
    private static final Set<String> PUBLISHING = Set.of(
            // English
            "wrote", "writes", "writing", "posted", "posts", "posting", "tweeted", "published", "publishes", "shared",
            "editorial", "editorials", "article", "column", "op-ed", "essay", "piece", "commentary", "post", "tweet",
            "page", "account", "feed", "blog", "podcast",
            // Spanish
            "escribió", "escribe", "publicó", "publica", "compartió", "artículo", "columna", "mensaje", "publicación",
            "cuenta", "perfil", "página", "tribuna",
            // Portuguese
            "escreveu", "escreve", "publicou", "partilhou", "compartilhou", "artigo", "coluna", "mensagem",
            "publicação", "conta",
            // Italian
            "scritto", "scrive", "pubblicato", "condiviso", "articolo", "editoriale", "messaggio", "profilo",
            "pagina",
            // French
            "écrit", "publié", "posté", "écrivait", "éditorial", "tribune", "publication", "compte", "chronique",
            // German
            "schrieb", "schreibt", "veröffentlichte", "postete", "beitrag", "artikel", "kommentar");
    /** Verbs of saying, which put words on a medium before "on" or its kin ("said on Facebook", "a dit sur X"). */
    private static final Set<String> SAYING = Set.of("said", "says", "added", "announced", "declared", "warned",
            "stated", "claimed", "insisted", "argued", "dit", "déclaré", "annoncé", "affirmé", "ajouté", "detto",
            "annunciato", "sagte", "erklärte");

    /**
     * What an outlet is called before its name, after an article ("the newspaper El Heraldo", "el diario El Heraldo",
     * "le quotidien Le Soir", "die Zeitung Nordkurier"); not "paper" or "site", which take other names ("the paper
     * Trump signed").
     */
    private static final Set<String> OUTLET_NOUNS = Set.of("newspaper", "daily", "weekly", "magazine", "tabloid",
            "broadcaster", "website", "diario", "periódico", "semanario", "revista", "cadena", "emisora", "jornal",
            "diário", "semanário", "emissora", "quotidiano", "giornale", "settimanale", "rivista", "emittente",
            "testata", "journal", "quotidien", "hebdomadaire", "chaîne", "zeitung", "tageszeitung", "wochenzeitung",
            "magazin", "sender", "nachrichtenagentur");
    /**
     * German writes an outlet's noun as the end of a compound ("Lokalzeitung", "Nachrichtenagentur"); not an
     * agency alone, which a ministry's office is as often.
     */
    private static final Set<String> COMPOUND_OUTLET_ENDS = Set.of("zeitung", "nachrichtenagentur");
    private static final Set<String> ARTICLES = Set.of("the", "el", "la", "le", "il", "lo", "o", "a", "der", "die",
            "das", "den", "dem", "l'", "l’");

    private MediumNames() {
    }

    /** Whether {@code word} is what an outlet is called ("newspaper", "Zeitung", "Lokalzeitung", "agence"). */
    static boolean isOutletNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return OUTLET_NOUNS.contains(lower) || COMPOUND_OUTLET_ENDS.stream().anyMatch(lower::endsWith);
    }

    /** Whether the name at token {@code first} follows an article and a noun of an outlet ("the newspaper X"). */
    static boolean afterOutletNoun(List<Token> tokens, int first) {
        return first >= 2 && OUTLET_NOUNS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))
                && ARTICLES.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the name opening at token {@code first} stands where a medium stands: after "on"/"in" (or their kin in
     * {@code language}) that follow a word of publishing within a few words, and not before a possessive ("a post on
     * Trump's page" names the man).
     */
    static boolean standsAsMedium(List<Token> tokens, int first, int end, String language) {
        if (first < 2 || end < tokens.size() && tokens.get(end).isPossessiveMarker()) {
            return false;
        }
        String preposition = tokens.get(first - 1).text().toLowerCase(Locale.ROOT);
        boolean on = ON.getOrDefault(language, Set.of()).contains(preposition) || preposition.equals("on");
        boolean in = IN.getOrDefault(language, Set.of()).contains(preposition) || preposition.equals("in");
        if (!on && !in) {
            return false;
        }
        for (int k = first - 2; k >= Math.max(0, first - 2 - WINDOW); k--) {
            Token token = tokens.get(k);
            if (!token.isWord()) {
                return false;
            }
            String word = token.text().toLowerCase(Locale.ROOT);
            // "said on Facebook": only the first word before "on" may be the verb, else "said the plan on Monday"
            if (PUBLISHING.contains(word) || on && k == first - 2 && SAYING.contains(word)) {
                return true;
            }
            if (word.equals("on") || word.equals("in")) {
                return false;
            }
        }
        return false;
    }
}
