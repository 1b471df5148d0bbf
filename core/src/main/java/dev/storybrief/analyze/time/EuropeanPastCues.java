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
                    "gewesen", "geblieben", "gedauert", "gegolten"), NEVER, NEVER, NEVER);
            // imperfect "restait", "demeuraient" (the conditional "resterait", "aurait" and nouns such as "retrait"
            // are not); a perfect with "avoir" and any participle ("a été", "a duré"), with "être" only the
            // participle of a verb that takes "être" ("est restée"): "est fermée" is a state
            case "fr" -> new EuropeanPastCues(Set.of("fut", "furent", "resta", "restèrent", "demeura", "dura",
                    "durèrent", "était", "étaient", "avait", "avaient"),
                    Pattern.compile("\\p{L}{2,}(?:ait|aient)"),
                    Pattern.compile("\\p{L}*(?:[eirvd]rai(?:t|ent)|aurai(?:t|ent)|trait|fait|souhait)"),
                    Pattern.compile(" (?:a|ont|avait|avaient) \\p{L}{2,}(?:é|ée|és|ées|u|ue|us|ues|i|is|it|ert) "
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

    /** The words of {@code text} that are past forms by this language's forms and endings, in text order. */
    List<String> pastWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT);
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
            words.add(token.toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
