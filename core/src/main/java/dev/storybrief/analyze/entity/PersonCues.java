package dev.storybrief.analyze.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * What tells, in German, French, Spanish, Italian, Portuguese and Dutch, that capitalised words name a person. English
 * writes its common nouns in lower case and names its firms with words a person's name lacks, so two unknown
 * capitalised words there are most likely a first and last name; these languages capitalise firms named after a
 * founder or a place ("Ferrini Motori", "Aguas del Júcar") and, in German, every noun, so an unknown name is a person
 * only when something beside it says so: a known given name, an office or title before it, a verb of saying next to
 * it. A word of a firm before it ("la società", "die Firma") makes it a firm. Stateless and thread-safe.
 */
final class PersonCues {

    /** The languages these cues are written for. */
    private static final Set<String> LANGUAGES = Set.of("de", "fr", "es", "it", "pt", "nl");
    /** Each language's stop words, Lucene's: a sentence's first word that is one is no part of a name. */
    private static final Map<String, CharArraySet> STOP_WORDS = Map.of("de", GermanAnalyzer.getDefaultStopSet(),
            "fr", FrenchAnalyzer.getDefaultStopSet(), "es", SpanishAnalyzer.getDefaultStopSet(),
            "it", ItalianAnalyzer.getDefaultStopSet(), "pt", PortugueseAnalyzer.getDefaultStopSet(),
            "nl", DutchAnalyzer.getDefaultStopSet());
    /** Words of a firm or a body written before its name ("la société Provence Énergie", "die Firma Hebel Bau"). */
    private static final Set<String> FIRM_NOUNS = Set.of("firma", "unternehmen", "konzern", "société", "entreprise",
            "groupe", "compagnie", "empresa", "compañía", "sociedad", "grupo", "società", "azienda", "gruppo",
            "ditta", "companhia", "sociedade", "bedrijf", "onderneming", "concern", "energiebedrijf", "firmă",
            // a firm named by its trade: a haulier, a shipping line, a brewery, a bank, an insurer, a maker, an
            // operator, a chain ("die Spedition Allgäu Trans", "le transporteur Vialis", "la naviera Balear")
            "spedition", "reederei", "brauerei", "molkerei", "bank", "versicherer", "versicherung", "hersteller",
            "zulieferer", "betreiber", "kette", "filiale", "firme", "banque", "assureur", "constructeur",
            "fabricant", "transporteur", "exploitant", "opérateur", "enseigne", "constructora", "aseguradora",
            "naviera", "banco", "fabricante", "operadora", "filial", "cadena", "impresa", "banca", "compagnia",
            "multinazionale", "costruttore", "construtora", "seguradora", "rederij", "verzekeraar", "vervoerder",
            "fabrikant", "keten", "netbeheerder");
    /**
     * How a German or Dutch compound naming a kind of firm ends ("Chemiekonzern", "Baufirma", "Energieversorger",
     * "Fluggesellschaft", "Autobauer", "transportbedrijf", "spoorwegmaatschappij"): the compound is a firm's noun too.
     */
    private static final java.util.regex.Pattern FIRM_COMPOUND = java.util.regex.Pattern.compile(
            "\\p{L}{3,}(?:konzern|firma|unternehmen|gesellschaft|hersteller|versorger|bauer|bank|reederei|bedrijf"
                    + "|concern|maatschappij|fabrikant)");
    /** Roles Dutch writes before a name with no article: a mayor, a dike reeve, a spokesman, a lawyer. */
    private static final Set<String> ROLE_WORDS = Set.of("burgemeester", "wethouder", "minister", "dijkgraaf",
            "woordvoerder", "woordvoerster", "voorzitter", "directeur", "advocaat", "officier", "rechter");
    /** Verbs of saying written right before the speaker ("sagte Verteidiger Jonas Wendt", "zei Ellen de Vries"). */
    private static final Set<String> SPEECH_BEFORE = Set.of("sagte", "sagt", "erklärte", "betonte", "zei", "zegt",
            "dijo", "afirmó", "explicó", "declaró", "disse", "afirmou", "explicou", "dichiara", "dice", "ajoute");
    /** German, Dutch, Italian and French verbs of saying right after the speaker ("Kok zei", "Vogt sagte"). */
    private static final Set<String> SPEECH_AFTER = Set.of("sagte", "sagt", "erklärte", "zei", "zegt", "dichiara",
            "déclare", "affirme", "explique");
    /** The auxiliary of a compound past that follows a speaker ("a déclaré", "ha detto", "hat gesagt"). */
    private static final Set<String> AUXILIARIES = Set.of("a", "ha", "hat", "heeft");
    /** Articles between an office and its holder ("la préfète Hélène Marchal", "il sindaco Paolo Ferrari"). */
    private static final Set<String> LINKS = Set.of(",", "le", "la", "il", "lo", "el", "o", "a", "der", "die", "de",
            "het", "l'", "l’", "del", "du", "da", "do", "della", "di", "van");

    private static final Set<String> PARTICIPLES_OF_SAYING = Set.of("déclaré", "dit", "expliqué", "affirmé",
            "indiqué", "souligné", "detto", "dichiarato", "spiegato", "affermato", "sottolineato", "gesagt", "erklärt",
            "gezegd", "verklaard");
    /** The "of" between an office and what it is over ("ministre de", "ministra da", "sindaco di"). */
    private static final Set<String> OF_LINKS = Set.of("de", "del", "du", "des", "da", "do", "dos", "das", "di",
            "della", "dello", "dei", "van");

    private PersonCues() {
    }

    /** Whether {@code language} is one these cues are written for. */
    static boolean covers(String language) {
        return LANGUAGES.contains(language);
    }

    /** A stop word of {@code language} ("Pour", "Bij", "Según"), in any case. */
    static boolean isStopWord(String word, String language) {
        CharArraySet stop = STOP_WORDS.get(language);
        return stop != null && stop.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * An office or role written before its holder, in any of these languages or English's list of titles; German's
     * one-word offices through the {@code lexicon} of the text's language ({@link Lexicon#forLanguage}).
     */
    static boolean isRole(String word, Lexicon lexicon) {
        return RomanceOffices.isOffice(word) || lexicon.isTitle(word)
                || ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word of a firm right before the name, its article between ("la società Ferrini", "l'azienda"). */
    static boolean afterFirmNoun(List<Token> tokens, int first) {
        int k = first - 1;
        return k >= 0 && isFirmNoun(tokens.get(k).text());
    }

    private static boolean isFirmNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int apostrophe = Math.max(lower.lastIndexOf('\''), lower.lastIndexOf('’'));
        String bare = apostrophe >= 0 ? lower.substring(apostrophe + 1) : lower;
        return FIRM_NOUNS.contains(bare) || FIRM_COMPOUND.matcher(bare).matches();
    }

    /**
     * Whether something beside the run {@code [first, end)} says it is a person: an office or a title before it, up to
     * an article or the comma of an apposition ("la préfète du Var, Hélène Marchal"), or a verb of saying before or
     * after it.
     */
    static boolean personBeside(List<Token> tokens, int first, int end, Lexicon lexicon) {
        return roleBefore(tokens, first, lexicon) || speechBefore(tokens, first) || speechAfter(tokens, end);
    }

    private static boolean roleBefore(List<Token> tokens, int first, Lexicon lexicon) {
        if (first > 0 && OF_LINKS.contains(tokens.get(first - 1).text())) {
            return false; // "la ministra da Administração Interna": what an office is of is no holder
        }
        // up to five words back, over articles, "of" and the place an office is held over, to the office
        for (int k = first - 1; k >= 0 && k >= first - 5; k--) {
            String word = tokens.get(k).text();
            if (isRole(word, lexicon)) {
                return true;
            }
            boolean link = LINKS.contains(word.toLowerCase(Locale.ROOT)) || k < first - 1 && tokens.get(k).isCapitalised();
            if (!link) {
                return false;
            }
        }
        return false;
    }

    private static boolean speechBefore(List<Token> tokens, int first) {
        return first > 0 && SPEECH_BEFORE.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT));
    }

    private static boolean speechAfter(List<Token> tokens, int end) {
        int k = end < tokens.size() && tokens.get(end).text().equals(",") ? end + 1 : end;
        if (k >= tokens.size()) {
            return false;
        }
        String next = tokens.get(k).text().toLowerCase(Locale.ROOT);
        // Spanish and Portuguese verbs and an age after the name are LocalNameForms' ("dijo", "disse", ", de 67 años")
        return LocalNameForms.personAfter(tokens, end) || SPEECH_AFTER.contains(next)
                || AUXILIARIES.contains(next) && end == k && k + 1 < tokens.size()
                && isParticipleOfSaying(tokens.get(k + 1).text());
    }

    /** "déclaré", "detto", "gesagt", "gezegd", "dichiarato": the participle of a verb of saying. */
    private static boolean isParticipleOfSaying(String word) {
        return PARTICIPLES_OF_SAYING.contains(word);
    }

    /**
     * Where a person's name starts in a run that opens with a role or a word the sentence's start capitalised
     * ("Verteidiger Jonas Wendt", "Dijkgraaf Pieter van Dam", "Pour Jean-Luc Ferrand"): the first known given name
     * after {@code first}, when no word before it is one and a surname follows it; else {@code first}.
     */
    static int givenNameStart(List<Token> tokens, int first, int end, Lexicon lexicon) {
        if (isGivenName(tokens.get(first).text(), lexicon)) {
            return first;
        }
        for (int k = first + 1; k < end - 1; k++) {
            if (isGivenName(tokens.get(k).text(), lexicon)) {
                return k;
            }
        }
        return first;
    }

    /** A known given name, or a hyphenated one that opens with one ("Jean-Luc", "Marie-Claire"). */
    static boolean isGivenName(String word, Lexicon lexicon) {
        int hyphen = word.indexOf('-');
        return lexicon.isGivenName(word) || hyphen > 1 && lexicon.isGivenName(word.substring(0, hyphen));
    }
}
