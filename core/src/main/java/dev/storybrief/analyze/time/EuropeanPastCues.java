package dev.storybrief.analyze.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether the clause holding a date in French, German, Spanish, Italian, Portuguese, Dutch, Polish, Czech,
 * Russian, Turkish or Indonesian news is told in the past: "die Schule
 * blieb bis Freitag geschlossen", "l'école est restée fermée jusqu'à vendredi", "la escuela permaneció cerrada hasta el
 * viernes", "la scuola è rimasta chiusa fino a venerdì".
 *
 * <p>No tagger is available, so it reads cue words in the date's clause (between the punctuation marks around it;
 * German puts a perfect's participle after the date, so both sides count): past finite forms of the verbs news uses
 * for states and spans, the imperfect's and the simple past's endings, and a perfect (an auxiliary followed within two
 * words by a past participle). A participle after "to be" alone ("ist geschlossen", "est fermée", "è chiusa") is a
 * state in the present, so it is no cue; nor is the conditional ("resterait", "-ría").
 */
final class EuropeanPastCues {

    /** Words, and the marks that end a clause (the Arabic comma and semicolon among them). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+|[,;:()\\u2013\\u2014\\u060C\\u061B]");
    private static final Pattern NEVER = Pattern.compile("(?!)");

    /**
     * Dutch words ending like a weak preterite ("-de", "-te", "-dde", "-tten") that are nouns, adjectives, ordinals,
     * present participles or infinitives: "gemeente", "schade", "periode", "derde", "grootste", "volgende", "midden".
     */
    private static final Pattern DUTCH_NOT_PAST = Pattern.compile("midden|zitten|zetten|redden|bidden|bedden|schatten"
            + "|derde|vierde|orde|aarde|\\p{L}*waarde|ziekte|diepte|behoefte|vrede|beide|\\p{L}*(?:ette|otte|utte|ende"
            + "|ade|ode|ude|ede|ide|ste|nte|mte|gte|rte|lte|chte|ote|ate)");

    /**
     * A Croatian l-participle: the verb's vowel and "-o" ("zatvorio", "rekao", "umro"), or "-l-" and a gender's ending
     * ("zatvorila", "izbili", "rekla"); adjectives that end alike are left out ("cijela", "mala", "bijela", "sela").
     */
    private static final String CROATIAN_L = "(?!(?:cijel|mal|bijel|vel|sel|djel|tijel|škol|dal|kol|stol|pol|kao|posao"
            + "|dio|pepeo)\\p{L}{0,2} )\\p{L}{2,}(?:[aeiur]o|la|lo|li|le) ";

    /**
     * A Croatian passive participle: "-en", "-jen", "-ćen", "-đen" ("zatvoren", "ubijen", "uhićen", "pronađen") or "-an"
     * after a stem vowel and "v"/"r"/"d"/"s"/"ž" ("pozvan", "izabran", "održan", "poslan", "evakuiran"), and "-nut"
     * ("napadnut"), with a gender's ending; the adjectives that end alike ("spreman", "siguran", "važan", "jasan",
     * "potreban", "zelen", "uvjeren" of a belief) are left out.
     */
    private static final String CROATIAN_PASSIVE = "(?!(?:sprem|sigur|važ|jas|potreb|odgovor|zadovolj|zelen|crven"
            + "|uvjeren|spoj|dobr|umor|svjes|duž|sposob|sret|tuž|kriv|ljut|moguć|poznat|star|mlad|građan|plan|stan"
            + "|tjedan|kamen|jadran|ocean|vulkan|korijen|stijen)\\p{L}{0,3} )"
            + "\\p{L}{2,}(?:[^aeiou ]en|[jćđ]en|[vrždls]an|nut)[aoie]? ";

    private final Set<String> pastForms;
    private final Pattern pastEnding;
    private final Pattern notPast;
    private final Pattern perfect;

    private EuropeanPastCues(Set<String> pastForms, Pattern pastEnding, Pattern notPast, Pattern perfect) {
        this.pastForms = pastForms;
        this.pastEnding = pastEnding;
        this.notPast = notPast;
        this.perfect = perfect;
    }

    /** The cues of a language, or null for one without. */
    static EuropeanPastCues forLanguage(String language) {
        return language == null ? null : switch (language) {
            // German writes its weak simple past like many nouns and adjectives ("-te"), so only listed forms; the
            // perfect's participle comes after the date ("ist bis Freitag geschlossen geblieben") and these
            // participles make no state ("hat bis Freitag geschlossen" is today's notice)
            case "de" -> new EuropeanPastCues(Set.of("war", "waren", "blieb", "blieben", "wurde", "wurden", "hatte",
                    "hatten", "galt", "galten", "dauerte", "dauerten", "lag", "lagen", "stand", "standen", "konnte",
                    "konnten", "musste", "mussten", "durfte", "durften", "gab", "ging", "gingen", "kam", "kamen",
                    "gewesen", "geblieben", "gedauert", "gegolten"), NEVER, NEVER, NEVER).withGermanVerbPlaces();
            // imperfect "restait", "demeuraient" (the conditional "resterait", "aurait" and nouns such as "retrait"
            // are not); a perfect with "avoir" and any participle ("a été", "a duré", "a contraint", "a ouvert"),
            // with "être" only the participle of a verb that takes "être" ("est restée"): "est fermée" is a state
            case "fr" -> new EuropeanPastCues(Set.of("fut", "furent", "resta", "restèrent", "demeura", "dura",
                    "durèrent", "était", "étaient", "avait", "avaient"),
                    Pattern.compile("\\p{L}{2,}(?:ait|aient)"),
                    Pattern.compile("\\p{L}*(?:[eirvd]rai(?:t|ent)|aurai(?:t|ent)|trait|fait|souhait)"),
                    Pattern.compile(" (?:a|ont|avait|avaient) \\p{L}{2,}(?:é|ée|és|ées|u|ue|us|ues|i|is|it|ert|erte"
                            + "|int|inte|ort|orte) "
                            + "| (?:est|sont|était|étaient) (?:resté|demeuré|devenu|parti|arrivé)(?:e|s|es)? "));
            // preterite "cerró", "permanecieron", imperfect "estaba", perfect "ha estado"
            case "es" -> new EuropeanPastCues(Set.of("fue", "fueron", "estuvo", "estuvieron", "era", "eran", "había",
                    "habían", "tenía", "tenían", "permanecía", "permanecían", "seguía", "seguían", "hubo", "tuvo"),
                    Pattern.compile("\\p{L}{3,}(?:ó|aron|ieron|aba|aban)"), NEVER,
                    Pattern.compile(" (?:ha|han|había|habían) \\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas) "));
            // simple past "restò", imperfect "restava"; a perfect with "avere" and any participle ("ha chiuso"),
            // with "essere" a regular one ("è rimasta", "è stata"): "è chiusa" alone is a state
            case "it" -> new EuropeanPastCues(Set.of("era", "erano", "fu", "furono", "rimase", "rimasero",
                    "aveva", "avevano", "stette", "durò"),
                    Pattern.compile("\\p{L}{3,}(?:ò|avano|ava|evano|eva)"),
                    Pattern.compile("però|perciò|\\p{L}*rò"),
                    Pattern.compile(" (?:ha|hanno|aveva|avevano) \\p{L}*(?:at|ut|it|us|is|ess|es|ett|att)[oaie] "
                            + "| (?:è|sono|era|erano) \\p{L}*(?:at|ut|it|ast)[oaie] "));
            // preterite "começou", "fecharam", imperfect "estava"; "estou", "sou" and the conditional "-ria" are not
            case "pt" -> new EuropeanPastCues(Set.of("foi", "foram", "esteve", "estiveram", "era", "eram", "tinha",
                    "tinham", "houve", "teve", "tiveram", "ficou", "ficaram"),
                    Pattern.compile("\\p{L}{3,}(?:ou|aram|eram|iram|ava|avam)"),
                    Pattern.compile("estou|\\p{L}*ria(?:m)?"), NEVER);
            // Polish, Czech and Russian make the past of every verb with an l-participle ("zalała", "zaplavila",
            // "обрушилась"): its endings, less the common nouns and words that end alike ("szkoła", "síla", "если"); the
            // masculine plural after "ę" or a consonant too ("rozpoczęli", "zaczęli", "nieśli", "mogli", "weszli")
            case "pl" -> new EuropeanPastCues(Set.of("był", "była", "było", "byli", "były"),
                    Pattern.compile("\\p{L}+(?:ł|ła|ło|ły|łem|łam|łeś|łaś|liśmy|łyśmy|ali|eli|ili|yli|ęli|śli|gli|dli|zli)"),
                    Pattern.compile("czyli|\\p{L}*ół|\\p{L}*dział|szkoła|szkoły|siła|siły|źródło|światło|koło|czoło"),
                    NEVER);
            // Dutch: the preterites of the verbs news tells states, spans and acts with ("bleef", "was", "trad",
            // "sloot"), the weak preterite where its ending cannot be a noun's ("vluchtte", "meldde"; a single "-te"
            // or "-de" is also "gemeente", "grote", "derde"), and a perfect of "hebben" with a participle in the clause
            // ("heeft donderdag het gebied bezocht", participles of "be-", "ver-", "ont-" without "ge-"); "is gesloten"
            // is a state, as in German
            case "nl" -> new EuropeanPastCues(Set.of("was", "waren", "werd", "werden", "bleef", "bleven", "had",
                    "hadden", "ging", "gingen", "kwam", "kwamen", "zat", "zaten", "lag", "lagen", "stond", "stonden",
                    "trad", "traden", "brak", "braken", "sloot", "sloten", "viel", "vielen", "vond", "vonden", "hield",
                    "hielden", "liep", "liepen", "kon", "konden", "moest", "moesten", "mocht", "mochten", "wilde",
                    "wilden", "zei", "zeiden", "deed", "deden", "kreeg", "kregen", "nam", "namen", "gaf", "gaven",
                    "begon", "begonnen", "duurde", "duurden", "gold", "golden", "bezocht", "bezochten", "opende",
                    "openden", "sprak", "spraken", "zag", "zagen", "liet", "lieten", "ontstond", "verscheen"),
                    Pattern.compile("\\p{L}{2,}(?:dde|tte|dden|tten|de|te)"), DUTCH_NOT_PAST,
                    Pattern.compile(" (?:heeft|hebben|had|hadden) (?:\\p{L}+ ){0,6}?(?:ge|be|ver|ont|her)\\p{L}{3,}(?:d|t|en) "));
            // Czech also writes the l-participle after a consonant ("řekl", "mohl", "rozhodl", "přinesl", "šel"),
            // which nouns of "-dlo", "-slo" and "smysl" end like; Slovak forms its past alike ("zatvorili",
            // "povedal"), "bol" for "byl"
            case "cs", "sk" -> new EuropeanPastCues(Set.of("byl", "byla", "bylo", "byli", "byly", "bol", "bola", "bolo",
                    "boli", "šel", "šla", "šlo", "šli",
                    "šly"),
                    Pattern.compile("\\p{L}{2,}(?:al|el|il|yl|ul|ala|ela|ila|yla|ula|alo|elo|ilo|ylo|ali|eli|ili|yli"
                            + "|aly|ely|ily|yly)|\\p{L}+[kghdsz]l[aoiy]?"),
                    Pattern.compile("škola|školy|síla|síly|kola|pila|vila|mezi|stále|cíl|kapela|čísla|\\p{L}*děl"
                            + "|\\p{L}*(?:ysl|čísl|hesl|vesl|ídl|avidl|vozidl|letadl)\\p{L}*"),
                    NEVER);
            // Russian pasts without the l-participle's "-л": "погиб", "умер", "мог", "привёз", "спас"
            case "ru" -> new EuropeanPastCues(Set.of("был", "была", "было", "были", "погиб", "умер", "мог", "смог",
                    "помог", "привёз", "привез", "принёс", "принес", "вывез", "вывёз", "увёз", "увез", "спас",
                    "исчез", "вырос", "лёг", "запер", "сжёг", "поджёг", "сжег", "поджег"),
                    Pattern.compile("\\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)"),
                    Pattern.compile("если|около|сила|силы|дела|дело|тела|тело|числа|число|села|село|стола|мысли|масло"
                            + "|тепло|крыла|крыло|могила|\\p{L}*ола"), NEVER);
            // Ukrainian, as Russian, marks the past with the l-participle ("сталася", "закрили", "загасила"); its
            // masculine ends in "-в" ("закрив", "сказав"), as genitive plurals in "-ів"/"-їв" and towns ("Київ") do
            case "uk" -> new EuropeanPastCues(Set.of("був", "була", "було", "були", "міг", "зміг", "допоміг",
                    "загинув", "помер"),
                    Pattern.compile("\\p{L}{2,}(?:[аиея]в|ла|ло|ли|лася|лося|лися|вся)"),
                    Pattern.compile("сила|сили|села|село|тіла|тіло|числа|число|стола|могила|школа|школи|\\p{L}*ола"
                            + "|\\p{L}*(?:ів|їв)"), NEVER);
            // Romanian tells a past act with the compound perfect, an auxiliary ("am", "ai", "a", "am", "ați",
            // "au") and a participle in "-at", "-it", "-ut", "-ât", "-s" ("a izbucnit", "au închis", "a fost"); a state
            // of the past with the imperfect ("era", "aveau"; "avea" is also the infinitive of "va avea loc") and the
            // pluperfect ("izbucnise", "închiseseră")
            case "ro" -> new EuropeanPastCues(Set.of("era", "erau", "fusese", "fuseseră", "aveau"),
                    Pattern.compile("\\p{L}{3,}(?:sese|seră)"), NEVER,
                    Pattern.compile(" (?:am|ai|a|ați|au) (?:mai |și |tot |deja )?"
                            + "(?:fost|\\p{L}{2,}(?:at|it|ut|ât|ăt|s)) "));
            // Croatian's past is the perfect: a clitic form of "biti" ("je", "su", "sam") and an l-participle, the
            // verb's vowel before the "-l-" ("zatvorio", "zatvorila", "izbili", "rekao"), on either side and a word or
            // two away ("je u petak zatvorila", "zatvorili su"); adjectives after "je" that end alike ("je cijela",
            // "je mala") are no participles. "Je" with a passive participle ("je zatvoren", "su evakuirani") is the
            // passive perfect of an act when a day dates it ("Most je zatvoren u petak": was closed on Friday; the
            // state "is closed" takes no such day, and the future says "bit će zatvoren")
            case "hr" -> new EuropeanPastCues(Set.of("bio", "bila", "bilo", "bili", "bile"), NEVER, NEVER,
                    Pattern.compile(" (?:je|su|sam|si|smo|ste|nije|nisu|nisam|se) (?:\\p{L}+ ){0,2}?" + CROATIAN_L
                            + "| " + CROATIAN_L + "(?:je|su|sam|si|smo|ste|se) "
                            + "| (?:je|su|nije|nisu) (?:\\p{L}+ ){0,2}?" + CROATIAN_PASSIVE
                            + "| " + CROATIAN_PASSIVE + "(?:je|su) "));
            // Catalan tells the past with "anar" and an infinitive ("va tancar", "van morir", "es va declarar") and
            // with "haver" and a participle ("ha tancat", "han mort"); the imperfect of the first conjugation
            // ("-ava", "-aven") and of "ser", "estar", "haver"
            case "ca" -> new EuropeanPastCues(Set.of("era", "eren", "estava", "estaven", "havia", "havien", "fou",
                    "foren"),
                    Pattern.compile("\\p{L}{3,}(?:ava|aven)"), NEVER,
                    Pattern.compile(" (?:va|van|vaig|vas|vam|vau|vàrem|vàreu) (?:\\p{L}+ )?\\p{L}{2,}(?:ar|er|re|ir) "
                            + "| (?:ha|han|he|hem|heu|havia|havien) (?:estat|\\p{L}{2,}(?:at|ada|ats|ades|it|ida|its"
                            + "|ides|ut|uda|uts|udes|ert|erta|ort|orta|ès|esa)) "));
            // Greek: the aorist and imperfect endings ("έκλεισε", "άνοιξαν", "σημειώθηκε", "εκκενώθηκαν",
            // "συνεχιζόταν"), the past of "to be" and "to have"; the future's "θα" before a verb in "-σε" is a
            // conditional ("θα έκλεινε"), which {@link EuropeanFutureCues} reads as nearer
            case "el" -> new EuropeanPastCues(Set.of("ήταν", "ήσαν", "είχε", "είχαν", "υπήρξε", "έγινε", "έγιναν",
                    "ήρθε", "ήρθαν", "είπε", "είπαν"),
                    Pattern.compile("\\p{L}{2,}(?:θηκε|θηκαν|θήκαν|ηκε|ηκαν|ήκαν|σε|ξε|ψε|σαν|ξαν|ψαν|όταν|ούσε|ούσαν)"),
                    Pattern.compile("όταν|ακόμα|\\p{L}*(?:ση|σεις)"), NEVER);
            // Hungarian marks the past with "-t"/"-tt" before the person ending: "tetőzött", "érkezett" (3rd
            // singular after a consonant), "bezárták", "kitelepítettek", "közölte" (with an object); an accusative
            // also ends in "-t", so the bare "-t" is no cue, and the postpositions ending in "-tt" ("előtt", "mellett",
            // "között") and the nouns ending like a past ("este" evening, "hetek" weeks) are not either
            case "hu" -> new EuropeanPastCues(Set.of("volt", "voltak", "lett", "lettek", "történt"),
                    Pattern.compile("\\p{L}{3,}(?:ott|ett|ött|t[ae]k|t[áé]k|t[ae])"),
                    Pattern.compile("előtt|mellett|helyett|felett|fölött|között|alatt|mögött|keresztül|szerte|mente"
                            + "|este|\\p{L}*este|\\p{L}*hetek|\\p{L}*hete|vita|lista|posta|kvóta|akta|\\p{L}*tesztek"
                            + "|\\p{L}*(?:ista|iste|ita|ite|ota|ote|ata|ate|ünte)"), NEVER);
            // Finnish marks the past with "-i-": the 3rd plural "-ivat" ("sulkivat"), the 3rd singular after a
            // rounded vowel ("tapahtui", "kertoi", "syttyi"; after other stems "-i" ends nouns too), the passive
            // past "-ttiin" ("suljettiin"), and the perfect's participle ("on sulkenut", "ovat kuolleet")
            case "fi" -> new EuropeanPastCues(Set.of("oli", "olivat", "olleet", "ollut"),
                    Pattern.compile("\\p{L}{3,}(?:ivat|ivät|ttiin|tiin|neet|nut|nyt|lut|lyt|rut|ryt|sut|syt|oi|ui|yi)"),
                    Pattern.compile("minut|sinut|\\p{L}*(?:koi|lui|hui)"), NEVER);
            // Malay, as Indonesian, tells the past with "telah", "sudah" (already), "sempat", "pernah"
            case "ms" -> new EuropeanPastCues(Set.of("telah", "sudah", "sempat", "pernah"), NEVER, NEVER, NEVER);
            // Turkish past "-dı" and reported past "-mış" with their person endings ("kaldı", "kurtarıldı"), less the
            // nouns that end alike ("toplantı", "ordu")
            case "tr" -> new EuropeanPastCues(Set.of(),
                    Pattern.compile("\\p{L}{2,}(?:[dt][ıiuü](?:k|m|n|ler|lar|nız|niz)?|m[ıiuü]ş(?:t[ıiuü]r)?)"),
                    Pattern.compile("kendi|şimdi|ordu|toplantı|\\p{L}*ndi"), NEVER);
            // Indonesian verbs have no tense: the past is told with "telah", "sudah" (already) or "sempat" (got to)
            case "id" -> new EuropeanPastCues(Set.of("telah", "sudah", "sempat"), NEVER, NEVER, NEVER);
            default -> null;
        };
    }

    /**
     * German sets the finite verb's separable prefix at the end of a main clause ("kündigte ... am Freitag an",
     * "teilte ... mit") and the finite verb itself at the end of a subordinate one ("nachdem die Polizei das Gebiet
     * am Freitag räumte"): in either place the word is a verb, so its weak past ending ("-te", "-ten"), which nouns
     * and adjectives share, marks the past there. German writes nouns with a capital, so the verb is a word in lower
     * case; an adjective in lower case ending so stands before its noun, so a word ending so before the date or
     * before a word in lower case is a verb too ("zerstörte am Samstag eine Lagerhalle").
     */
    private boolean germanVerbPlaces;
    /** Separable prefixes a main clause ends with. */
    private static final Set<String> GERMAN_PREFIXES = Set.of("an", "auf", "ab", "aus", "ein", "mit", "vor", "zu",
            "zurück", "fest", "bekannt", "statt", "fort", "weiter", "nach", "bei", "los", "zusammen", "wieder", "hoch",
            "teil", "heraus", "hinzu", "vorbei");
    /** A weak past in lower case: "kündigte", "teilten", "räumte". */
    private static final Pattern GERMAN_WEAK_PAST = Pattern.compile("\\p{Ll}{2,}(?:te|ten)");
    /**
     * Lower-case words ending so that are no verbs: ordinals and superlatives ("dritte", "nächsten", "meisten"),
     * participles used as adjectives ("die geplante Sitzung"), "heute", "bitte", "mitte".
     */
    private static final Pattern GERMAN_NOT_WEAK_PAST = Pattern.compile("heute|bitte|mitte|erste[n]?|letzte[n]?"
            + "|\\p{L}*(?:ste|sten|zweite|zweiten|dritte|dritten|vierte|vierten|fünfte|fünften|sechste|sechsten"
            + "|siebte|siebten|achte|achten|neunte|neunten|zehnte|zehnten)|ge\\p{L}+");

    private EuropeanPastCues withGermanVerbPlaces() {
        this.germanVerbPlaces = true;
        return this;
    }

    /**
     * How many words from the date a German weak past stands whose place makes it the clause's finite verb
     * ({@link #germanVerbPlaces}), {@link #NONE} without one: with a separable prefix ending the clause, the first weak
     * past of the clause; else the first weak past in a verb's place.
     */
    private int germanFiniteVerb(String sentence, int start, int end) {
        if (!germanVerbPlaces) {
            return NONE;
        }
        List<String> before = casedClauseWords(sentence.substring(0, start), true);
        List<String> after = casedClauseWords(sentence.substring(end), false);
        List<String> clause = new ArrayList<>(before);
        clause.addAll(after);
        if (clause.size() < 2) {
            return NONE;
        }
        String last = clause.get(clause.size() - 1);
        boolean prefixEnds = GERMAN_PREFIXES.contains(last);
        for (int i = 0; i < clause.size() - (prefixEnds ? 1 : 0); i++) {
            // an attributive adjective ("die alte Brücke") stands before its noun, which has a capital; a verb before
            // the date, before a word in lower case ("zerstörte am Samstag eine Halle") or ending the clause
            boolean verbPlace = prefixEnds || i == clause.size() - 1 || i == before.size() - 1
                    || Character.isLowerCase(clause.get(i + 1).charAt(0));
            if (verbPlace && weakPast(clause.get(i))) {
                return distance(i, before.size());
            }
        }
        return NONE;
    }

    private static boolean weakPast(String word) {
        return GERMAN_WEAK_PAST.matcher(word).matches() && !GERMAN_NOT_WEAK_PAST.matcher(word).matches();
    }

    /**
     * The strong (ablaut) pasts of the verbs news tells acts with, which no ending marks: "schloss", "traf", "sprach",
     * "fand ... statt", "starb". Read in lower case only, where German writes verbs: "das Schloss", "der Stand" are
     * nouns. Plurals that are also participles or infinitives ("beschlossen", "entschieden", "verloren") are left out:
     * "soll am Freitag beschlossen werden" is ahead.
     */
    private static final Set<String> GERMAN_STRONG_PAST = Set.of("schloss", "schlossen", "beschloss", "traf", "trafen",
            "sprach", "sprachen", "fand", "fanden", "starb", "starben", "fiel", "fielen", "brach", "brachen", "rief",
            "riefen", "hielt", "hielten", "nahm", "nahmen", "ließ", "ließen", "stieg", "stiegen", "sank", "sanken",
            "zog", "zogen", "trat", "traten", "sah", "sahen", "floh", "flohen", "warf", "warfen", "lief", "liefen",
            "verlor", "gewann", "gewannen", "begann", "begannen", "entschied", "verließ", "verließen", "erhielt",
            "erhielten", "bat", "baten", "schrieb", "schrieben", "wies", "stieß", "stießen", "erschien", "verschwand",
            "entstand", "gelang", "misslang", "geschah", "sprang", "ertrank", "ertranken", "verbot", "verbrannte",
            "unterschrieb", "unterschrieben", "griff", "griffen", "schoss", "schossen");

    /** How many words from the date the nearest lower-case strong past of the clause stands, {@link #NONE} without. */
    private int germanStrongPast(String sentence, int start, int end) {
        if (!germanVerbPlaces) {
            return NONE;
        }
        List<String> before = casedClauseWords(sentence.substring(0, start), true);
        List<String> clause = new ArrayList<>(before);
        clause.addAll(casedClauseWords(sentence.substring(end), false));
        int best = NONE;
        for (int i = 0; i < clause.size(); i++) {
            if (GERMAN_STRONG_PAST.contains(clause.get(i))) {
                best = Math.min(best, distance(i, before.size()));
            }
        }
        return best;
    }

    /** The words of {@code text} that are past forms by this language's forms and endings, in text order. */
    List<String> pastWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = elided(matcher.group()).toLowerCase(Locale.ROOT);
            if (Character.isLetter(word.charAt(0)) && (pastForms.contains(word)
                    || pastEnding.matcher(word).matches() && !notPast.matcher(word).matches())) {
                words.add(word);
            }
        }
        return words;
    }

    /** True when the clause around {@code [start, end)} of the sentence holds a past cue. */
    boolean isPast(String sentence, int start, int end) {
        return nearest(sentence, start, end) != NONE;
    }

    /** No cue in the clause. */
    static final int NONE = Integer.MAX_VALUE;

    /**
     * How many words from the date the nearest past cue of its clause stands ({@link #NONE} without one): when the
     * clause holds a future cue too ("a annoncé qu'il votera vendredi"), the nearer one tells the date's tense.
     */
    int nearest(String sentence, int start, int end) {
        List<String> before = clauseWords(sentence.substring(0, start), true);
        List<String> after = clauseWords(sentence.substring(end), false);
        List<String> clause = new ArrayList<>(before);
        clause.addAll(after);
        int best = NONE;
        for (int i = 0; i < clause.size(); i++) {
            String word = clause.get(i);
            if (pastForms.contains(word) || pastEnding.matcher(word).matches() && !notPast.matcher(word).matches()) {
                best = Math.min(best, distance(i, before.size()));
            }
        }
        best = Math.min(best, germanFiniteVerb(sentence, start, end));
        best = Math.min(best, germanStrongPast(sentence, start, end));
        String joined = " " + String.join(" ", clause) + " ";
        Matcher perfectForm = perfect.matcher(joined);
        while (perfectForm.find()) {
            // the auxiliary's place: the words before the match's first character
            int index = joined.substring(0, perfectForm.start() + 1).strip().isEmpty() ? 0
                    : joined.substring(0, perfectForm.start() + 1).strip().split(" ").length;
            best = Math.min(best, distance(index, before.size()));
        }
        return best;
    }

    /** Words between the clause's {@code index}-th word and a date that stands after {@code datePlace} words. */
    static int distance(int index, int datePlace) {
        return index < datePlace ? datePlace - index : index - datePlace + 1;
    }

    /** The lower-case words of the clause up to (before) or from (after) the date, to the nearest punctuation. */
    static List<String> clauseWords(String text, boolean before) {
        List<String> words = casedClauseWords(text, before);
        words.replaceAll(w -> w.toLowerCase(Locale.ROOT));
        return words;
    }

    /** {@link #clauseWords} as written. */
    private static List<String> casedClauseWords(String text, boolean before) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String token = matcher.group();
            if (!Character.isLetter(token.charAt(0))) {
                if (before) {
                    words.clear();
                    continue;
                }
                break;
            }
            words.add(elided(token));
        }
        return words;
    }

    /**
     * French, Italian and Catalan glue an elided word to the next with an apostrophe ("n'avaient", "qu'il", "l'ha",
     * "s'era"): the verb is the part after it, which the cue tables list ("avaient", "era").
     */
    private static final Pattern ELIDED = Pattern.compile("^\\p{IsLatin}{1,5}['’](?=\\p{L}{2})");

    /** The word without an elided word glued before it. */
    private static String elided(String token) {
        return ELIDED.matcher(token).replaceFirst("");
    }
}
