package dev.storybrief.brief.summary;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The outcomes a lead states, in the words its language states them with: what ends a count, a trial, a vote, a term.
 * A word list translated from English would miss most of them and find false ones, because each language builds an
 * outcome its own way:
 * <ul>
 *   <li>participles agree with their subject in gender and number (French "condamnée", Spanish "reelegidos",
 *       Italian "assolta"), and Slavic past tenses do too (Polish "wygrał" / "wygrała" / "wygrali", Czech
 *       "zvolen" / "zvolena", Russian "победил" / "победила");</li>
 *   <li>a verb that sentences also condemns (French "condamner", German "verurteilen", Spanish "condenar", Dutch
 *       "veroordelen"): only its sentencing build is an outcome, "condamné à sept ans", "zu sieben Jahren verurteilt",
 *       never "a condamné l'attaque";</li>
 *   <li>the participle of an election is also a noun or an adjective (French "les élus", Spanish "el elegido"), and a
 *       present passive tells a vote still to come (German "wird gewählt"): such a participle counts only after the
 *       auxiliary of a done passive ("a été élu", "wurde ... gewählt", "fue elegido");</li>
 *   <li>German and Dutch split a verb around the clause ("tritt am Montag zurück", "treedt ... af"), matched within
 *       one clause;</li>
 *   <li>Swedish forms its passive with -s ("dömdes", "friades", "valdes"), and the noun of a resignation is also what
 *       the opposition asks for ("pide la dimisión"), so only the verb forms count.</li>
 * </ul>
 * Each form is mapped to its {@link Outcome}, so that "won" and "wins", or "wygrał" and "wygrała", are one outcome.
 * A language without its own forms here is read with the English ones.
 */
final class OutcomeWording {
    /** What a lead's outcome is. */
    enum Outcome {
        /** An election, a match or a vote won. */
        WON,
        /** A candidate elected or re-elected. */
        ELECTED,
        /** A loser conceding. */
        CONCEDED,
        /** A candidate or a bill defeated. */
        DEFEATED,
        /** A court's sentence. */
        SENTENCED,
        /** A verdict of guilty. */
        CONVICTED,
        /** A verdict of not guilty. */
        ACQUITTED,
        /** A bill or plan approved. */
        APPROVED,
        /** A bill or plan rejected. */
        REJECTED,
        /** An office left. */
        RESIGNED
    }

    /** One outcome's forms in one language. */
    private record Form(Outcome outcome, Pattern pattern) {
    }

    /** No letter or mark of any script before a form, so it never begins inside a longer word (decomposed accents too). */
    private static final String START = "(?<![\\p{L}\\p{M}])(?:";
    /** No letter after it. */
    private static final String END = ")(?![\\p{L}\\p{M}])";
    /** Up to a few words within one clause, for a verb split around it or an auxiliary before its participle. */
    private static final String GAP = "[^.;:!?\\n]{0,60}?";

    /** Not after a plea: "pleaded (not) guilty" is what a defendant says, no verdict. */
    private static final String NO_PLEA = "(?<!pleaded\\s)(?<!pleads\\s)(?<!plead\\s)";

    private static final List<Form> ENGLISH = forms(
            Outcome.WON, "won|wins",
            Outcome.ELECTED, "re-?elected|elected",
            Outcome.CONCEDED, "conceded|concedes",
            Outcome.DEFEATED, "defeated",
            Outcome.SENTENCED, "sentenced|jailed",
            Outcome.CONVICTED, "convicted|" + NO_PLEA + "(?<!not\\s)guilty",
            Outcome.ACQUITTED, "acquitted|" + NO_PLEA + "not\\s+guilty",
            Outcome.APPROVED, "approved",
            Outcome.REJECTED, "rejected",
            Outcome.RESIGNED, "resigned|resigns");

    private static final Map<String, List<Form>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("fr", forms(
                    Outcome.WON, "remport(?:e|ent|é)|l'emport(?:e|ent)|l'a\\s+emporté|(?:a|ont)\\s+gagné",
                    Outcome.ELECTED, "réélu(?:e|s|es)?|(?:été|est|sont)\\s+élu(?:e|s|es)?",
                    Outcome.CONCEDED, "(?:concédé|concède|reconnu|reconnaît|admis|admet)\\s+(?:sa|leur)\\s+défaite",
                    Outcome.SENTENCED, "condamné(?:e|s|es)?\\s+à",
                    Outcome.CONVICTED, "reconnu(?:e|s|es)?\\s+coupables?|déclaré(?:e|s|es)?\\s+coupables?",
                    Outcome.ACQUITTED, "acquitté(?:e|s|es)?|relaxé(?:e|s|es)?",
                    Outcome.APPROVED, "adopté(?:e|s|es)?|approuvé(?:e|s|es)?",
                    Outcome.REJECTED, "rejeté(?:e|s|es)?",
                    Outcome.RESIGNED, "démissionn(?:e|ent|é|ée|és|ées)")),
            Map.entry("de", forms(
                    Outcome.WON, "gewinnt|gewann|gewannen|gewonnen|siegt|siegte|gesiegt",
                    Outcome.ELECTED, "wiedergewählt|(?:wurde|wurden|worden)" + GAP + "gewählt",
                    Outcome.CONCEDED, "(?:räumt|räumte|gesteht|gestand)" + GAP + "niederlage",
                    Outcome.SENTENCED, "(?:zu|wegen)" + GAP + "verurteilt",
                    Outcome.CONVICTED, "schuldig\\s+gesprochen|für\\s+schuldig\\s+befunden",
                    Outcome.ACQUITTED, "freigesprochen",
                    Outcome.APPROVED, "verabschiedet|beschlossen|gebilligt|genehmigt",
                    Outcome.REJECTED, "abgelehnt|abgeschmettert",
                    Outcome.RESIGNED, "zurückgetreten|(?:tritt|trat|treten|traten)" + GAP + "zurück")),
            Map.entry("es", forms(
                    Outcome.WON, "ganó|ganaron|ha\\s+ganado|han\\s+ganado|se\\s+impuso|se\\s+impusieron|venció|triunfó",
                    Outcome.ELECTED, "reelegid[oa]s?|(?:fue|fueron|ha\\s+sido|han\\s+sido|resultó)\\s+elegid[oa]s?",
                    Outcome.CONCEDED, "(?:reconoció|reconoce|admitió|admite)\\s+su\\s+derrota",
                    Outcome.SENTENCED, "condenad[oa]s?\\s+a|(?:fue|fueron|ha\\s+sido)\\s+condenad[oa]s?",
                    Outcome.CONVICTED, "(?:declarad|hallad)[oa]s?\\s+culpables?",
                    Outcome.ACQUITTED, "absuelt[oa]s?|absolvió",
                    Outcome.APPROVED, "aprobó|aprobaron|aprobad[oa]s?",
                    Outcome.REJECTED, "rechazó|rechazaron|rechazad[oa]s?",
                    Outcome.RESIGNED, "dimitió|dimite|ha\\s+dimitido|presentó\\s+su\\s+dimisión|renunció"
                            + "|ha\\s+renunciado")),
            Map.entry("it", forms(
                    Outcome.WON, "ha\\s+vinto|hanno\\s+vinto|vince|vincono|vinse",
                    Outcome.ELECTED, "rielett[oaie]|(?:è\\s+stat[oa]|sono\\s+stat[ie])\\s+elett[oaie]",
                    Outcome.CONCEDED, "(?:ammesso|ammette|riconosciuto|riconosce)\\s+la\\s+sconfitta",
                    Outcome.SENTENCED, "condannat[oaie]\\s+a",
                    Outcome.CONVICTED, "(?:riconosciut|dichiarat)[oaie]\\s+colpevol[ei]",
                    Outcome.ACQUITTED, "assolt[oaie]",
                    Outcome.APPROVED, "approvat[oaie]|ha\\s+approvato|hanno\\s+approvato",
                    Outcome.REJECTED, "respint[oaie]|bocciat[oaie]|ha\\s+respinto|ha\\s+bocciato",
                    Outcome.RESIGNED, "si\\s+(?:è|sono)\\s+dimess[oaie]|si\\s+dimette|si\\s+dimettono"
                            + "|ha\\s+rassegnato\\s+le\\s+dimissioni")),
            Map.entry("pt", forms(
                    Outcome.WON, "venceu|venceram|ganhou|ganharam",
                    Outcome.ELECTED, "reeleit[oa]s?|(?:foi|foram)\\s+eleit[oa]s?",
                    Outcome.CONCEDED, "(?:reconheceu|reconhece|admitiu|admite)\\s+a\\s+derrota",
                    Outcome.SENTENCED, "condenad[oa]s?\\s+a|(?:foi|foram)\\s+condenad[oa]s?",
                    Outcome.CONVICTED, "(?:considerad|declarad)[oa]s?\\s+culpad[oa]s?",
                    Outcome.ACQUITTED, "absolvid[oa]s?",
                    Outcome.APPROVED, "aprovou|aprovaram|aprovad[oa]s?",
                    Outcome.REJECTED, "rejeitou|rejeitaram|rejeitad[oa]s?|chumbou|chumbad[oa]s?",
                    Outcome.RESIGNED, "renunciou|demitiu-se|se\\s+demitiu|apresentou\\s+a\\s+demissão"
                            + "|pediu\\s+demissão")),
            Map.entry("nl", forms(
                    Outcome.WON, "wint|won|wonnen|gewonnen",
                    Outcome.ELECTED, "herkozen|verkozen|(?:werd|werden|is)" + GAP + "gekozen",
                    Outcome.CONCEDED, "(?:erkent|erkende|geeft|gaf)" + GAP + "nederlaag",
                    Outcome.SENTENCED, "veroordeeld\\s+(?:tot|wegens|voor)|(?:werd|werden|is)" + GAP
                            + "veroordeeld",
                    Outcome.CONVICTED, "schuldig\\s+(?:bevonden|verklaard)",
                    Outcome.ACQUITTED, "vrijgesproken|vrijgesprak",
                    Outcome.APPROVED, "goedgekeurd|(?:keurt|keurde|keurden)" + GAP + "goed",
                    Outcome.REJECTED, "verworpen|weggestemd|afgewezen",
                    Outcome.RESIGNED, "afgetreden|opgestapt|(?:treedt|trad|traden)" + GAP + "af")),
            Map.entry("sv", forms(
                    Outcome.WON, "vann|vinner|segrade",
                    Outcome.ELECTED, "omvald|omvalts|omvaldes|valdes|valts",
                    Outcome.CONCEDED, "(?:erkänner|erkände)" + GAP + "nederlag",
                    Outcome.SENTENCED, "döms|dömdes|dömts|dömd|dömda",
                    Outcome.CONVICTED, "fälls|fälldes|fällts|befunnen\\s+skyldig",
                    Outcome.ACQUITTED, "frias|friades|friats|frikänd|frikänns|frikändes",
                    Outcome.APPROVED, "godkände|godkändes|godkänts|antogs|antagits|klubbades",
                    Outcome.REJECTED, "avslog|avslogs|röstades\\s+ned|röstades\\s+ner",
                    Outcome.RESIGNED, "avgår|avgick|avgått")),
            Map.entry("pl", forms(
                    Outcome.WON, "wygra(?:ł|ła|li|ły)|zwycięży(?:ł|ła|li|ły)",
                    Outcome.ELECTED, "zosta(?:ł|ła|li|ły)\\s+(?:ponownie\\s+)?wybran[yaie]|uzyska(?:ł|ła)\\s+reelekcję",
                    Outcome.CONCEDED, "(?:uzna|przyzna)(?:ł|ła|li)" + GAP + "porażk[ęi]",
                    Outcome.SENTENCED, "skazan[yaie]|skaza(?:ł|ła|li|ły)",
                    Outcome.CONVICTED, "uznan[yaie]\\s+za\\s+winn[yaie]",
                    Outcome.ACQUITTED, "uniewinnion[yaie]|uniewinni(?:ł|ła|li|ły)",
                    Outcome.APPROVED, "uchwali(?:ł|ła|li|ły)|uchwalon[yaie]|zatwierdzi(?:ł|ła|li|ły)",
                    Outcome.REJECTED, "odrzuci(?:ł|ła|li|ły)|odrzucon[yaie]",
                    Outcome.RESIGNED, "zrezygnowa(?:ł|ła|li|ły)|poda(?:ł|ła|li|ły)\\s+się\\s+do\\s+dymisji")),
            Map.entry("cs", forms(
                    Outcome.WON, "vyhrál[aoiy]?|zvítězil[aoiy]?",
                    Outcome.ELECTED, "zvolen[aoiy]?|obhájil[aoiy]?",
                    Outcome.CONCEDED, "(?:uznal|přiznal)[aoiy]?" + GAP + "porážku",
                    Outcome.SENTENCED, "odsouzen[aoiy]?|odsoudil[aoiy]?",
                    Outcome.CONVICTED, "uznán[aoiy]?\\s+vinn(?:ým|ou|ými)",
                    Outcome.ACQUITTED, "zproštěn[aoiy]?",
                    Outcome.APPROVED, "schválil[aoiy]?|schválen[aoiy]?",
                    Outcome.REJECTED, "zamítl[aoiy]?|zamítnut[aoiy]?",
                    Outcome.RESIGNED, "rezignoval[aoiy]?|odstoupil[aoiy]?|podal[aoiy]?\\s+demisi")),
            Map.entry("ru", forms(
                    Outcome.WON, "победил[аи]?|выиграл[аи]?|одержал[аи]?\\s+победу",
                    Outcome.ELECTED, "переизбран[аы]?|избран[аы]?",
                    Outcome.CONCEDED, "признал[аи]?\\s+(?:сво[её]\\s+)?поражение",
                    Outcome.SENTENCED, "приговор[её]н[аы]?|приговорил[аи]?",
                    Outcome.CONVICTED, "признан[аы]?\\s+виновн(?:ым|ой|ыми)|осужд[её]н[аы]?",
                    Outcome.ACQUITTED, "оправдан[аы]?",
                    Outcome.APPROVED, "одобрил[аи]?|одобрен[аоы]?|утвердил[аи]?|утвержд[её]н[аоы]?",
                    Outcome.REJECTED, "отклонил[аи]?|отклон[её]н[аоы]?",
                    Outcome.RESIGNED, "(?:ушёл|ушел|ушла|ушли|подал[аи]?)\\s+в\\s+отставку")));

    private OutcomeWording() {
    }

    /** The outcomes {@code text}, written in {@code language} (ISO 639-1), states. */
    static Set<Outcome> of(String text, String language) {
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (Form form : BY_LANGUAGE.getOrDefault(language, ENGLISH)) {
            if (form.pattern().matcher(text).find()) {
                outcomes.add(form.outcome());
            }
        }
        return outcomes;
    }

    /** Pairs of an outcome and its forms (a regular expression's alternatives). */
    private static List<Form> forms(Object... outcomesAndForms) {
        List<Form> forms = new java.util.ArrayList<>();
        for (int i = 0; i < outcomesAndForms.length; i += 2) {
            forms.add(new Form((Outcome) outcomesAndForms[i], Pattern.compile(START + outcomesAndForms[i + 1] + END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return List.copyOf(forms);
    }
}
