package dev.storybrief.analyze.entity;

import dev.storybrief.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Spanish, Portuguese, Italian, Romanian, Dutch, Swedish, Danish, Norwegian, Polish, Czech and Indonesian build the names of bodies and places, for
 * articles the English rules would otherwise read as people's names ("Guardia Civil", "Serra Alta", "Norrvik").
 *
 * <p>Three kinds of evidence, each from how the language forms such names, with short lists of the commonest words:
 * <ul>
 *   <li>a generic head: Spanish and Portuguese put it first ("Guardia Civil", "Policía Nacional", "Corpo de
 *   Bombeiros", "Serra Alta", "Rio Doce"), Swedish, Danish and Norwegian write it last or as the end of one word
 *   ("Sydfyns Politi", "Skarø Havn", "Norrvik", "Nyköping", "Hamnvägen"), Polish and Czech inflect it anywhere in the
 *   name ("Lotniczego Pogotowia Ratunkowego", "Straży Pożarnej"; "Dolní Lhota", "řeka Sázava");</li>
 *   <li>a preposition of place right before the name ("en Almenara", "em Serra Alta", "i Norrvik", "w Zalesiu",
 *   "v Praze"), or a noun of a kind of place before "de" ("la sierra de Almenara", "vecinos de Los Pinos");</li>
 *   <li>what only a person does after the name: a verb of saying ("dijo", "säger", "powiedział", "řekl") or an age
 *   (", de 67 años", ", 45 år,"), which outweighs the preposition and the ending.</li>
 * </ul>
 * A given name opening the name still makes a person ("Rosa Beltrán", "Per Holm"); the caller checks that first. The
 * verbs of saying are the few this stage needs; the quote stage, which runs after it and reads this package, keeps
 * the full lists.
 */
final class LocalNameForms {

    /** Spanish and Portuguese words that open the name of a public body, a force or a party. */
    private static final Map<String, Set<String>> BODY_OPENERS = Map.of(
            "es", Set.of("Guardia", "Policía", "Junta", "Ministerio", "Ayuntamiento", "Consejería", "Protección",
                    "Bomberos", "Gobierno", "Tribunal", "Juzgado", "Fiscalía", "Consejo", "Servicio", "Agencia",
                    "Delegación", "Diputación", "Partido", "Universidad", "Asociación", "Federación", "Instituto",
                    "Confederación", "Sindicato", "Unidad", "Ejército", "Dirección", "Comisión", "Cuerpo"),
            "pt", Set.of("Polícia", "Bombeiros", "Corpo", "Defesa", "Proteção", "Guarda", "Ministério", "Prefeitura", "Câmara",
                    "Governo", "Tribunal", "Secretaria", "Procuradoria", "Promotoria", "Agência", "Instituto",
                    "Universidade", "Associação", "Federação", "Partido", "Conselho", "Comissão", "Serviço",
                    "Assembleia", "Sindicato", "Exército", "Marinha", "Força", "Forças"),
            // Italian writes the kind of body first as well ("Procura di Ancona", "Vigili del Fuoco", "Protezione
            // Civile"); "Marina" (Militare) is left out, a given name opening a person's name is read before this
            "it", Set.of("Procura", "Prefettura", "Questura", "Polizia", "Carabinieri", "Guardia", "Vigili",
                    "Protezione", "Comune", "Regione", "Provincia", "Ministero", "Tribunale", "Corte", "Consiglio",
                    "Agenzia", "Capitaneria", "Università", "Partito", "Croce", "Azienda", "Consorzio", "Autorità",
                    "Arma", "Esercito", "Soccorso", "Servizio", "Giunta", "Camera", "Senato", "Istituto",
                    "Associazione", "Federazione", "Sindacato", "Procuratore"),
            // Indonesian (and Malay) too: a company's legal form, a police command, an agency, a ministry ("PT Sawit
            // Jaya", "Polres Agam", "Badan Nasional Penanggulangan Bencana", "Dinas Sosial")
            "id", Set.of("PT", "CV", "Badan", "Dinas", "Polres", "Polda", "Polsek", "Polresta", "Polri",
                    "Kepolisian", "Kementerian", "Pemerintah", "Pemkab", "Pemkot", "Pemprov", "Basarnas", "Komisi",
                    "Dewan", "Universitas", "Partai", "Majelis", "Mahkamah", "Pengadilan", "Kejaksaan", "Balai",
                    "Lembaga", "Yayasan", "Perusahaan", "Satuan", "Palang", "Tentara"),
            // Dutch public bodies open with their kind ("Gemeente Marendam", "Veiligheidsregio Zeeland")
            "nl", Set.of("Gemeente", "Provincie", "Politie", "Brandweer", "Veiligheidsregio", "Ministerie",
                    "Waterschap", "Rechtbank", "Universiteit", "Omroep", "Stichting", "Vereniging", "Partij"),
            // Romanian too, with the definite ending ("Inspectoratul pentru Situații de Urgență", "Primăria Târgu
            // Mureș", "Poliția Română")
            "ro", Set.of("Inspectoratul", "Ministerul", "Primăria", "Consiliul", "Poliția", "Guvernul", "Agenția",
                    "Direcția", "Universitatea", "Partidul", "Jandarmeria", "Prefectura", "Tribunalul", "Curtea"));
    /** Spanish and Portuguese words that open the name of a natural feature or a part of a town. */
    private static final Map<String, Set<String>> PLACE_OPENERS = Map.of(
            "es", Set.of("Sierra", "Río", "Monte", "Montes", "Lago", "Valle", "Playa", "Cabo", "Isla", "Islas",
                    "Villa", "Barrio", "Avenida", "Paseo", "Embalse", "Costa", "Golfo", "Cerro", "Laguna",
                    "Arroyo"),
            "pt", Set.of("Serra", "Rio", "Monte", "Lago", "Vale", "Praia", "Cabo", "Ilha", "Vila", "Morro", "Baía",
                    "Avenida", "Bairro", "Represa", "Lagoa", "Costa", "Rodovia", "Ribeirão", "Chapada"),
            "cs", Set.of("Dolní", "Horní", "Velké", "Velká", "Velký", "Malé", "Malá", "Malý", "Nové", "Nová",
                    "Nový", "Staré", "Stará", "Starý", "Řeka"),
            "it", Set.of("Monte", "Lago", "Fiume", "Val", "Valle", "Isola", "Capo", "Golfo", "Porto", "Piazza",
                    "Via", "Viale", "Corso", "Borgo", "Passo", "Colle", "Strada"),
            // Indonesian units of government and kinds of place, written before the name ("Kabupaten Agam", "Kota
            // Padang", "Kecamatan Sungai Lembu", "Desa Tanjung", "Sungai Batang")
            "id", Set.of("Kota", "Kabupaten", "Kecamatan", "Desa", "Kelurahan", "Provinsi", "Pulau", "Sungai",
                    "Gunung", "Danau", "Jalan", "Kampung", "Dusun", "Teluk", "Selat", "Pantai", "Bukit", "Lembah",
                    "Nagari", "Jorong", "Tanjung", "Rumah"),
            // Romanian kinds of place, with the definite ending ("Valea Mare", "Lacul Roșu", "Strada Mare")
            "ro", Set.of("Valea", "Muntele", "Munții", "Lacul", "Râul", "Strada", "Piața", "Satul", "Comuna",
                    "Orașul", "Municipiul", "Județul", "Dealul", "Insula"));
    /**
     * Articles that open a Spanish name: a person's name does not open with one, so "Los Pinos", "La Junta" and "El
     * Mirador" name a place or a body.
     */
    private static final Set<String> SPANISH_ARTICLES = Set.of("El", "La", "Los", "Las");
    /** Articles of Spanish and Portuguese as they open a sentence. */
    private static final Map<String, Set<String>> SENTENCE_ARTICLES = Map.of("es", SPANISH_ARTICLES,
            "pt", Set.of("O", "A", "Os", "As"), "it", Set.of("Il", "La", "Lo", "I", "Gli", "Le"));
    /**
     * "According to" as it opens a sentence before the source it names ("Enligt Region Halland", "Według policji",
     * "Según Protección Civil", "Podle hasičů"): capitalised by its place, never part of the name.
     */
    private static final Set<String> ACCORDING_TO = Set.of("Enligt", "Ifølge", "Według", "Según", "Segundo",
            "Podle", "Secondo", "Menurut", "Volgens", "Selon", "Laut");
    private static final Set<String> PLURAL_ARTICLES = Set.of("Los", "Las");
    /**
     * The last word of a Swedish, Danish or Norwegian body's name: the police, a council, a rescue service, a ferry
     * line, a firm's legal form or its trade ("Sydfyns Politi", "Norrviks kommun", "Lindgren Plast").
     */
    private static final Set<String> NORDIC_BODY_ENDS = Set.of("Politi", "Politiet", "Polis", "Polisen", "Kommun",
            "Kommune", "Kommunen", "Region", "Regionen", "Räddningstjänst", "Räddningstjänsten", "Beredskab",
            "Færger", "Färjor", "Ferjer", "Rederi", "AB", "A/S", "ASA", "Plast", "Bygg", "Energi", "Trafik",
            "Gruppen");
    /** The last word of a Swedish, Danish or Norwegian place's name: a harbour, a sound, a hospital. */
    private static final Set<String> NORDIC_PLACE_ENDS = Set.of("Havn", "Hamn", "Sund", "Fjord", "Sygehus",
            "Sjukhus", "Sykehus", "Strand");
    /**
     * Endings of Swedish, Danish and Norwegian town and street names, written onto the name ("Norrvik", "Nyköping",
     * "Kirkeby", "Hamnvägen", "Strandtorget"); none ends a common surname (Lindqvist, Holm, Ek, Lindgren, Mikkelsen).
     */
    private static final Pattern NORDIC_PLACE_ENDING = Pattern.compile(
            "\\p{Lu}\\p{L}{2,}(?:vik|by|köping|købing|stad|hamn|havn|sund|fjord|näs|torp|vägen|gatan|gata|gade|vej|veien"
                    + "|torget|torvet)");
    /** Polish and Czech stems of the heads of public bodies, in any case ("Straży", "Pogotowia", "Policie"). */
    private static final Pattern SLAVIC_BODY_STEM = Pattern.compile("(?:Straż|Policj|Pogotow|Urz[ąę]d|Ministerstw"
            + "|Prokuratur|Komend|Inspektorat|Inspekcj|Agencj|Fundacj|Stowarzyszeni|Uniwersytet|Instytut|Sąd"
            // Czech
            + "|Polici|Hasičsk|Ministerstv|Úřad|Soud|Záchrann)\\p{L}*");
    /**
     * Dutch words that end a firm's name by its trade ("Kustland Logistiek", "Polder Verzekeringen", "Bakker Bouw"),
     * none a surname.
     */
    private static final Set<String> DUTCH_BODY_ENDS = Set.of("Logistiek", "Verzekeringen", "Bouw", "Transport",
            "Groep", "Energie", "Techniek", "Installaties", "Holding", "Vervoer", "Zorg", "Recycling", "Chemie");
    /**
     * Dutch nouns of a kind of place written right before its name ("op het industrieterrein De Hoek", "de wijk
     * Oosterpark"): the name after one is that place's.
     */
    private static final Set<String> DUTCH_PLACE_NOUNS = Set.of("industrieterrein", "bedrijventerrein", "wijk",
            "dorp", "buurtschap", "polder", "woonwijk", "kern", "gemeente", "stad");
    /** Nouns of a kind of place or of those who live in one, whose "de" names the place ("la sierra de Almenara"). */
    private static final Set<String> ROMANCE_PLACE_NOUNS = Set.of("sierra", "serra", "río", "rio", "municipio",
            "município", "localidad", "pueblo", "ciudad", "cidade", "comarca", "provincia", "província", "región",
            "região", "valle", "vale", "barrio", "bairro", "urbanización", "distrito", "vecino", "vecinos", "vecina",
            "vecinas", "moradores", "habitantes",
            // Italian: "al largo di Ancona", "il comune di Valdoria", "gli abitanti di"
            "largo", "comune", "città", "frazione", "paese", "abitanti", "residenti", "porto", "costa",
            "zona", "periferia",
            // offices held over a town, whose "of" names it: "il sindaco di Valdoria", "el alcalde de Almenara"
            "sindaco", "sindaca", "alcalde", "alcaldesa", "prefeito", "prefeita", "maire",
            // French: "les habitants de Tourves", "la commune de Vidauban"
            "commune", "ville", "village", "localité", "département", "région", "environs",
            // units of local government over a county or a province: "le comté de Kerry", "la contea di", "el
            // condado de", "la province de Namur", "le canton de Vaud"
            "comté", "contea", "condado", "province", "canton");
    /**
     * Dutch offices held over a town and nouns of its people, whose "van" names it ("de burgemeester van Deventer", "de
     * inwoners van Zwolle"); a person's "van" follows a name, not these words.
     */
    /** The particles of Dutch surnames ("de Wit", "van der Berg", "ter Horst"). */
    private static final Set<String> DUTCH_PARTICLES = Set.of("de", "van", "der", "den", "ter", "ten", "te", "het");
    private static final Set<String> DUTCH_TOWN_NOUNS = Set.of("burgemeester", "burgemeesters", "gemeente",
            "provincie", "inwoners", "bewoners", "centrum", "haven", "omgeving", "wethouder", "gemeenteraad");
    /**
     * German nouns of a unit of government or a kind of place written before its name with no article of their own
     * ("im Landkreis Görlitz", "der Kreis Olpe", "im Bezirk Lichtenberg", "der Stadt Köln"): the name after one is a
     * place's; German capitalises them, so they open the run of capitals and are no part of the name.
     */
    private static final Set<String> GERMAN_AREA_NOUNS = Set.of("Landkreis", "Kreis", "Bezirk", "Regierungsbezirk",
            "Stadtbezirk", "Stadtteil", "Ortsteil", "Stadt", "Kreisstadt", "Gemeinde", "Kanton", "Bundesland",
            "Landeshauptstadt", "Großstadt", "Kleinstadt", "Marktgemeinde", "Samtgemeinde", "Verbandsgemeinde");
    private static final Set<String> LOWER_ARTICLES = Set.of("el", "la", "los", "las");
    /** Courtesy titles before a name in the languages read here ("M. Dupont", "Sr. Pérez", "Herr Weber"). */
    private static final Set<String> COURTESY_TITLES = Set.of("M.", "M", "MM.", "Mme", "Mme.", "Mlle", "Sr.", "Sra.",
            "Sig.", "Sig.ra", "Herr", "Frau", "Dhr.", "Mevr.", "Dr.", "Dr");
    /**
     * Czech, Slovak and Polish prepositions, capitalised where they open a sentence ("Na Srí Lance zemřelo", "V Praze",
     * "W Warszawie"): no name opens with one.
     */
    private static final Set<String> SLAVIC_OPENING_PREPOSITIONS = Set.of("Na", "V", "Ve", "Z", "Ze", "Do", "Od",
            "Po", "Pro", "Při", "Podle", "Pod", "Nad", "Před", "Za", "W", "We", "Przy", "Dla", "Według", "Przez");
    /** "Of" in these languages, elided before a vowel too ("il sindaco dell'Aquila", "la commune d'Orange"). */
    private static final Set<String> ROMANCE_OF = Set.of("de", "del", "do", "da", "dos", "das", "di", "dell'", "dell’",
            "d'", "d’");
    /** The languages whose place nouns take the "of" of {@link #ROMANCE_OF} before the place's name. */
    private static final Set<String> ROMANCE = Set.of("es", "pt", "it", "fr");
    /** The verbs of saying news writes right after a speaker's name in these languages. */
    private static final Set<String> SPEECH_VERBS = Set.of("dijo", "afirmó", "declaró", "explicó", "añadió",
            "aseguró", "señaló", "disse", "afirmou", "declarou", "explicou", "contou", "säger", "sa", "sade",
            "siger", "sagde", "sier", "powiedział", "powiedziała", "mówi", "dodał", "dodała", "řekl",
            "řekla", "uvedl", "uvedla", "dice", "kata", "ujar", "ujarnya", "katanya", "mengatakan");
    /** Words of years after an age ("de 67 años", "45 år", "47 lat", "52 let"). */
    private static final Set<String> YEARS = Set.of("años", "anos", "år", "lat", "let");
    private static final Set<String> NORDIC = Set.of("sv", "da", "no", "nb", "nn");
    /**
     * Indonesian offices over a unit of government, written capitalised before the unit's name or the holder's: the
     * governor of a province, the regent of a regency, the mayor, the head of a district or a village.
     */
    private static final Set<String> PLACE_OFFICES = Set.of("Gubernur", "Wagub", "Bupati", "Wabup", "Walikota",
            "Wali", "Camat", "Lurah", "Kapolda", "Kapolres", "Kapolsek");
    /** The quarter of the compass or the middle Indonesian writes after a province's or a city's name. */
    private static final Set<String> INDONESIAN_QUARTERS = Set.of("Barat", "Timur", "Utara", "Selatan", "Tengah",
            "Tenggara");

    private LocalNameForms() {
    }

    /**
     * Whether {@code word} opens a public body's name in one of the languages whose bodies open with their kind
     * ("Inspectoratul", "Procura", "Ministerio"); the word is of that language alone, so no language is asked.
     */
    static boolean opensBody(String word) {
        return BODY_OPENERS.values().stream().anyMatch(openers -> openers.contains(word));
    }

    /**
     * Whether the run opens on a preposition the sentence's start capitalised in Czech, Slovak or Polish: the name is
     * the words after it.
     */
    static boolean opensOnSlavicPreposition(List<Token> tokens, int first, int end, String language) {
        return end - first >= 2 && ("cs".equals(language) || "sk".equals(language) || "pl".equals(language))
                && SLAVIC_OPENING_PREPOSITIONS.contains(tokens.get(first).text());
    }

    /** Whether {@code word} is a capitalised Czech, Slovak or Polish preposition of where: "Na", "V", "W". */
    static boolean isSlavicLocative(String word) {
        return Set.of("Na", "V", "Ve", "W", "We").contains(word);
    }

    /** Whether {@code word} is a German noun of a unit of government written before its name ("Landkreis"). */
    static boolean isGermanAreaNoun(String word) {
        return GERMAN_AREA_NOUNS.contains(word);
    }

    /**
     * Where the name in a run of capitalised words starts, past the words only the sentence's start capitalised: an
     * "according to" ("Enligt Region Halland") and an article before a generic head ("La Guardia Civil", "O Corpo de
     * Bombeiros", whose article is the sentence's, as "la Guardia Civil" is inside one). {@code first} when none.
     */
    static int nameStart(List<Token> tokens, int first, int end, String language) {
        String lang = nordic(language);
        if (end - first < 2) {
            return first;
        }
        String opener = tokens.get(first).text();
        if (ACCORDING_TO.contains(opener)) {
            // "Según la Guardia Civil", "Secondo la Procura di Lecco": the article after it is no part of the name
            // either (the run bridged it as a name's particle)
            int name = first + 1;
            while (name < end - 1 && !tokens.get(name).isCapitalised()) {
                name++;
            }
            return name;
        }
        if ("id".equals(lang) && "Kepala".equals(opener) && end - first >= 3 && tokens.get(first + 1).isAllCaps()) {
            // "Kepala BPBD Budi Santoso": the head of a body named by its initials, then the head's name
            return first + 2;
        }
        if ("id".equals(lang) && PLACE_OFFICES.contains(opener)) {
            // "Gubernur Sumatera Barat", "Bupati Agam", "Gubernur Ahmad Fauzi": an office over a province, a regency
            // or a town, capitalised as a title is, before what it heads or before its holder; neither is the office
            return first + 1;
        }
        if (end - first < 3) {
            return first; // "La Junta": a body's name of one generic word keeps its article
        }
        String next = tokens.get(first + 1).text();
        boolean generic = BODY_OPENERS.getOrDefault(lang, Set.of()).contains(next)
                || PLACE_OPENERS.getOrDefault(lang, Set.of()).contains(next);
        return generic && SENTENCE_ARTICLES.getOrDefault(lang, Set.of()).contains(opener) ? first + 1 : first;
    }

    /**
     * The kind a name of several words has by how it is built in {@code language}, or null when its words say nothing:
     * a body or a place by a generic head or a leading article, a place after a preposition of place.
     */
    static EntityType multiWord(List<Token> tokens, int first, int end, String language) {
        String lang = nordic(language);
        List<String> words = tokens.subList(first, end).stream().map(Token::text).toList();
        String opener = words.get(0);
        if ("es".equals(lang) && SPANISH_ARTICLES.contains(opener) && words.size() >= 2) {
            // "Los Pinos", "La Junta", "El Mirador": the article is the name's, and no person's name opens with one
            return BODY_OPENERS.get(lang).contains(words.get(1)) ? EntityType.ORGANIZATION : EntityType.PLACE;
        }
        if (BODY_OPENERS.getOrDefault(lang, Set.of()).contains(opener)) {
            return EntityType.ORGANIZATION; // "Guardia Civil", "Corpo de Bombeiros", "Defesa Civil"
        }
        if (PLACE_OPENERS.getOrDefault(lang, Set.of()).contains(opener)) {
            return EntityType.PLACE; // "Serra Alta", "Rio Doce", "Dolní Lhota"
        }
        if (afterOfficeOf(tokens, first, lang)) {
            // "el consejero de Medio Ambiente", "o secretário de Obras Públicas": what such an office is "of" is
            // the department or body it serves (an office over a town, "el alcalde de Villanueva", is read apart)
            return EntityType.ORGANIZATION;
        }
        if ("nl".equals(lang) && DUTCH_BODY_ENDS.contains(words.get(words.size() - 1))) {
            return EntityType.ORGANIZATION; // "Kustland Logistiek", "Polder Verzekeringen": a firm named by its trade
        }
        if ("id".equals(lang) && INDONESIAN_QUARTERS.contains(words.get(words.size() - 1))) {
            return EntityType.PLACE; // "Sumatera Barat", "Jawa Tengah", "Jakarta Selatan": a province or a city's part
        }
        if (NORDIC.contains(lang) && "Region".equals(opener)) {
            return EntityType.ORGANIZATION; // "Region Halland", "Region Syddanmark": a region's council
        }
        if (NORDIC.contains(lang)) {
            String last = withoutGenitive(words.get(words.size() - 1), NORDIC_BODY_ENDS);
            if (NORDIC_BODY_ENDS.contains(last)) {
                return EntityType.ORGANIZATION; // "Sydfyns Politi", "Lindgren Plasts fabrik"
            }
            if (NORDIC_PLACE_ENDS.contains(withoutGenitive(last, NORDIC_PLACE_ENDS))
                    || isNordicPlaceWord(words.get(words.size() - 1))) {
                return EntityType.PLACE; // "Skarø Havn", "Svendborg Sygehus", "Övre Norrvik"
            }
        }
        if (("pl".equals(lang) || "cs".equals(lang)) && words.stream().anyMatch(w -> SLAVIC_BODY_STEM.matcher(w).matches())) {
            return EntityType.ORGANIZATION; // "Lotniczego Pogotowia Ratunkowego", "Państwowa Straż Pożarna"
        }
        if (personAfter(tokens, end) || !words.stream().allMatch(w -> Character.isLetter(w.charAt(0)))) {
            return null;
        }
        return afterPlaceWord(tokens, first, lang) ? EntityType.PLACE : null;
    }

    /**
     * The kind a lone word has by how it is built or where it stands in {@code language}, or null: a town by its
     * Nordic ending, a place after a preposition of place or a noun of a kind of place; not when a verb of saying or
     * an age follows it.
     */
    static EntityType singleWord(List<Token> tokens, int index, String language) {
        String lang = nordic(language);
        if (personAfter(tokens, index + 1) || index > 0 && SPEECH_VERBS.contains(tokens.get(index - 1).text())) {
            return null; // "Forsby, 45 år,", "sade Forsby": the verb comes first in the Nordic languages' word order
        }
        String word = tokens.get(index).text();
        if (NORDIC.contains(lang) && isNordicPlaceWord(word)) {
            return EntityType.PLACE; // "Norrvik", "Norrviks sporthall", "Hamnvägen"
        }
        return afterPlaceWord(tokens, index, lang) && !tokens.get(index).isAllCaps() ? EntityType.PLACE : null;
    }

    /** A word the language writes only where a place stands: after a preposition of place or "la sierra de". */
    static boolean standsAsPlace(List<Token> tokens, int index, String language) {
        return afterPlaceWord(tokens, index, nordic(language)) && !personAfter(tokens, index + 1);
    }

    /** After an office of Spanish or Portuguese that heads no town or country, and its "de": "consejero de". */
    private static boolean afterOfficeOf(List<Token> tokens, int first, String lang) {
        int of = first - 1;
        if (of >= 1 && LOWER_ARTICLES.contains(tokens.get(of).text())) {
            of--; // "jefe de la Policía"
        }
        if (!("es".equals(lang) || "pt".equals(lang)) || of < 1 || !ROMANCE_OF.contains(tokens.get(of).text())) {
            return false;
        }
        String office = tokens.get(of - 1).text();
        return RomanceOffices.isOffice(office) && !RomanceOffices.headsSomething(office);
    }

    private static boolean afterPlaceWord(List<Token> tokens, int index, String lang) {
        if (index == 0 || COURTESY_TITLES.contains(tokens.get(index).text())) {
            return false; // "a dit l'un des soldats à M. Ahmadinejad": a courtesy title opens a person's name
        }
        String before = tokens.get(index - 1).text();
        if (PlacePrepositions.introduces(tokens, index, lang)) {
            // "en Almenara", "près de Brignoles", "bij Utrecht"; not a German bare noun ("nach Angaben der Polizei"),
            // nor an assembly or a court sitting somewhere ("in Parlamento", "au Sénat", "im Bundestag")
            return (!"de".equals(lang) || !PlacePrepositions.isGermanNoun(tokens, index))
                    && !PlacePrepositions.isInstitution(tokens.get(index).text());
        }
        if ("nl".equals(lang) && DUTCH_PLACE_NOUNS.contains(before)) {
            return true;
        }
        if ("nl".equals(lang) && "van".equals(before) && index >= 2
                && DUTCH_TOWN_NOUNS.contains(tokens.get(index - 2).text().toLowerCase(Locale.ROOT))) {
            return true; // "de burgemeester van Deventer", "Burgemeester van Zutphen"
        }
        if ("nl".equals(lang) && "van".equals(before) && isDutchOfficeHolder(tokens, index - 1)) {
            return true; // "burgemeester Anna de Wit van Zutphen": the holder's town after the full name
        }
        if ("de".equals(lang) && isGermanAreaNoun(before)) {
            return true; // "Landkreis Görlitz", "der Kreis Olpe"
        }
        int of = index - 1;
        if (of >= 1 && LOWER_ARTICLES.contains(before)) {
            of--; // "vecinos de la Sierra": the article after "de"
        }
        return ROMANCE.contains(lang) && of >= 1 && ROMANCE_OF.contains(tokens.get(of).text())
                && ROMANCE_PLACE_NOUNS.contains(tokens.get(of - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the words before the "van" at {@code van} are a full name, a given name and a surname with its
     * particles, and before them an office over a town ("burgemeester Anna de Wit van", "Wethouder Piet Jansen van"):
     * a name holds one particle after its given name, so this "van" says which town the office is over.
     */
    private static boolean isDutchOfficeHolder(List<Token> tokens, int van) {
        int names = 0;
        int k = van - 1;
        for (; k >= 0 && van - k <= 5; k--) {
            Token word = tokens.get(k);
            if (word.isWord() && word.isCapitalised() && !DUTCH_TOWN_NOUNS.contains(word.text().toLowerCase(Locale.ROOT))) {
                names++;
            } else if (!DUTCH_PARTICLES.contains(word.text())) {
                break;
            }
        }
        return names >= 2 && k >= 0 && DUTCH_TOWN_NOUNS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }

    /** A verb of saying or an age right after the name (", de 67 años,", ", 45 år,"): only a person does so. */
    static boolean personAfter(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        if (SPEECH_VERBS.contains(tokens.get(end).text())) {
            return true;
        }
        int k = tokens.get(end).text().equals(",") ? end + 1 : end;
        if (k < tokens.size() && tokens.get(k).text().equals("de")) {
            k++;
        }
        return k > end && k + 1 < tokens.size() && tokens.get(k).text().matches("\\d{1,3}")
                && YEARS.contains(tokens.get(k + 1).text());
    }

    private static boolean isNordicPlaceWord(String word) {
        return NORDIC_PLACE_ENDING.matcher(word.endsWith("s") ? word.substring(0, word.length() - 1) : word).matches()
                || NORDIC_PLACE_ENDING.matcher(word).matches();
    }

    /** "Plasts" of "Lindgren Plasts fabrik": the genitive -s Swedish, Danish and Norwegian write onto a name. */
    private static String withoutGenitive(String word, Set<String> heads) {
        return !heads.contains(word) && word.endsWith("s") && heads.contains(word.substring(0, word.length() - 1))
                ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * Norwegian's written forms share its lists, and so do Malay's Indonesian's (the language identifier also names
     * Indonesian news copy Sundanese or Javanese, whose public bodies and places go by their Indonesian names); other
     * languages are as given.
     */
    private static String nordic(String language) {
        if ("ms".equals(language) || "su".equals(language) || "jv".equals(language)) {
            return "id";
        }
        return "nb".equals(language) || "nn".equals(language) ? "no" : language;
    }
}
