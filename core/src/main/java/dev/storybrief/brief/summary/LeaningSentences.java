package dev.storybrief.brief.summary;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells a sentence that leans on one told elsewhere, so that it cannot open a summary:
 * <ul>
 *   <li>an additive adverb ("The court also ordered him to pay...", "El tribunal le obliga además a indemnizar...",
 *       "Das Gericht verhängte außerdem..."): it adds to a fact another sentence told, and a reader would meet the
 *       addition before the thing added to;</li>
 *   <li>an anaphoric opener: a subject pronoun or a possessive that names its person by the sentence before ("He
 *       conceded...", "Son adversaire, Jean Morel, a reconnu sa défaite", "Ihr Anwalt kündigte Berufung an"), "the
 *       latter" ("ce dernier", "este último"), or a person named by a contest's outcome ("The losing coach", "Le
 *       vaincu"), which presupposes the result a later line tells. News writes a sentence's subject this way only
 *       after a sentence that named it. Pro-drop languages (Italian, Spanish, Polish, Czech, Russian) often leave
 *       the subject pronoun out, so there their possessives and demonstratives carry the test. A pronoun that stands
 *       for nothing ("Il y a", "Il faut", "It is") is no opener of this kind and is not listed.</li>
 * </ul>
 * A language without its own lists is read with the English ones.
 */
final class LeaningSentences {
    private static final Map<String, Pattern> ADDITIVE = Map.of(
            "en", words("also|too|as well|in addition|additionally|moreover|furthermore"),
            "es", words("además|también|asimismo|igualmente"),
            "pt", words("além disso|também|igualmente|ainda"),
            "de", words("auch|außerdem|zudem|ebenfalls|darüber hinaus|zusätzlich"),
            "fr", words("aussi|également|en outre|de plus|par ailleurs"),
            "it", words("inoltre|anche|pure|altresì"));

    /** The words an anaphoric opener starts with, at the sentence's start after any opening quote mark or dash. */
    private static final Map<String, Pattern> ANAPHORIC = Map.ofEntries(
            Map.entry("en", opener("he|she|they|his|her|their|its|the latter|the former|the two men|the two women"
                    + "|the pair|the losing|the beaten|the defeated|the loser")),
            // "Il y a", "Il faut", "Il s'agit", "Il est prévu que": the impersonal il stands for nothing
            Map.entry("fr", opener("(?:il|elle)(?!\\s+(?:y|faut|s['’]agit|semble|paraît|reste|manque|est\\s+"
                    + "(?:prévu|probable|possible|question|temps|vrai|clair|difficile|important)))|ils|elles|son|sa|ses"
                    + "|leur|leurs|ce dernier|cette dernière|ces derniers|ces dernières|celui-ci|celle-ci|le perdant"
                    + "|la perdante|le vaincu|la vaincue|le battu")),
            Map.entry("es", opener("él|ella|ellos|ellas|su|sus|este último|esta última|estos últimos|el perdedor"
                    + "|la perdedora|el derrotado|la derrotada")),
            Map.entry("pt", opener("ele|ela|eles|elas|seu|sua|seus|suas|o seu|a sua|os seus|as suas|este último"
                    + "|esta última|o derrotado|a derrotada|o perdedor")),
            Map.entry("it", opener("lui|lei|loro|il suo|la sua|i suoi|le sue|suo|sua|quest['’]ultimo|quest['’]ultima"
                    + "|lo sconfitto|la sconfitta|il perdente")),
            // "Es" and "Sie" as the polite you are left: "Es gibt", "Es wird erwartet" stand for nothing
            Map.entry("de", opener("er|sie|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|letzterer"
                    + "|letztere|der verlierer|die verliererin|der unterlegene|die unterlegene")),
            Map.entry("nl", opener("hij|zij|zijn|haar|hun|laatstgenoemde|de verliezer")),
            Map.entry("sv", opener("han|hon|hans|hennes|deras|den senare|förloraren")),
            Map.entry("pl", opener("on|ona|oni|one|jego|jej|ich|ten ostatni|ta ostatnia|przegrany|przegrana")),
            Map.entry("cs", opener("on|ona|oni|jeho|její|jejich|ten druhý|poražený|poražená")),
            Map.entry("ru", opener("он|она|они|его|её|ее|их|проигравший|проигравшая")));

    private LeaningSentences() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])");
    }

    private static Pattern opener(String alternatives) {
        return Pattern.compile("(?iu)^[\\s\"'“”„«»‘’‚‹›—–-]*(?:" + alternatives + ")(?![\\p{L}\\p{M}'’-])");
    }

    /**
     * True when the sentence, in the language given (English when the language has no list), adds to one told
     * elsewhere or opens by pointing to one: it cannot open a summary.
     */
    static boolean leansBack(String sentence, String language) {
        return adds(sentence, language) || opensAnaphorically(sentence, language);
    }

    /** True when the sentence adds to one before it by an additive adverb ("also", "además"). */
    static boolean adds(String sentence, String language) {
        return listOf(ADDITIVE, language).matcher(sentence).find();
    }

    /** True when the sentence's first words name its subject by a sentence before ("He", "Son adversaire"). */
    static boolean opensAnaphorically(String sentence, String language) {
        return listOf(ANAPHORIC, language).matcher(sentence).find();
    }

    private static Pattern listOf(Map<String, Pattern> lists, String language) {
        return lists.getOrDefault(language == null ? "en" : language, lists.get("en"));
    }
}
