package dev.storybrief.analyze.entity;

import dev.storybrief.analyze.terms.NameCases;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How each language introduces a place: the preposition or the locution written right before a place's name ("près
 * de Brignoles", "au large de Sète", "vicino a Lecco", "nei pressi di Colico", "bij Utrecht", "nahe Lindau", "cerca de
 * Almenara", "perto de Lamego", "em Tarouca"), and the second place of a "between" ("entre Brignoles et Le Luc",
 * "zwischen Hergensweiler und Sigmarszell").
 *
 * <p>Left out where the word as often stands before a person: Spanish and Portuguese bare "a" (the personal "a" and
 * the article), Italian "da" (the agent of a passive: "guidato da Rossi"), French and Italian "à"/"a" after a verb of
 * saying or asking ("a déclaré à", "ha chiesto a"). German capitalises its nouns, so a capitalised word after "bei",
 * "nach" or "aus" may be a bare noun ("nach Angaben der Polizei", "aus Sicherheitsgründen"): a word with a noun's
 * suffix, or one a genitive article follows, is no place. Stateless and thread-safe.
 */
final class PlacePrepositions {

    /** Each language's words and locutions of place, each as its words in lower case, matched right before a name. */
    private static final Map<String, List<List<String>>> LOCUTIONS = Map.ofEntries(
            Map.entry("es", locutions("en", "desde", "hacia", "hasta", "cerca de", "junto a", "cerca del",
                    "en las afueras de", "a las afueras de", "al norte de", "al sur de", "al este de",
                    "al oeste de", "a orillas de", "frente a las costas de", "entre")),
            Map.entry("pt", locutions("em", "no", "na", "nos", "nas", "desde", "para", "até", "perto de", "junto a",
                    "junto de", "ao largo de", "nos arredores de", "a norte de", "a sul de", "perto da", "perto do", "entre")),
            Map.entry("sv", locutions("i", "från")),
            Map.entry("da", locutions("i", "fra")),
            Map.entry("no", locutions("i", "fra")),
            // Czech, Slovak, Polish and Croatian write the place after these in the locative ("na Horní Lhotce",
            // "w Zielonkowie", "u Gornjem Selcu"), whose ending makes the name look like no place's; "na" also takes
            // the accusative ("čekali na Jana"), whose given name keeps a person
            Map.entry("pl", locutions("w", "we", "na", "pod", "koło", "niedaleko")),
            Map.entry("cs", locutions("v", "ve", "na")),
            Map.entry("sk", locutions("v", "vo", "na")),
            Map.entry("hr", locutions("u", "na")),
            // Italian "da" is left out: it is also the agent of a passive ("guidato da Rossi")
            // and the elided "in the", "on the", "to the" before a vowel ("nell'Ossola", "sull'Adda", "all'Aquila")
            Map.entry("it", locutions("in", "a", "presso", "verso", "vicino a", "nei pressi di", "fino a", "nell'",
                    "nell’", "sull'", "sull’", "all'", "all’",
                    "nei dintorni di", "in prossimità di", "alle porte di", "a nord di", "a sud di", "tra", "fra")),
            Map.entry("id", locutions("di", "dari", "ke")),
            Map.entry("nl", locutions("in", "uit", "bij", "nabij", "naar", "rond", "vanuit", "te", "richting",
                    "nabij het", "in de buurt van", "ten noorden van", "ten zuiden van", "ten oosten van",
                    "ten westen van", "tussen", "inwoners van", "bewoners van")),
            Map.entry("ro", locutions("în", "din")),
            Map.entry("fr", locutions("à", "en", "vers", "depuis", "jusqu'à", "jusqu’à", "près de", "au large de",
                    "aux environs de", "non loin de", "à proximité de", "aux abords de", "originaire de",
                    "en provenance de", "venu de", "venus de", "venue de", "venues de", "arrivé de", "arrivés de",
                    "au nord de", "au sud de", "à l'est de", "à l'ouest de", "entre")),
            Map.entry("de", locutions("in", "bei", "nahe", "nach", "aus", "bis", "unweit", "unweit von",
                    "nahe bei", "nördlich von", "südlich von", "östlich von", "westlich von", "vor den Toren von", "zwischen")));
    /** The languages of {@link #LOCUTIONS} that write a place after its preposition in the locative. */
    private static final Set<String> SLAVIC = Set.of("pl", "cs", "sk", "hr");
    /** Czech and Slovak adjectives of countries and peoples in any case and gender: "Americký", "Indickém". */
    private static final Pattern CZECH_ADJECTIVE = Pattern.compile(
            "\\p{Lu}\\p{Ll}+[sc]k(?:ý|á|é|ého|ém|ému|ou|ých|ým|ými|ej|om|ú|í)");
    /** "Between" and "and" of each language: "entre X et Y", "zwischen X und Y", "tussen X en Y", "tra X e Y". */
    private static final Map<String, String> BETWEEN = Map.of("fr", "entre", "es", "entre", "pt", "entre",
            "it", "tra", "nl", "tussen", "de", "zwischen");
    private static final Map<String, String> AND = Map.of("fr", "et", "es", "y", "pt", "e", "it", "e", "nl", "en",
            "de", "und");
    /** Assemblies and courts of the languages here (see isInstitution). */
    private static final Set<String> INSTITUTIONS = Set.of("Parlamento", "Senato", "Camera", "Senado", "Congreso",
            "Cortes", "Parlement", "Sénat", "Assemblée", "Assemblea", "Asamblea", "Assembleia", "Parlament",
            "Bundestag", "Bundesrat", "Landtag", "Kamer", "Tribunal", "Tribunale", "Cassazione", "Consulta", "Quirinale",
            "Eduskunta", "Riksdagen", "Folketinget", "Storting", "Stortinget", "Sejm", "Senat", "Sejmie", "Senacie");
    /** Prepositions written again before the second of two places ("de Sorgues et de Carpentras"). */
    private static final Set<String> REPEATED = Set.of("de", "à", "en", "a", "in", "aus", "bei", "nach", "uit", "bij",
            "naar", "em", "desde", "hacia", "hasta", "para", "da", "di");
    /** The "to" of French and Italian, which also stands before the person spoken or written to. */
    private static final Set<String> DATIVES = Set.of("à", "a", "all'", "all’");
    /**
     * Italian "from" ("da", and "dall'" before a vowel), also the agent of a passive ("guidato da Rossi", "gestita
     * dall'Anas"): a place only after a word of coming or leaving ({@link #ITALIAN_MOTION}).
     */
    private static final Set<String> ITALIAN_FROM = Set.of("da", "dall'", "dall’");
    /** Stems of Italian verbs and adjectives of coming, leaving and origin ("arrivati", "partiti", "provenienti"). */
    private static final Pattern ITALIAN_MOTION = Pattern.compile(
            "(?:arriv|part|proven|venut|giunt|fugg|rientr|torn|scappat|evacuat|allontanat|originari|rimpatriat)\\p{Ll}*");
    /** Verbs of saying and asking whose "à"/"a" is to a person ("a déclaré à", "ha chiesto a", "ha scritto a"). */
    private static final Set<String> TELLING = Set.of("dit", "déclaré", "expliqué", "confié", "demandé", "répondu",
            "écrit", "indiqué", "annoncé", "raconté", "assuré", "détto", "detto", "chiesto", "spiegato", "scritto",
            "risposto", "raccontato", "annunciato", "telefonato", "dice", "chiede", "dichiarato", "confidé");
    /** German articles of a genitive after a noun ("Angaben der Polizei", "Gelder der Stadt"): no town takes one. */
    private static final Set<String> GENITIVE_ARTICLES = Set.of("der", "des", "eines", "einer");
    /** Suffixes of German nouns no town ends in ("Sicherheitsgründen", "Ermittlungen", "Mannschaft"). */
    private static final Pattern GERMAN_NOUN = Pattern.compile(
            "\\p{Lu}\\p{L}*(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|nis|nisse|ismus"
                    + "|gründen|angaben|ängen|zeit|zeiten|weise|nahme|nahmen|bereich)");
    /**
     * The commonest German nouns prepositions take with no article ("nach Hause", "aus Angst", "bei Bedarf", "bei
     * Regen", "vor Ort", "nach Jahren", "in Sorge"): the weather, the time, a need or a feeling, never a town here.
     */
    private static final Set<String> GERMAN_BARE_NOUNS = Set.of("Hause", "Angst", "Bedarf", "Sicht", "Regen", "Nacht",
            "Ort", "Beginn", "Ende", "Anfang", "Hilfe", "Verfügung", "Schnee", "Sturm", "Wind", "Nebel", "Glatteis",
            "Tag", "Zeit", "Gefahr", "Sorge", "Vorsicht", "Protest", "Rücksicht", "Kosten", "Auskunft", "Wunsch",
            "Mitternacht", "Feierabend", "Stunden", "Tagen", "Wochen", "Monaten", "Jahren", "Minuten", "Berichten",
            "Hochwasser", "Frost", "Hitze", "Betrieb", "Kraft", "Gang", "Eile", "Not",
            // German writes its days, months and feasts capitalised: "bis Dienstag", "nach Ostern", "ab März"
            "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag", "Januar",
            "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
            "Dezember", "Ostern", "Pfingsten", "Weihnachten", "Silvester", "Neujahr");
    /**
     * German compounds built on a number or a record ("in Millionenhöhe", "Schäden in Milliardenhöhe", "auf
     * Rekordniveau", "zu Tausenden"): an amount, never a town.
     */
    private static final Pattern GERMAN_AMOUNT = Pattern.compile(
            "(?:Millionen|Milliarden|Billionen|Tausend|Hundert|Dutzend|Rekord)\\p{Ll}*");
    /**
     * German prepositions joined to their article ("im", "am", "vom", "zum", "beim", "ins"): the names of regions,
     * lakes, forests and ranges take an article ("im Saarland", "am Bodensee", "vom Hochsauerland", "zum
     * Siegerland"), a town's does not, so these stand before such a name, and far more often before a common noun.
     */
    private static final Set<String> GERMAN_CONTRACTIONS = Set.of("im", "am", "vom", "zum", "beim", "ins");
    /** How German builds those names: a landscape's noun written onto the name ("Sauerland", "Möhnesee", "Allgäu"). */
    private static final Pattern GERMAN_REGION = Pattern.compile(
            "\\p{Lu}\\p{Ll}{2,}(?:land|see|gau|gäu|wald|gebirge|tal|rhein|mark|heide)");
    /** Common nouns built the same way, which the contractions take as often ("im Ausland", "am Stausee"). */
    private static final Set<String> GERMAN_LANDSCAPE_NOUNS = Set.of("Ausland", "Inland", "Umland", "Hinterland",
            "Bundesland", "Festland", "Nachbarland", "Heimatland", "Herkunftsland", "Mutterland", "Vaterland",
            "Neuland", "Ackerland", "Bauland", "Grünland", "Flachland", "Stausee", "Baggersee", "Badesee", "Tiefsee",
            "Hochsee", "Regenwald", "Stadtwald", "Mischwald", "Urwald", "Nadelwald", "Laubwald", "Bergwald",
            "Rückenmark", "Knochenmark");
    /** What opens a German place's name of two words ("Bad Tölz", "Sankt Gallen", "Neu Ulm", "Schwäbisch Hall"). */
    private static final Set<String> GERMAN_PLACE_OPENERS = Set.of("Bad", "Sankt", "St.", "Neu", "Alt", "Groß",
            "Klein", "Ober", "Unter", "Nieder", "Hohen", "Markt", "Burg", "Kloster");

    private PlacePrepositions() {
    }

    private static List<List<String>> locutions(String... words) {
        return Arrays.stream(words).map(w -> List.of(w.toLowerCase(Locale.ROOT).split(" "))).toList();
    }

    /**
     * Whether the words right before {@code index} introduce a place in {@code language} ("près de", "bij", "em"),
     * or close a "between" whose first place is written before ("entre Brignoles et", "zwischen Hergensweiler und").
     */
    static boolean introduces(List<Token> tokens, int index, String language) {
        List<List<String>> locutions = LOCUTIONS.get(language);
        if (locutions == null || index == 0) {
            return false;
        }
        if ("de".equals(language) && isGermanRegionAfterContraction(tokens, index)) {
            return true;
        }
        if ("it".equals(language) && index >= 2 && ITALIAN_FROM.contains(tokens.get(index - 1).text().toLowerCase(Locale.ROOT))
                && ITALIAN_MOTION.matcher(tokens.get(index - 2).text().toLowerCase(Locale.ROOT)).matches()) {
            return true; // "arrivati dall'Emilia", "partiti da Bergamo"
        }
        if (SLAVIC.contains(language) && isDeclinedGivenName(tokens.get(index).text(), language)) {
            return false; // "čekali na Jana Nováka": "na" with the accusative, before a person
        }
        if (opensLowerCaseName(tokens, index, language)) {
            return false; // "na Americký červený kříž", "v Indickém oceánu": the name's other words are lower case
        }
        for (List<String> locution : locutions) {
            if (endsWith(tokens, index, locution) && !toPerson(tokens, index, locution)) {
                return true;
            }
        }
        return secondOfBetween(tokens, index, language);
    }

    /**
     * A Czech or Slovak adjective of a country or a people ("Americký", "Indickém", "Slovenská") before a lower-case
     * word: these languages capitalise only a name's first word, so the run of capitals holds the adjective alone, no
     * place's name.
     */
    private static boolean opensLowerCaseName(List<Token> tokens, int index, String language) {
        return ("cs".equals(language) || "sk".equals(language)) && index + 1 < tokens.size()
                && CZECH_ADJECTIVE.matcher(tokens.get(index).text()).matches() && tokens.get(index + 1).isWord()
                && !tokens.get(index + 1).isCapitalised();
    }

    /**
     * A given name in any of its cases: these languages decline names, so "Jana" (Jan's accusative) is found by the
     * base form the analysis' name keys give it ({@link NameCases#stem}), capitalised as the list writes names.
     */
    private static boolean isDeclinedGivenName(String word, String language) {
        Lexicon lexicon = Lexicon.standard();
        if (lexicon.isGivenName(word)) {
            return true;
        }
        String stem = NameCases.stem(word, language);
        return !stem.isEmpty() && lexicon.isGivenName(Character.toUpperCase(stem.charAt(0)) + stem.substring(1));
    }

    /**
     * Where the name starts in a run that opens the sentence with a locution of place, capitalised by its place there
     * ("Nahe Nonnenhorn", "Cerca de Faura", "Tussen Vianen"): the index after the locution, else {@code first}.
     */
    static int afterOpeningLocution(List<Token> tokens, int first, int end, String language) {
        List<List<String>> locutions = LOCUTIONS.get(language);
        if (locutions == null) {
            return first;
        }
        if ("de".equals(language) && first + 1 < end && isGermanRegionAfterContraction(tokens, first + 1)) {
            return first + 1; // "Im Sauerland hat", "Am Möhnesee": the region after the sentence's contraction
        }
        int best = first;
        for (List<String> locution : locutions) {
            int after = first + locution.size();
            if (after < end && endsWith(tokens, after, locution) && tokens.get(after).isCapitalised()) {
                best = Math.max(best, after);
            }
        }
        return best;
    }

    /**
     * Where a place's name introduced by a preposition ends: before an "and" ("desde Castellón y Sagunto" names two
     * towns, the "y" of "Ortega y Gasset" aside), and in German, which capitalises its nouns, after its first word:
     * "in Lindau Gelder der Stadt" names Lindau, and "Gelder" is the noun after it; two bare capitalised words are one
     * place only when the first opens town names ("Bad Tölz", "Schwäbisch Hall"). {@code end} when the run is whole.
     */
    static int placeEnd(List<Token> tokens, int first, int end, String language) {
        for (int k = first + 1; k < end - 1; k++) {
            if (tokens.get(k).text().equals(AND.get(language))) {
                return k;
            }
        }
        if (!"de".equals(language) || end - first < 2) {
            return end;
        }
        String opener = tokens.get(first).text();
        boolean opens = GERMAN_PLACE_OPENERS.contains(opener) || opener.endsWith("isch");
        boolean plainWords = tokens.subList(first, end).stream().allMatch(t -> t.isWord() && t.isCapitalised());
        return opens || !plainWords ? end : first + 1;
    }

    /**
     * An assembly or a court, which the languages here name bare after a preposition of place as a town is named
     * ("discussa in Parlamento", "votée au Sénat", "aprobada en el Congreso", "im Bundestag"): a body, not a place.
     */
    static boolean isInstitution(String word) {
        return INSTITUTIONS.contains(word);
    }

    /**
     * The index of the language's "and" inside the run {@code [first, end)} with a capitalised word on each side
     * ("Segorbe y Altura"), or -1; English and the languages without an entry here keep their runs whole.
     */
    static int andBetweenNames(List<Token> tokens, int first, int end, String language) {
        String and = AND.get(language);
        for (int k = first + 1; and != null && k < end - 1; k++) {
            if (tokens.get(k).text().equals(and) && tokens.get(k - 1).isCapitalised() && tokens.get(k + 1).isCapitalised()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether a capitalised word after a German preposition is a bare noun rather than a town: it ends as nouns do
     * ("Sicherheitsgründen"), it is one of the nouns prepositions take bare ("nach Hause"), or a genitive article
     * follows it ("nach Angaben der Polizei").
     */
    static boolean isGermanNoun(List<Token> tokens, int index) {
        boolean genitive = index + 1 < tokens.size() && GENITIVE_ARTICLES.contains(tokens.get(index + 1).text());
        String word = tokens.get(index).text();
        return genitive || GERMAN_BARE_NOUNS.contains(word) || GERMAN_NOUN.matcher(word).matches()
                || GERMAN_AMOUNT.matcher(word).matches();
    }

    /**
     * A German region's, lake's or forest's name ({@link #GERMAN_REGION}) right after a preposition joined to its
     * article ({@link #GERMAN_CONTRACTIONS}), in either case ("im Saarland", "Am Bodensee"); not a common noun so
     * built ("im Ausland"), nor one a genitive follows ("im Umland der Stadt").
     */
    static boolean isGermanRegionAfterContraction(List<Token> tokens, int index) {
        if (index == 0 || !GERMAN_CONTRACTIONS.contains(tokens.get(index - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String word = tokens.get(index).text();
        return GERMAN_REGION.matcher(word).matches() && !GERMAN_LANDSCAPE_NOUNS.contains(word)
                && !isGermanNoun(tokens, index);
    }

    private static boolean endsWith(List<Token> tokens, int index, List<String> locution) {
        int start = index - locution.size();
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < locution.size(); k++) {
            if (!unelided(tokens.get(start + k).text()).equals(locution.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A word in lower case, French's elided "d'" as its "de" ("près d'Avignon" is "près de" Avignon). */
    private static String unelided(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("d'") || lower.equals("d’") ? "de" : lower;
    }

    /** "a déclaré à", "ha chiesto a": the "to" of a verb of saying or asking, before the one told. */
    private static boolean toPerson(List<Token> tokens, int index, List<String> locution) {
        int before = index - locution.size() - 1;
        return locution.size() == 1 && DATIVES.contains(locution.get(0)) && before >= 0
                && TELLING.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The second of two places joined by "and" after one locution ("entre Brignoles et [Le Luc]", "desde Castellón y
     * [Sagunto]", "uit Apeldoorn en [Zwolle]"): the "and", capitalised words before it, and before them the
     * language's "between" or a locution of place.
     */
    private static boolean secondOfBetween(List<Token> tokens, int index, String language) {
        String and = AND.get(language);
        if (and == null) {
            return false;
        }
        int link = index - 1;
        if (!tokens.get(link).text().equals(and) && link >= 2 && tokens.get(link - 1).text().equals(and)
                && REPEATED.contains(unelided(tokens.get(link).text()))) {
            link--; // "d'Avignon et d'Orange", "de Sorgues et de Carpentras", "aus Trier und aus Konz"
        }
        if (!tokens.get(link).text().equals(and)) {
            return false;
        }
        for (int k = link - 1; k >= 1 && k >= link - 4; k--) {
            if (!tokens.get(k).isCapitalised()) {
                return false;
            }
            if (tokens.get(k - 1).text().equalsIgnoreCase(BETWEEN.get(language))) {
                return true;
            }
            int first = k;
            if (LOCUTIONS.get(language).stream().anyMatch(l -> endsWith(tokens, first, l) && !toPerson(tokens, first, l))) {
                return true;
            }
        }
        return false;
    }
}
