package dev.storybrief.analyze.quantity;

import dev.storybrief.model.Qualifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one language writes quantities, as data for {@link EuropeanQuantityExtractor}: separators, qualifiers,
 * magnitudes, number words, the words that end a counted phrase, and the words for what news most often counts
 * (sorties, people, the dead and injured, money and its purpose, units of measure) mapped to the language-neutral
 * keys English uses. Word lists are lower case and separated by "|".
 *
 * @param code            ISO 639-1 code
 * @param dotThousands    true when "26.000" groups thousands (a dot never groups thousands in French)
 * @param germanNouns     true when nouns are capitalised, so the counted noun is the first capitalised word
 * @param qualifiers      qualifier words and what they say about the number
 * @param magnitudes      magnitude words and their multipliers ("millions" 1e6, "mil millones" 1e9)
 * @param of              the word joining a magnitude to its noun ("2 millions d'euros"), as a regular expression
 * @param numberWords     the words numbers are written with, up to the hundreds, and their values: units, teens,
 *                        tens, the hundred, and the glued forms ("vent" of "ventuno", "cientos" of "doscientos");
 *                        {@link WrittenNumbers} reads them alone, hyphenated, glued or joined
 * @param numberJoin      the word joining a ten to a unit ("vingt et un", "treinta y dos", "vinte e três";
 *                        German glues "und" into the word), empty when the language writes none apart
 * @param roughNumbers    nouns of a round number, singular and plural, after "a" or a count ("une centaine de", "una
 *                        decina di", "ein Dutzend", "duas dezenas"): a
 *                        figure given as about that many
 * @param functionWords   words that end the counted phrase
 * @param notUnits        words right after a number that make it no count (years of age, times, "per cent")
 * @param measures        units of measure and time, mapped to English's measure keys ("jours": "day")
 * @param neutralKeys     nouns with a language-neutral key: sorties ("raids": "sortie"), people, the dead, the injured
 * @param killedCue       sentence words that make "people" "people killed", as a regular expression
 * @param injuredCue      sentence words that make "people" "people injured", as a regular expression
 * @param currencies      currency names
 * @param moneyPurposes   word beginnings naming what an amount is, nouns and the verbs that state it ("coût" of "coûtera",
 *                        "kostet", "costará"), mapped to English's ("coût": "cost")
 * @param ordinalSuffixes letters right after a number that make it an ordinal ("1er", "2º"), as a regular expression
 * @param invertedCount   a copula and the plural articles that put the counted noun after its article ("Sono circa
 *                        1.200 le persone isolate", "Son 12 los muertos"), as "copulas/articles" alternations; empty
 *                        when the language does not write counts so
 * @param ranges          how a range is written before its high end ("entre 40 et 60", "zwischen 40 und 60", "40 bis
 *                        60"), as "|"-separated "opening/joining" word pairs, the opening word possibly empty
 *                        ("zwischen/und|von/bis|/bis")
 * @param nounLast        true when adjectives precede the counted noun and what follows it is no part of the phrase
 *                        (Dutch, Polish, the Scandinavian languages: "4.000 inwoners geëvacueerd", "300 personer
 *                        evakuerades"): the phrase ends at the first word the table names, else is its first word
 * @param sparedCue       words of the count's own clause that make a count of people no count of harm, as a regular
 *                        expression: people evacuated, displaced or rescued ("وأجلت السلطات نحو 3000 شخص", "نزح نحو 5000 من
 *                        السكان") are not the dead another clause of the sentence speaks of; "(?!)" for none
 */
public record QuantityLanguage(String code, boolean dotThousands, boolean germanNouns, Map<String, Qualifier> qualifiers,
                               Map<String, Double> magnitudes, String of, Map<String, Integer> numberWords,
                               String numberJoin, Map<String, Integer> roughNumbers, Set<String> functionWords, Set<String> notUnits, Map<String, String> measures,
                               Map<String, String> neutralKeys, String killedCue, String injuredCue,
                               Set<String> currencies, Map<String, String> moneyPurposes, String ordinalSuffixes,
                               String invertedCount, String ranges, boolean nounLast, String sparedCue) {

    /** A language whose counted phrase runs as {@code nounLast} says, with no words that spare a count of people. */
    public QuantityLanguage(String code, boolean dotThousands, boolean germanNouns, Map<String, Qualifier> qualifiers,
                            Map<String, Double> magnitudes, String of, Map<String, Integer> numberWords,
                            String numberJoin, Map<String, Integer> roughNumbers, Set<String> functionWords,
                            Set<String> notUnits, Map<String, String> measures, Map<String, String> neutralKeys,
                            String killedCue, String injuredCue, Set<String> currencies, Map<String, String> moneyPurposes,
                            String ordinalSuffixes, String invertedCount, String ranges, boolean nounLast) {
        this(code, dotThousands, germanNouns, qualifiers, magnitudes, of, numberWords, numberJoin, roughNumbers,
                functionWords, notUnits, measures, neutralKeys, killedCue, injuredCue, currencies, moneyPurposes,
                ordinalSuffixes, invertedCount, ranges, nounLast, "(?!)");
    }

    /** A language whose counted phrase runs from the noun on ({@code nounLast} false). */
    public QuantityLanguage(String code, boolean dotThousands, boolean germanNouns, Map<String, Qualifier> qualifiers,
                            Map<String, Double> magnitudes, String of, Map<String, Integer> numberWords,
                            String numberJoin, Map<String, Integer> roughNumbers, Set<String> functionWords,
                            Set<String> notUnits, Map<String, String> measures, Map<String, String> neutralKeys,
                            String killedCue, String injuredCue, Set<String> currencies, Map<String, String> moneyPurposes,
                            String ordinalSuffixes, String invertedCount, String ranges) {
        this(code, dotThousands, germanNouns, qualifiers, magnitudes, of, numberWords, numberJoin, roughNumbers,
                functionWords, notUnits, measures, neutralKeys, killedCue, injuredCue, currencies, moneyPurposes,
                ordinalSuffixes, invertedCount, ranges, false);
    }

    private static final Map<String, QuantityLanguage> LANGUAGES = Map.ofEntries(Map.entry("fr", french()),
            Map.entry("de", german()), Map.entry("es", spanish()), Map.entry("it", italian()),
            Map.entry("pt", portuguese()), Map.entry("nl", dutch()), Map.entry("pl", polish()),
            Map.entry("sv", swedish()), Map.entry("da", danishOrNorwegian("da")),
            Map.entry("no", danishOrNorwegian("no")), Map.entry("nb", danishOrNorwegian("nb")),
            Map.entry("ar", arabic()));

    /** The table of a language, or null when it has none. */
    public static QuantityLanguage of(String language) {
        return language == null ? null : LANGUAGES.get(language);
    }

    /** The languages with a table. */
    public static Set<String> languages() {
        return LANGUAGES.keySet();
    }

    private static QuantityLanguage french() {
        return new QuantityLanguage("fr", false, false,
                qualifiers("près de|près d'|presque|pas loin de|un peu moins de", "environ|quelque|autour de|approximativement",
                        "moins de|moins d'|jusqu'à|au plus|au maximum", "plus de|plus d'|au moins|au minimum|pas moins de|un peu plus de|"
                                + exceeding("dépasse|dépassent|dépassé|dépassant", "les")),
                magnitudes("milliards|milliard", 1e9, "millions|million", 1e6, "mille", 1e3, "cents", 1e2), "de|d'|d’",
                numbers("un:1|une:1|deux:2|trois:3|quatre:4|cinq:5|six:6|sept:7|huit:8|neuf:9|dix:10|onze:11|douze:12"
                        + "|treize:13|quatorze:14|quinze:15|seize:16|vingt:20|vingts:20|trente:30|quarante:40"
                        + "|cinquante:50|soixante:60|cent:100|cents:100"), "et",
                numbers("dizaine:10|dizaines:10|douzaine:12|douzaines:12|centaines:100|milliers:1000|quinzaine:15|vingtaine:20|trentaine:30|quarantaine:40"
                        + "|cinquantaine:50|soixantaine:60|centaine:100|millier:1000"),
                words("le|la|les|l|de|du|des|d|un|une|et|ou|en|à|au|aux|dans|sur|par|pour|avec|sans|qui|que|qu|dont|ont|sont"
                        + "|a|est|été|était|étaient|selon|contre|entre|depuis|après|avant|lors|pendant|ce|cette|ces|son|sa|ses"
                        + "|leur|leurs|se|s|ne|n|y|il|elle|ils|elles|on|mais|comme|sur|chez|vers|parmi|plus|moins|avait|avaient"
                        + "|étaient|sera|seront|fut|furent"),
                words("ans|an|fois|h|heures|heure|%|e|er|ème|premiers|premières|derniers|dernières"),
                pairs("jours|jour", "day", "semaines|semaine", "week", "mois", "month", "années|année|ans|an", "year",
                        "heures|heure", "hour", "minutes|minute", "minut", "kilomètres|kilomètre|km", "kilomet",
                        "mètres|mètre|m", "meter", "fois", "time", "points|point", "point", "degrés|degré", "degre"),
                pairs("sorties|sortie|raids|raid|frappes|frappe|missions|mission|bombardements|vols", "sortie",
                        "personnes|personne|gens|civils|habitants|individus|victimes|évacués|déplacés|sinistrés", "people",
                        "morts|mort|tués|tué|décès", "people killed", "blessés|blessé|blessées", "people injured"),
                "(?<![\\p{L}])(?:tu[ée]|tuant|mort(?:e|s|es)?\\b|mourir|décéd|péri|décès)", "(?<![\\p{L}])bless",
                words("euros|euro|dollars|dollar|francs|franc|yens|yen|yuans|roubles|dinars|dirhams|pesos|sterling|lei"),
                pairs("coût", "cost", "budget", "budget", "aide", "aid", "amende", "fine", "dette", "debt", "rançon", "ransom",
                        "dommages|dégâts", "damage", "pertes", "loss", "prix", "price", "salaire", "salary",
                        "indemnisation|indemnité", "compensation", "caution", "bail", "bénéfice", "profit",
                        "chiffre d'affaires", "revenue", "fonds", "fund"),
                "er|re|e|ème|eme|è", "", "entre/et|de/à");
    }

    private static QuantityLanguage german() {
        return new QuantityLanguage("de", true, true,
                qualifiers("fast|beinahe|knapp|nahezu", "etwa|rund|ungefähr|circa|ca.|zirka|schätzungsweise",
                        "weniger als|bis zu|höchstens|maximal|unter", "mehr als|über|mindestens|wenigstens|gut|"
                                + exceeding("übersteigt|übersteigen|überstieg|überstiegen|übertrifft|übertreffen", "")),
                magnitudes("milliarden|milliarde|mrd.|mrd", 1e9, "millionen|million|mio.|mio", 1e6), "",
                numbers("ein:1|eine:1|eins:1|zwei:2|drei:3|vier:4|fünf:5|sechs:6|sieben:7|acht:8|neun:9|zehn:10|elf:11"
                        + "|zwölf:12|dreizehn:13|vierzehn:14|fünfzehn:15|sechzehn:16|siebzehn:17|achtzehn:18"
                        + "|neunzehn:19|zwanzig:20|dreißig:30|vierzig:40|fünfzig:50|sechzig:60|siebzig:70|achtzig:80"
                        + "|neunzig:90|hundert:100|und:0"), "",
                numbers("dutzend:12"),
                words("der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|in|im|an|am|auf|aus|bei|mit|nach|von"
                        + "|vom|zu|zum|zur|für|über|unter|durch|gegen|ohne|seit|wurden|wurde|waren|sind|ist|hat|haben|sei"
                        + "|seien|worden|als|wie|dass|bis|pro|je|sowie|sich|nicht|es|sie|er|wir"),
                words("jahre|jahren|jahr|mal|uhr|prozent|%"),
                pairs("tage|tagen|tag", "day", "wochen|woche", "week", "monate|monaten|monat", "month",
                        "jahre|jahren|jahr", "year", "stunden|stunde", "hour", "minuten|minute", "minut",
                        "kilometer|km", "kilomet", "meter|m", "meter", "mal", "time", "prozent", "percent",
                        "punkte|punkten", "point", "grad", "degre"),
                pairs("einsätze|einsätzen|einsatz|angriffe|angriffen|luftangriffe|luftangriffen|lufteinsätze|einsatzflüge"
                                + "|flüge|missionen|bombardements|luftschläge", "sortie",
                        "menschen|personen|zivilisten|einwohner|leute|bewohner|opfer|evakuierte|vertriebene", "people",
                        "tote|toten|todesopfer|getötete|getöteten", "people killed",
                        "verletzte|verletzten|verwundete|verwundeten|schwerverletzte", "people injured"),
                "(?<![\\p{L}])(?:getötet|tot\\b|tote|starben|ums leben|umgekommen|gestorben)", "(?<![\\p{L}])(?:verletzt|verwundet)",
                words("euro|dollar|franken|pfund|yen|rubel"),
                pairs("kosten|kostet", "cost", "schaden|schäden", "damage", "hilfe", "aid", "strafe|bußgeld", "fine", "schulden", "debt",
                        "haushalt|budget|etat", "budget", "lösegeld", "ransom", "verlust", "loss", "preis", "price",
                        "gehalt", "salary", "umsatz", "revenue", "gewinn", "profit", "entschädigung", "compensation",
                        "kaution", "bail"),
                "\\.(?=\\s+\\p{L})", "", "zwischen/und|von/bis|/bis");
    }

    private static QuantityLanguage spanish() {
        return new QuantityLanguage("es", true, false,
                qualifiers("casi|poco menos de", "alrededor de|unos|unas|aproximadamente|cerca de|en torno a",
                        "menos de|hasta|como máximo", "más de|al menos|por lo menos|como mínimo|poco más de|"
                                + exceeding("supera|superan|superó|superaron|superaba|superaban|superando|rebasa|rebasan"
                                + "|sobrepasa|sobrepasan", "los|las")),
                magnitudes("mil millones", 1e9, "millones|millón", 1e6, "mil", 1e3), "de",
                numbers("un:1|uno:1|una:1|dos:2|dós:2|tres:3|trés:3|cuatro:4|cinco:5|seis:6|séis:6|siete:7|ocho:8|nueve:9"
                        + "|diez:10|once:11|doce:12|trece:13|catorce:14|quince:15|dieciséis:16|diecisiete:17"
                        + "|dieciocho:18|diecinueve:19|veinte:20|veinti:20|treinta:30|cuarenta:40|cincuenta:50"
                        + "|sesenta:60|setenta:70|ochenta:80|noventa:90|cien:100|ciento:100|cientos:100"
                        + "|quinientos:500|setecientos:700|novecientos:900"), "y",
                numbers("decena:10|decenas:10|docena:12|docenas:12|veintena:20|treintena:30|centenar:100"
                        + "|centenares:100|millar:1000|millares:1000"),
                words("el|la|los|las|lo|de|del|un|una|unos|unas|y|o|e|u|en|a|al|con|sin|por|para|que|quien|se|su|sus|han"
                        + "|ha|fueron|fue|son|es|eran|era|según|entre|desde|tras|durante|como|más|sobre|contra|ante"),
                words("años|año|veces|%|por"),
                pairs("días|día", "day", "semanas|semana", "week", "meses|mes", "month", "años|año", "year",
                        "horas|hora", "hour", "minutos|minuto", "minut", "kilómetros|kilómetro|km", "kilomet",
                        "metros|metro|m", "meter", "veces|vez", "time", "puntos|punto", "point", "grados|grado", "degre"),
                pairs("salidas|incursiones|ataques|bombardeos|misiones|vuelos|raids", "sortie",
                        "personas|civiles|habitantes|individuos|víctimas|evacuados|desplazados|damnificados", "people",
                        "muertos|muertas|fallecidos|muertes", "people killed", "heridos|heridas|lesionados", "people injured"),
                "(?<![\\p{L}])(?:muert|murieron|falleci|asesinad)", "(?<![\\p{L}])(?:herid|lesionad)",
                words("euros|euro|dólares|dólar|pesos|libras|yenes|bolívares|soles"),
                pairs("costo|coste|costar|costó|cuesta", "cost", "daños", "damage", "ayuda", "aid", "multa", "fine", "deuda", "debt",
                        "presupuesto", "budget", "rescate", "ransom", "pérdidas", "loss", "precio", "price",
                        "salario|sueldo", "salary", "ingresos", "revenue", "beneficio|ganancias", "profit",
                        "indemnización", "compensation", "fianza", "bail", "fondo", "fund"),
                "º|ª|°", "son|eran|serán|fueron/los|las", "entre/y|de/a");
    }

    private static QuantityLanguage italian() {
        return new QuantityLanguage("it", true, false,
                qualifiers("quasi|poco meno di", "circa|intorno a|intorno ai|attorno a|approssimativamente",
                        "meno di|fino a|al massimo", "più di|oltre|almeno|non meno di|poco più di|"
                                + exceeding("supera|superano|superato|superando", "i|le|gli")),
                magnitudes("miliardi|miliardo", 1e9, "milioni|milione", 1e6, "mila", 1e3), "di|d'|d’",
                numbers("un:1|uno:1|una:1|due:2|tre:3|tré:3|quattro:4|cinque:5|sei:6|sette:7|otto:8|nove:9|dieci:10"
                        + "|undici:11|dodici:12|tredici:13|quattordici:14|quindici:15|sedici:16|diciassette:17"
                        + "|diciotto:18|diciannove:19|venti:20|vent:20|trenta:30|trent:30|quaranta:40|quarant:40"
                        + "|cinquanta:50|cinquant:50|sessanta:60|sessant:60|settanta:70|settant:70|ottanta:80"
                        + "|ottant:80|novanta:90|novant:90|cento:100|cent:100"), "",
                numbers("decina:10|decine:10|dozzina:12|dozzine:12|centinaia:100|migliaia:1000|quindicina:15|ventina:20|trentina:30|quarantina:40|cinquantina:50"
                        + "|sessantina:60|centinaio:100|migliaio:1000"),
                words("il|lo|la|i|gli|le|l|di|del|della|dei|degli|delle|un|una|uno|e|o|ed|in|nel|nella|nei|a|al|alla|ai"
                        + "|agli|con|su|per|tra|fra|da|dal|dalla|che|chi|sono|è|stati|stato|state|erano|hanno|ha|secondo"
                        + "|dopo|prima|durante|come|contro|si|non"),
                words("anni|anno|volte|%|per"),
                pairs("giorni|giorno", "day", "settimane|settimana", "week", "mesi|mese", "month", "anni|anno", "year",
                        "ore|ora", "hour", "minuti|minuto", "minut", "chilometri|chilometro|km", "kilomet",
                        "metri|metro|m", "meter", "volte|volta", "time", "punti|punto", "point", "gradi|grado", "degre"),
                pairs("incursioni|raid|missioni|attacchi|bombardamenti|voli|sortite", "sortie",
                        "persone|civili|abitanti|individui|vittime|sfollati|evacuati", "people",
                        "morti|decessi", "people killed", "feriti|ferite", "people injured"),
                "(?<![\\p{L}])(?:mort|uccis|decedut|decess)", "(?<![\\p{L}])ferit",
                words("euro|dollari|dollaro|franchi|sterline|yen|rubli"),
                pairs("costo|coster|costat|costano", "cost", "danni", "damage", "aiuti|aiuto", "aid", "multa", "fine", "debito", "debt",
                        "bilancio", "budget", "riscatto", "ransom", "perdite", "loss", "prezzo", "price",
                        "stipendio", "salary", "fatturato|ricavi", "revenue", "profitti|utile", "profit",
                        "risarcimento", "compensation", "cauzione", "bail", "fondo|fondi", "fund"),
                "º|ª|°", "sono|erano|saranno|furono/i|gli|le", "tra/e|fra/e|da/a");
    }

    private static QuantityLanguage portuguese() {
        return new QuantityLanguage("pt", true, false,
                qualifiers("quase", "cerca de|aproximadamente|uns|umas|em torno de|por volta de|perto de",
                        "menos de|até|no máximo", "mais de|pelo menos|ao menos|no mínimo|"
                                + exceeding("supera|superam|superou|superaram|ultrapassa|ultrapassam|ultrapassou"
                                + "|ultrapassaram", "os|as")),
                magnitudes("mil milhões", 1e9, "bilhões|bilhão", 1e9, "milhões|milhão", 1e6, "mil", 1e3), "de",
                numbers("um:1|uma:1|dois:2|duas:2|três:3|quatro:4|cinco:5|seis:6|sete:7|oito:8|nove:9|dez:10|onze:11"
                        + "|doze:12|treze:13|catorze:14|quatorze:14|quinze:15|dezesseis:16|dezasseis:16|dezessete:17"
                        + "|dezassete:17|dezoito:18|dezenove:19|dezanove:19|vinte:20|trinta:30|quarenta:40"
                        + "|cinquenta:50|sessenta:60|setenta:70|oitenta:80|noventa:90|cem:100|cento:100|centos:100"
                        + "|duzentos:200|trezentos:300|quinhentos:500"), "e",
                numbers("dezena:10|dezenas:10|dúzia:12|dúzias:12|vintena:20|centena:100|centenas:100|milhar:1000"
                        + "|milhares:1000"),
                words("o|a|os|as|de|do|da|dos|das|um|uma|uns|umas|e|ou|em|no|na|nos|nas|ao|aos|à|às|com|sem|por|pelo"
                        + "|pela|para|que|se|seu|sua|foram|foi|são|é|eram|era|segundo|após|durante|como|contra|entre|sobre"
                        // "12 ficaram feridas": "ficar" links a count to its state as "foram" does
                        + "|ficaram|ficou|ficam|fica"),
                words("anos|ano|vezes|%|por"),
                pairs("dias|dia", "day", "semanas|semana", "week", "meses|mês", "month", "anos|ano", "year",
                        "horas|hora", "hour", "minutos|minuto", "minut", "quilômetros|quilómetros|km", "kilomet",
                        "metros|metro|m", "meter", "vezes|vez", "time", "pontos|ponto", "point", "graus|grau", "degre"),
                pairs("incursões|ataques|bombardeios|bombardeamentos|missões|voos|surtidas", "sortie",
                        "pessoas|civis|habitantes|indivíduos|vítimas|desalojados|desabrigados|evacuados", "people",
                        "mortos|mortas|mortes", "people killed", "feridos|feridas", "people injured"),
                "(?<![\\p{L}])(?:mort|morreram|falec)", "(?<![\\p{L}])ferid",
                words("euros|euro|dólares|dólar|reais|libras|ienes"),
                pairs("custo|custa|custou", "cost", "danos", "damage", "ajuda", "aid", "multa", "fine", "dívida", "debt",
                        "orçamento", "budget", "resgate", "ransom", "perdas|prejuízo", "loss", "preço", "price",
                        "salário", "salary", "receita", "revenue", "lucro", "profit",
                        "indenização|indemnização", "compensation", "fiança", "bail", "fundo", "fund"),
                "º|ª|°", "são|eram|serão|foram/os|as", "entre/e|de/a");
    }

    /** The months of Danish and Norwegian, which have no date tagger: a number before one is a day of it. */
    private static final String NORDIC_MONTHS = "januar|februar|marts|mars|april|maj|mai|juni|juli|august|september"
            + "|oktober|november|december|desember";

    private static QuantityLanguage dutch() {
        return new QuantityLanguage("nl", true, false,
                qualifiers("bijna|vrijwel|nagenoeg|ruim onder", "ongeveer|zo'n|circa|ca.|rond de|rond|omstreeks"
                                + "|naar schatting|pakweg|zowat|om en nabij",
                        "minder dan|hooguit|maximaal|ten hoogste|tot wel", "meer dan|ruim|minstens|ten minste|tenminste"
                                + "|zeker|meer als|" + exceeding("overschrijdt|overschreed|overtreft|overtrof", "de")),
                magnitudes("miljarden|miljard|mld.|mld", 1e9, "miljoenen|miljoen|mln.|mln", 1e6, "duizend", 1e3), "",
                numbers("een:1|één:1|twee:2|drie:3|vier:4|vijf:5|zes:6|zeven:7|acht:8|negen:9|tien:10|elf:11"
                        + "|twaalf:12|dertien:13|veertien:14|vijftien:15|zestien:16|zeventien:17|achttien:18"
                        + "|negentien:19|twintig:20|dertig:30|veertig:40|vijftig:50|zestig:60|zeventig:70|tachtig:80"
                        + "|negentig:90|honderd:100|en:0"), "",
                numbers("dozijn:12|tiental:10|twintigtal:20|dertigtal:30|veertigtal:40|vijftigtal:50|honderdtal:100"),
                words("de|het|een|en|of|in|op|aan|bij|met|van|voor|naar|uit|om|over|door|tot|te|die|dat|zijn|is|was"
                        + "|waren|werd|werden|worden|wordt|hebben|heeft|had|hadden|zich|niet|er|als|maar|ook|nog|na"
                        + "|sinds|tijdens|volgens|tegen|zo|hun|hij|zij|ze|we|wij|al|inmiddels"),
                words("jaar|keer|uur|procent|%|e|ste|de"),
                pairs("dagen|dag", "day", "weken|week", "week", "maanden|maand", "month", "jaren|jaar", "year",
                        "uren|uur", "hour", "minuten|minuut", "minut", "kilometer|km", "kilomet", "meter|m", "meter",
                        "keer|maal", "time", "punten|punt", "point", "graden|graad", "degre", "procent", "percent"),
                pairs("aanvallen|luchtaanvallen|vluchten|missies|bombardementen", "sortie",
                        "mensen|personen|inwoners|bewoners|burgers|omwonenden|slachtoffers|evacués|geëvacueerden", "people",
                        "doden|dode|omgekomenen", "people killed", "gewonden|gewonde|zwaargewonden|lichtgewonden",
                        "people injured", "jarige|jarig", "age"),
                "(?<![\\p{L}])(?:dood|doden\\b|dode\\b|om het leven|omgekomen|overleden|overleed|gedood|dodental)",
                "(?<![\\p{L}])(?:gewond|zwaargewond|lichtgewond)",
                words("euro|dollar|dollars|pond|yen"),
                pairs("kosten|kost|kostte", "cost", "schade", "damage", "hulp|steun", "aid", "boete", "fine",
                        "schuld", "debt", "begroting|budget", "budget", "losgeld", "ransom", "verlies", "loss",
                        "prijs", "price", "salaris", "salary", "omzet", "revenue", "winst", "profit",
                        "schadevergoeding|compensatie", "compensation", "borgtocht", "bail", "fonds", "fund"),
                "e|ste|de", "", "tussen/en|van/tot|/tot", true);
    }

    /**
     * Polish declines its nouns, adjectives and numerals: each counted word is listed by its stem and the endings of
     * its declension ({@link #declined}), and the harm cues match stems ("rann" of "ranni", "rannych", "rannymi").
     */
    private static QuantityLanguage polish() {
        return new QuantityLanguage("pl", true, false,
                qualifiers("prawie|niemal|blisko|niespełna|nieco mniej niż", "około|ok.|mniej więcej|szacunkowo|rzędu",
                        "mniej niż|maksymalnie|najwyżej|co najwyżej", "ponad|przeszło|co najmniej|przynajmniej"
                                + "|więcej niż|nieco ponad|" + exceeding("przekracza|przekroczyła|przekroczył|przekroczyło"
                                + "|przekraczają", "")),
                magnitudes("miliardów|miliardy|miliard|mld.|mld", 1e9, "milionów|miliony|milion|mln.|mln", 1e6,
                        "tysięcy|tysiące|tysiąc|tys.|tys", 1e3), "",
                numbers("jeden:1|jedna:1|jedno:1|dwa:2|dwie:2|dwóch:2|dwaj:2|dwoje:2|trzy:3|trzech:3|trzej:3|troje:3"
                        + "|cztery:4|czterech:4|czterej:4|pięć:5|pięciu:5|sześć:6|sześciu:6|siedem:7|siedmiu:7"
                        + "|osiem:8|ośmiu:8|dziewięć:9|dziewięciu:9|dziesięć:10|dziesięciu:10|jedenaście:11"
                        + "|jedenastu:11|dwanaście:12|dwunastu:12|trzynaście:13|trzynastu:13|czternaście:14"
                        + "|czternastu:14|piętnaście:15|piętnastu:15|szesnaście:16|szesnastu:16|siedemnaście:17"
                        + "|siedemnastu:17|osiemnaście:18|osiemnastu:18|dziewiętnaście:19|dziewiętnastu:19"
                        + "|dwadzieścia:20|dwudziestu:20|trzydzieści:30|trzydziestu:30|czterdzieści:40"
                        + "|czterdziestu:40|pięćdziesiąt:50|pięćdziesięciu:50|sto:100|stu:100"), "",
                numbers("tuzin:12|tuzina:12|tuziny:12|tuzinów:12"),
                words("w|we|na|z|ze|do|od|i|a|o|u|po|przy|przez|dla|za|pod|nad|przed|oraz|lub|albo|że|który|która"
                        + "|które|którzy|się|nie|jest|są|był|była|było|były|byli|został|została|zostało|zostały|zostali"
                        + "|ma|mają|jak|to|ten|ta|te|tego|tej|już|jeszcze|według|też|także|zaś|wśród"),
                words("lat|lata|roku|rok|r.|razy|godz.|godz|proc.|proc|%|ej|go|ego"),
                pairs(declined("dni|dzień|dnia|doba|doby|dób", ""), "day",
                        declined("tygodni|tydzień|tygodnia|tygodnie", ""), "week",
                        declined("miesięcy|miesiąc|miesiąca|miesiące", ""), "month", "lat|lata|rok|roku", "year",
                        declined("godzin", "|y|a|ę|ami", "godz.", ""), "hour", declined("minut", "|y|a|ę|ami"), "minut",
                        declined("kilometr", "ów|y|a|ach", "km", ""), "kilomet", declined("metr", "ów|y|a|ach", "m", ""),
                        "meter", "razy|raz", "time", declined("punkt", "ów|y|a", "pkt", ""), "point",
                        declined("stopni", "|e|a"), "degre", "procent|proc.", "percent"),
                pairs(declined("nalot", "ów|y|a", "atak", "ów|i|u", "misj", "i|e"), "sortie",
                        declined("os", "oba|oby|ób|obom|obami|obach", "ludzi|ludzie|ludziom|ludźmi", "",
                                "mieszkań", "ców|cy|com|cami", "pasażer", "ów|owie|om|ami", "cywil", "ów|e|om|ami",
                                "ofiar", "|a|y|om|ami", "ewakuowan", "ych|i|ymi"), "people",
                        declined("zabit", "ych|i|ymi", "zmarł", "ych|e|ymi", "zabici", ""), "people killed",
                        declined("rann", "ych|i|ymi|ym|y|a|e|ą", "poszkodowan", "ych|i|ymi"), "people injured",
                        declined("letni", "|a|e|ego|ej|m|ą"), "age"),
                "(?<![\\p{L}])(?:zgin|zabit|zabił|zmarł|nie żyj|nie przeżył|śmierteln|śmier[cć]|poleg)",
                "(?<![\\p{L}])(?:rann|obrażeń|poszkodowan|ucierpiał)",
                words("zł|złotych|złote|złoty|złotego|euro|dolarów|dolary|dolar|funtów"),
                pairs("koszt|kosztow|kosztuj", "cost", "szkod", "damage", "pomoc", "aid", "grzywn|mandat", "fine",
                        "dług|zadłużen", "debt", "budżet", "budget", "okup", "ransom", "strat", "loss",
                        "cena|ceny|cenę|ceną", "price", "wynagrodzen|pensj", "salary", "przychod|przychód", "revenue",
                        "zysk", "profit", "odszkodowan", "compensation", "kaucj|poręczen", "bail", "fundusz", "fund"),
                "\\.(?=\\s+\\p{Ll})", "", "od/do|między/a", true);
    }

    private static QuantityLanguage swedish() {
        return new QuantityLanguage("sv", false, false,
                qualifiers("nästan|närmare|knappt|nära", "omkring|cirka|ca|runt|ungefär|kring|uppskattningsvis",
                        "mindre än|färre än|högst|upp till|som mest", "mer än|fler än|över|drygt|minst|åtminstone"
                                + "|" + exceeding("överstiger|översteg|överskrider|överskred", "")),
                magnitudes("miljarder|miljard|mdr", 1e9, "miljoner|miljon|mn|milj.|milj", 1e6, "tusen", 1e3), "",
                numbers("en:1|ett:1|två:2|tre:3|fyra:4|fem:5|sex:6|sju:7|åtta:8|nio:9|tio:10|elva:11|tolv:12"
                        + "|tretton:13|fjorton:14|femton:15|sexton:16|sjutton:17|arton:18|nitton:19|tjugo:20"
                        + "|trettio:30|fyrtio:40|femtio:50|sextio:60|sjuttio:70|åttio:80|nittio:90|hundra:100"), "",
                numbers("dussin:12|tiotal:10|tjugotal:20|trettiotal:30|fyrtiotal:40|femtiotal:50|hundratal:100"),
                words("och|eller|i|på|av|till|från|med|för|om|vid|efter|under|över|som|att|det|den|de|en|ett|har"
                        + "|hade|är|var|blev|blivit|sig|inte|enligt|men|även|också|mot|hos|kring|sedan|nu"),
                words("år|gånger|gång|procent|%|kl|januari|februari|mars|april|maj|juni|juli"
                        + "|augusti|september|oktober|november|december"),
                pairs("dagar|dag|dygn", "day", "veckor|vecka", "week", "månader|månad", "month", "år|års", "year",
                        "timmar|timme", "hour", "minuter|minut", "minut", "kilometer|km", "kilomet", "meter|m", "meter",
                        "gånger|gång", "time", "poäng", "point", "grader|grad", "degre", "procent", "percent"),
                pairs("attacker|flygattacker|flyganfall|räder|uppdrag", "sortie",
                        "människor|personer|invånare|boende|civila|offer|evakuerade", "people",
                        "döda|dödade|omkomna|avlidna", "people killed", "skadade|sårade|svårt skadade", "people injured",
                        "årig|åriga|årige", "age"),
                "(?<![\\p{L}])(?:död|dödad|dödats|omkom|dött|dog\\b|avled|avlidit|miste livet|dödsoffer)",
                "(?<![\\p{L}])(?:skadad|skadade|skadats|skadades|sårad|sårade|sårats|till\\s+skada)",
                words("kronor|krona|kr|euro|dollar|pund"),
                pairs("kostnad|kosta|kostar|kostade", "cost", "skador", "damage", "stöd|bistånd", "aid", "böter", "fine",
                        "skuld", "debt", "budget", "budget", "lösensumma|lösen", "ransom", "förlust", "loss",
                        "pris", "price", "lön", "salary", "omsättning|intäkter", "revenue", "vinst", "profit",
                        "ersättning|skadestånd", "compensation", "borgen", "bail", "fond", "fund"),
                ":e|:a", "", "mellan/och|/till", true);
    }

    /** Danish and Norwegian (bokmål) write figures alike; one table holds both spellings of their words. */
    private static QuantityLanguage danishOrNorwegian(String code) {
        return new QuantityLanguage(code, true, false,
                qualifiers("næsten|nesten|knap|knapt|nær", "omkring|cirka|ca.|ca|rundt regnet|rundt|omtrent|cirka"
                                + "|anslået|anslått",
                        "under|højst|høyst|op til|opp til|mindre end|mindre enn|færre end|færre enn",
                        "over|mere end|mer enn|flere end|flere enn|mindst|minst|godt|" + exceeding(
                                "overstiger|oversteg|overskrider|overskred|overskrev", "")),
                magnitudes("milliarder|milliard|mia.|mia|mrd.|mrd", 1e9, "millioner|million|mio.|mio|mill.|mill", 1e6,
                        "tusind|tusen", 1e3), "",
                numbers("en:1|et:1|ett:1|ei:1|to:2|tre:3|fire:4|fem:5|seks:6|syv:7|sju:7|otte:8|åtte:8|ni:9|ti:10"
                        + "|elleve:11|tolv:12|tretten:13|fjorten:14|femten:15|seksten:16|sytten:17|atten:18|nitten:19"
                        + "|tyve:20|tjue:20|tredive:30|tretti:30|fyrre:40|førti:40|halvtreds:50|femti:50|tres:60"
                        + "|seksti:60|halvfjerds:70|sytti:70|firs:80|åtti:80|halvfems:90|nitti:90|hundrede:100"
                        + "|hundre:100|og:0"), "",
                numbers("dusin:12|snes:20"),
                words("og|eller|i|på|af|av|til|fra|med|for|om|ved|efter|etter|under|over|som|at|det|den|de|en|et"
                        + "|har|havde|hadde|er|var|blev|ble|blevet|blitt|sig|seg|ikke|ifølge|men|også|mod|mot|hos"
                        + "|siden|der|nu|nå"),
                words("år|gange|ganger|gang|procent|prosent|%|kl|" + NORDIC_MONTHS),
                pairs("dage|dager|dag|døgn", "day", "uger|uge|uker|uke", "week", "måneder|måned", "month", "år|års",
                        "year", "timer|time", "hour", "minutter|minut|minutt", "minut", "kilometer|km", "kilomet",
                        "meter|m", "meter", "gange|ganger|gang", "time", "point|poeng", "point", "grader|grad", "degre",
                        "procent|prosent", "percent"),
                pairs("angreb|angrep|luftangreb|luftangrep|togter|tokt|missioner|oppdrag", "sortie",
                        "mennesker|personer|indbyggere|innbyggere|beboere|civile|sivile|ofre|evakuerede|evakuerte", "people",
                        "døde|dræbte|drepte|omkomne", "people killed",
                        "sårede|skadede|skadde|tilskadekomne", "people injured", "årig|årige", "age"),
                "(?<![\\p{L}])(?:død|dræbt|drept|omkom|mistede livet|mistet livet|dødsfald|dødsoffer)",
                "(?<![\\p{L}])(?:såret|sårede|skadet|skadede|skadd|kvæstet|tilskadekom|til\\s+skade)",
                words("kroner|krone|kr|euro|dollar|pund"),
                pairs("omkostning|koste|kostede|kostet|kostnad", "cost", "skader|skaderne|skadene", "damage", "støtte|bistand|hjælp|hjelp",
                        "aid", "bøde|bot", "fine", "gæld|gjeld", "debt", "budget|budsjett", "budget", "løsesum", "ransom",
                        "tab|tap", "loss", "pris", "price", "løn|lønn", "salary", "omsætning|omsetning", "revenue",
                        "overskud|overskudd", "profit", "erstatning", "compensation", "kaution|kausjon", "bail",
                        "fond", "fund"),
                // "3. plads" is a position, "14. oktober" a date
                "\\.(?=\\s+(?!" + NORDIC_MONTHS + ")\\p{Ll})", "", "mellem/og|mellom/og|/til", true);
    }

    /**
     * Arabic: the counted noun follows the number ("15 قتيلا", "نحو 3000 شخص"), or follows "من" as a share of a group
     * ("5000 من السكان"); the verb mostly opens the clause ("لقي 12 شخصا حتفهم", "نزح نحو 5000 من السكان"). Digits are
     * read Western or Arabic-Indic ({@link ArabicDigits}). Nouns are listed with and without the article "ال" and in
     * the forms a count takes (singular accusative after 11 and above, plural after 3 to 10); the phrase ends at the
     * noun the table names ({@code nounLast}), as the words after it are the clause's ("12 شخصا حتفهم"). Years, hours
     * and the like are no counts, and a percentage is not read (no table of its words).
     */
    private static QuantityLanguage arabic() {
        return new QuantityLanguage("ar", false, false,
                qualifiers("قرابة|ما يقارب|ما يقرب من", "نحو|بنحو|حوالي|بحوالي|حوالى|زهاء|تقريبا",
                        "أقل من|اقل من|ما لا يزيد عن|ما لا يزيد على",
                        "أكثر من|اكثر من|ما لا يقل عن|لا يقل عن|ما يزيد عن|ما يزيد على|أزيد من|ما يربو على"),
                magnitudes("مليارات|مليار", 1e9, "ملايين|مليون", 1e6, "آلاف|ألف|الف|ألفا", 1e3), "من",
                numbers("اثنان:2|اثنين:2|اثنتان:2|اثنتين:2|ثلاثة:3|ثلاث:3|أربعة:4|أربع:4|خمسة:5|خمس:5|ستة:6"
                        + "|سبعة:7|سبع:7|ثمانية:8|ثماني:8|تسعة:9|تسع:9|عشرة:10|عشر:10|عشرون:20|عشرين:20"
                        + "|ثلاثون:30|ثلاثين:30|أربعون:40|أربعين:40|خمسون:50|خمسين:50|ستون:60|ستين:60|سبعون:70"
                        + "|سبعين:70|ثمانون:80|ثمانين:80|تسعون:90|تسعين:90|مئة:100|مائة:100"), "",
                numbers("دزينة:12|دزينات:12"),
                words("من|في|على|إلى|الى|عن|مع|أو|او|ثم|بعد|قبل|منذ|خلال|حتى|التي|الذي|الذين|إن|أن|ان|قد|كان|كانت"
                        + "|هذا|هذه|ذلك|تلك|بين|حول|عند|لدى|لكن|كما|بحسب|حسب|وفق|وفقا|جراء|بسبب|فيما|بينما|أمس"
                        + "|اليوم|وذلك|إثر|اثر|لا|لم|لن|ما|هو|هي|هم"),
                words("عاما|عام|أعوام|سنة|سنوات|مرة|مرات|بالمئة|بالمائة|%|ساعة|ساعات"),
                pairs("أيام|يوم|يوما", "day", "أسابيع|أسبوع|أسبوعا", "week", "أشهر|شهر|شهرا|شهور", "month",
                        "سنوات|سنة|عاما|عام|أعوام", "year", "ساعات|ساعة", "hour", "دقائق|دقيقة", "minut",
                        "كيلومترات|كيلومتر|كيلومترا|كلم|كم", "kilomet", "أمتار|متر|مترا|م", "meter", "مرات|مرة", "time",
                        "درجات|درجة", "degre", "بالمئة|بالمائة", "percent"),
                pairs("غارة|غارات|الغارات|ضربة|ضربات|هجوم|هجمات|الهجمات", "sortie",
                        "شخص|شخصا|أشخاص|الأشخاص|اشخاص|مواطن|مواطنا|مواطنين|المواطنين|ساكن|سكان|السكان|نسمة|مدني"
                                + "|مدنيا|مدنيين|المدنيين|نازح|نازحا|نازحين|النازحين|فرد|أفراد|الأفراد|ضحية|ضحايا"
                                + "|الضحايا|شخصٍ|عائلة|عائلات", "people",
                        "قتيل|قتيلا|قتلى|القتلى|وفاة|وفيات|الوفيات", "people killed",
                        "جريح|جريحا|جرحى|الجرحى|مصاب|مصابا|مصابين|المصابين|إصابة|إصابات|الإصابات", "people injured"),
                "(?:قتل|قتيل|مصرع|حتف|وفاة|وفيات|توفي|الموت)", "(?:جرح|جريح|أصيب|اصيب|إصاب|اصاب|مصاب)",
                words("دولار|دولارا|دولارات|يورو|جنيه|جنيها|ريال|ريالا|درهم|درهما|دينار|دينارا|ليرة"),
                pairs("تكلفة|كلفة|تكلف|يكلف|كلف", "cost", "أضرار|الأضرار|خسائر|الخسائر", "damage", "مساعدات|مساعدة", "aid",
                        "غرامة", "fine", "دين|ديون", "debt", "ميزانية|موازنة", "budget", "فدية", "ransom", "سعر", "price",
                        "راتب|رواتب", "salary", "إيرادات|عائدات", "revenue", "أرباح|ربح", "profit",
                        "تعويض|تعويضات", "compensation", "كفالة", "bail", "صندوق", "fund"),
                "(?!)", "", "بين/و|من/إلى|من/الى", true,
                "(?:أجل|إجلاء|اجلاء|نزح|نزوح|فر(?![\\p{L}])|فروا|هرب|شرد|تشريد|أنقذ|انقذ|إنقاذ|انقاذ)");
    }

    /**
     * The forms of declined words, as one "|" alternation: each stem is followed by the "|"-separated endings of its
     * declension ("rann", "ych|i|ymi": rannych, ranni, rannymi); an empty ending list keeps the words before it as
     * written ("godz.", "").
     */
    private static String declined(String... stemsAndEndings) {
        List<String> forms = new ArrayList<>();
        for (int i = 0; i + 1 < stemsAndEndings.length; i += 2) {
            if (stemsAndEndings[i + 1].isEmpty()) {
                forms.add(stemsAndEndings[i]);
                continue;
            }
            for (String ending : stemsAndEndings[i + 1].split("\\|", -1)) {
                forms.add(stemsAndEndings[i] + ending);
            }
        }
        return String.join("|", forms);
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.split("\\|")));
    }

    /** Each "|" list of words mapped to the value after it. */
    private static Map<String, String> pairs(String... listsAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < listsAndValues.length; i += 2) {
            for (String w : listsAndValues[i].split("\\|")) {
                map.put(w, listsAndValues[i + 1]);
            }
        }
        return map;
    }

    /**
     * A verb of exceeding before a figure, alone and with each article ("superan los 12,5 millones", "a dépassé les
     * 10 000"): the figure is a floor the true number passed, as after "more than".
     */
    private static String exceeding(String verbs, String articles) {
        List<String> forms = new ArrayList<>();
        for (String verb : verbs.split("\\|")) {
            forms.add(verb);
            if (!articles.isEmpty()) {
                Arrays.stream(articles.split("\\|")).forEach(article -> forms.add(verb + " " + article));
            }
        }
        return String.join("|", forms);
    }

    private static Map<String, Qualifier> qualifiers(String nearly, String about, String atMost, String atLeast) {
        Map<String, Qualifier> map = new LinkedHashMap<>();
        Map<Qualifier, String> lists = Map.of(Qualifier.NEARLY, nearly, Qualifier.ABOUT, about,
                Qualifier.AT_MOST, atMost, Qualifier.AT_LEAST, atLeast);
        lists.forEach((q, list) -> Arrays.stream(list.split("\\|")).forEach(w -> map.put(w, q)));
        return map;
    }

    private static Map<String, Double> magnitudes(Object... listsAndValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < listsAndValues.length; i += 2) {
            for (String w : ((String) listsAndValues[i]).split("\\|")) {
                map.put(w, (Double) listsAndValues[i + 1]);
            }
        }
        return map;
    }

    /** "deux:2|trois:3": each word and its value (number words here, ordinals in {@link EuropeanFigureKinds}). */
    static Map<String, Integer> numbers(String wordsAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String pair : wordsAndValues.split("\\|")) {
            int colon = pair.indexOf(':');
            map.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
        }
        return map;
    }

    /**
     * An alternation of the words taken literally, longest first so that "mil millones" is tried before "mil"; an
     * apostrophe matches either way of typing it.
     */
    static String alternation(Set<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> java.util.regex.Pattern.quote(w).replace("'", "\\E['’]\\Q"))
                .collect(Collectors.joining("|"));
    }

    /** A written word as the tables key it: lower case, typographic apostrophe made plain. */
    static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
