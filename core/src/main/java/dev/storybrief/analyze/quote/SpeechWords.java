package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.RelationNouns;
import dev.storybrief.analyze.entity.RomanceOffices;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word lists for attribution: verbs of saying, pronouns, and nouns that describe a speaker's role. */
final class SpeechWords {

    private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds", "asked",
            "stated", "states", "declared", "announced", "warned", "insisted", "noted", "explained", "argued", "wrote",
            "writes", "reported", "reports", "continued", "concluded", "acknowledged", "admitted", "recalled",
            "replied", "commented", "suggested", "urged", "confirmed", "claimed", "predicted", "cautioned", "stressed",
            "remarked", "observed", "complained", "quoted", "declares", "announces", "warns", "notes", "explains",
            "asks", "tweeted", "tweets", "posted", "responded", "answered", "assured", "echoed", "joked", "quipped",
            "shouted", "yelled", "exclaimed", "boasted", "bragged", "vowed", "promised", "pledged", "demanded",
            "countered", "retorted", "conceded", "asserted", "asserts", "contended", "maintained", "reiterated",
            "repeated", "testified", "argues", "insists", "claims", "recalls", "adding", "saying", "asking", "writing",
            "noting", "telling", "explaining", "arguing", "insisting", "warning", "declaring", "interjected",
            "agreed", "agrees", "chanted", "whispered", "sighed", "mused", "wondered", "opined", "emailed", "pressed",
            "read", "reads", "stating", "interrupted", "snapped", "fired", "predicts", "predicting");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "another", "this", "that", "his",
            "her", "their", "its", "our", "some", "many", "several", "two", "three", "four", "other");
    /**
     * Articles of French, German, Spanish, Italian and Portuguese, which open a description as "the" does ("sagte die
     * Oberbürgermeisterin", "dijo la alcaldesa", "ha detto il sindaco", "disse o prefeito", "a dit l'avocate"; the
     * elided "l'" is a word of its own in {@link ZoneWords}). None is an English word.
     */
    private static final Set<String> OTHER_ARTICLES = Set.of("le", "la", "les", "l'", "l’", "un", "une", "der", "die",
            "das", "den", "dem", "ein", "eine", "einer", "el", "los", "las", "una", "il", "lo", "gli", "uno", "un'",
            "un’", "o", "os", "um", "uma");
    /** Auxiliaries of a compound past, which stand between a subject and the participle ("ha detto", "a déclaré"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "a", "ont", "avait", "avaient", "ha",
            "han", "hanno", "había", "habían", "aveva", "avevano", "hat", "haben", "hatte", "hatten", "tem", "têm",
            "tinha", "tinham");
    /**
     * Verbs of saying in French, German, Spanish, Italian and Portuguese, in the forms news copy writes next to a
     * quote (past participle after the auxiliary, simple past, present); none is an English word.
     */
    private static final Set<String> OTHER_VERBS = Set.copyOf(java.util.List.of(
            // French: "a déclaré", "a-t-il dit", "estime-t-il"
            "dit", "déclaré", "affirmé", "expliqué", "ajouté", "estimé", "indiqué", "souligné", "précisé", "assuré",
            "annoncé", "confié", "raconté", "martelé", "déclare", "affirme", "explique", "ajoute", "estime",
            "indique", "souligne", "précise", "assure", "annonce", "lance", "lancé",
            // German: "sagte", "erklärte er"
            "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "berichtete", "warnte",
            "fügte", "kündigte", "teilte",
            // Spanish
            "dijo", "afirmó", "declaró", "explicó", "añadió", "aseguró", "señaló", "indicó", "agregó", "anunció",
            "advirtió", "afirma", "explica", "asegura", "señala", "declara",
            // Italian: "ha detto"
            "detto", "dichiarato", "affermato", "spiegato", "aggiunto", "sottolineato", "annunciato", "afferma",
            "spiega", "dichiara", "sottolinea", "aggiunge",
            // Portuguese: the simple past news writes beside a quote ("contou Manuel Guerreiro"), its plural and
            // the present
            "disse", "afirmou", "declarou", "explicou", "acrescentou", "disseram", "anunciou", "garantiu",
            "ressaltou", "diz", "afirma", "explica", "declara", "contou", "referiu", "sublinhou", "salientou",
            "frisou", "adiantou", "assegurou", "destacou", "lembrou", "considerou", "defendeu", "alertou",
            "avisou", "admitiu", "reconheceu", "confirmou", "revelou", "relatou", "comentou", "respondeu",
            "insistiu", "concluiu", "desabafou", "afirmaram", "declararam", "contaram", "explicaram",
            "garantiram", "referiram", "sublinha", "refere", "garante", "acrescenta", "considera", "defende"));
    /** Single words that credit what follows to someone: "selon X", "laut X", "según X", "secondo X", "segundo X". */
    private static final Set<String> ACCORDING_TO = Set.of("selon", "laut", "según", "secondo", "segundo");
    /** A French verb or auxiliary with its inverted subject pronoun: "a-t-il", "dit-elle", "estime-t-il". */
    private static final Pattern INVERTED = Pattern.compile("(\\p{L}+)(?:-t)?-(il|elle)");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "il", "elle", "er", "sie", "él", "ella", "lui",
            "lei", "ele", "ela");
    private static final Set<String> NAMES_NOBODY = Set.of("it", "its", "this", "that", "these", "those", "there",
            "they", "we", "i", "you", "which", "what", "who",
            // "Ils ont dit", "Wir sagten": the plural and first- and second-person pronouns of the other languages
            "ils", "elles", "on", "nous", "vous", "je", "wir", "ihr", "ellos", "ellas", "nosotros", "loro", "noi",
            "voi", "eles", "elas", "nós");
    private static final Set<String> ROLE_NOUNS = Set.of("official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "diplomat", "diplomats", "source", "sources", "analyst", "analysts", "expert", "experts",
            "minister", "ministers", "officer", "officers", "leader", "leaders", "envoy", "envoys", "commander",
            "general", "president", "chief", "secretary", "secretary-general", "ambassador", "director", "chairman",
            "head", "aide", "aides", "adviser", "advisers", "advisor", "lawyer", "lawyers", "prosecutor",
            "prosecutors", "organizers", "organisers", "witness", "witnesses", "residents", "resident", "authorities",
            "police", "statement", "correspondent", "editor", "producer", "professor", "researcher", "economist",
            "member", "members", "negotiator", "negotiators", "governor", "mayor", "premier", "king", "queen",
            "colonel", "captain", "lieutenant", "sergeant", "senator", "representative", "speaker", "deputy",
            "manager", "executive", "founder", "activist", "activists", "agency", "ministry", "government", "council",
            "parliament", "newspaper", "paper", "daily", "television", "radio", "dean", "scientist", "scholar",
            "doctor", "doctors", "judge", "chancellor", "emir", "sheikh", "prince", "princess", "pope", "bishop",
            "cardinal", "rabbi", "imam", "candidate", "opposition", "rebels", "militants", "protesters", "supporters",
            "critics", "observers", "monitors", "investigators", "staff", "team", "group", "commission", "committee",
            "office", "department", "embassy", "mission", "alliance", "coalition");

    private SpeechWords() {
    }

    static boolean isSpeechVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (VERBS.contains(lower) || OTHER_VERBS.contains(lower)) {
            return true;
        }
        // "déclare-t-elle", "dit-il": French writes the inverted pronoun onto the verb
        Matcher inverted = INVERTED.matcher(lower);
        return inverted.matches() && OTHER_VERBS.contains(inverted.group(1));
    }

    /**
     * The pronoun French writes onto an inverted verb or auxiliary ("il" of "a-t-il", "elle" of "déclare-t-elle"),
     * as written; null for any other word.
     */
    static String attachedPronoun(String word) {
        Matcher inverted = INVERTED.matcher(word.toLowerCase(Locale.ROOT));
        if (!inverted.matches() || !(isAuxiliary(inverted.group(1)) || OTHER_VERBS.contains(inverted.group(1)))) {
            return null;
        }
        return word.substring(word.length() - inverted.group(2).length());
    }

    /** An office of French, Spanish, Italian or Portuguese, as written before a name ("maire", "sindaca"). */
    static boolean isOtherLanguageOffice(String word) {
        return RomanceOffices.isOffice(word);
    }

    /** A one-word "according to" of another language. */
    static boolean isAccordingTo(String word) {
        return ACCORDING_TO.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "saying", "adding": a participle whose subject is the clause's, not a word next to it. */
    static boolean isParticiple(String word) {
        return isSpeechVerb(word) && word.toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /** Words that open a describing noun phrase: "the", "one", "another", "his", "la", "die", "il". */
    static boolean isDeterminer(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(lower) || OTHER_ARTICLES.contains(lower);
    }

    /** An auxiliary of a compound past: "has" of "has said", "ha" of "ha detto", "a" of "a déclaré". */
    static boolean isAuxiliary(String word) {
        return AUXILIARIES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** An article of another language than English ("die", "la", "il", "l'"). */
    static boolean isOtherLanguageArticle(String word) {
        return OTHER_ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Words that can stand where a speaker's name stands but name nobody the reader could look up: "It added:",
     * "They said", "I said" (the author, whom the byline names). A speaker shown as "It" is worse than none.
     */
    static boolean namesNobody(String word) {
        return NAMES_NOBODY.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A noun of kinship or closeness ("sister", "daughter", "wife"), lower-cased, trailing punctuation ignored. */
    static boolean isRelationNoun(String word) {
        return RelationNouns.is(word);
    }

    /** Lower-cased, trailing punctuation ignored. */
    static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""));
    }
}
