package dev.storybrief.analyze.quantity;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The percentages of French, German, Spanish, Italian and Portuguese sentences, read as English reads its own: a
 * percentage names what it is a share of, the noun after "of" ("rund 90 Prozent der Fernzüge", "el 41,2 % de los
 * votos", "32% dos professores"), or the measure it is stated as ("La participación fue del 63,4 %", "uma adesão de
 * 85%", "Die Beteiligung lag bei 60 Prozent"). One that says neither ("subió un 12 %") is a change or an aside, not a
 * figure two outlets could be compared on, and stays unread.
 *
 * @param sign    the percent sign or words right after the number, as a regular expression anchored at its start
 * @param ofNoun  the noun a percentage is a share of, in group "noun", anchored after the sign
 * @param subject the measure stated before the percentage, in group "noun", anchored at the end of the words before it;
 *                outside German, where nouns are capitalised, the noun follows an article ("la participación fue
 *                del", "uma adesão de"), so a verb before "de" ("a reculé de 9,5 %") names no measure; an article
 *                joined to its preposition counts as one ("A adesão à greve foi de 12%", "L'adesione allo sciopero è
 *                stata del 12%": what the measure is of, as Spanish's "el seguimiento de la huelga fue del" reads)
 */
record EuropeanPercentages(Pattern sign, Pattern ofNoun, Pattern subject) {
    private static final String SIGN = "^\\s?%|^\\s+(?:";
    /** German nouns are capitalised: adjectives before the noun are skipped to it. */
    private static final Map<String, EuropeanPercentages> LANGUAGES = Map.ofEntries(Map.entry(
            "de", of("prozent|vh", "der|des|ihrer|seiner|aller|unserer|eurer|deren",
                    "(?<noun>\\p{Lu}\\p{L}{2,})\\s+(?:lag|liegt|lagen|liegen)\\s+(?:\\p{Ll}+\\s+)?bei|"
                            + "(?<noun2>\\p{Lu}\\p{L}{2,})\\s+(?:betrug|beträgt|erreichte|erreicht|von|bei)", true)),
            Map.entry("es", of("por\\s+ciento", "de\\s+los|de\\s+las|del|de",
                    "(?i:el|la|los|las|un|una|su|sus|esta|este)(?:\\s+|(?<=['’]))(?<noun>\\p{L}{3,})\\s+(?:(?:fue|es|será|ha\\s+sido|era)\\s+(?:del|de)|(?:alcanzó|se\\s+situó\\s+en)\\s+el|del|de)", false)),
            Map.entry("pt", of("por\\s+cento", "dos|das|do|da|de",
                    "(?i:o|a|os|as|à|às|ao|aos|da|do|das|dos|um|uma|numa|duma|na|no|sua|seu|esta|este)(?:\\s+|(?<=['’]))(?<noun>\\p{L}{3,})\\s+(?:(?:foi|é|será|era)\\s+(?:de|dos|das|do|da)|(?:ficou|fixou-se)\\s+em|atingiu(?:\\s+os|\\s+o)?|de)", false)),
            Map.entry("fr", of("pour\\s+cent|pourcents?", "des|du|de\\s+la|de\\s+l['’]|de|d['’]",
                    "(?i:le|la|les|l['’]|un|une|son|sa|leur|ce|cette|de|d['’])(?:\\s+|(?<=['’]))(?<noun>\\p{L}{3,})\\s+(?:(?:était|est|a\\s+été|sera)\\s+(?:de|d['’])|s['’]élève\\s+à|atteint|de|d['’])", false)),
            Map.entry("it", of("per\\s+cento", "dei|degli|delle|della|dello|del|di",
                    "(?i:il|lo|la|i|gli|le|l['’]|un|una|uno|un['’]|la sua|il suo|al|allo|alla|ai|agli|alle|all['’]|del|dello|della|dei|degli|delle|dell['’]|nel|nello|nella|nell['’])(?:\\s+|(?<=['’]))(?<noun>\\p{L}{3,})\\s+(?:(?:è\\s+stata|è|era|sarà)\\s+(?:del|di)|ha\\s+raggiunto\\s+il|del|di)", false)),
            Map.entry("nl", of("procent", "van\\s+de|van\\s+het|van",
                    "(?i:de|het|een|hun|zijn|haar)\\s+(?<noun>\\p{L}{3,})\\s+(?:(?:was|is|bedroeg|bedraagt|lag\\s+op"
                            + "|ligt\\s+op|kwam\\s+uit\\s+op)|van)", false)),
            // Polish: what a percentage is of follows it in the genitive, with no word between ("30 proc. mieszkańców")
            Map.entry("pl", of("procent|proc\\.?", "",
                    "(?<noun>\\p{L}{3,})\\s+(?:wyniosła|wyniósł|wynosi|wyniosło|sięgnęła|osiągnęła|na\\s+poziomie)", false)),
            Map.entry("sv", of("procent", "av\\s+de|av",
                    "(?<noun>\\p{L}{3,}(?:en|et|n|t))\\s+(?:(?:var|är|blev|låg\\s+på|ligger\\s+på|uppgick\\s+till)|på)", false)),
            Map.entry("da", nordic()), Map.entry("no", nordic()), Map.entry("nb", nordic()));

    /** Danish and Norwegian (bokmål): the definite noun carries its article as an ending ("valgdeltagelsen var"). */
    private static EuropeanPercentages nordic() {
        return of("procent|prosent", "af\\s+de|av\\s+de|af|av",
                "(?<noun>\\p{L}{3,}(?:en|et|n|t))\\s+(?:(?:var|er|blev|ble|lå\\s+på|ligger\\s+på|endte\\s+på)|på)", false);
    }

    private static EuropeanPercentages of(String words, String of, String subject, boolean germanNouns) {
        String noun = germanNouns ? "(?:\\p{Ll}+\\s+)?(?<noun>\\p{Lu}\\p{L}{2,})" : "(?<noun>\\p{L}{3,})";
        return new EuropeanPercentages(Pattern.compile("(?iu)" + SIGN + words + ")(?![\\p{L}])"),
                Pattern.compile("(?u)^\\s+(?i:" + of + ")\\s*" + noun),
                Pattern.compile("(?u)(?<![\\p{L}])(?:" + subject + ")\\s+$"));
    }

    /**
     * A change by a share, the noun that changed before its verb and the verb right before the figure, in group "fall"
     * or "rise": "Die Aktie fiel um 6,2 Prozent", "l'action a chuté de 6,2 %", "las acciones cayeron un 6,2%", "il
     * titolo è sceso del 6,2%", "as ações caíram 6,2%", "aktien föll 6,2 procent". The noun may be followed by what it
     * is of ("die Aktie der Harlow AG", "les actions de Harlow", "aktien i Harlow"), up to four words.
     */
    private static final String GERMAN_OF = "der|des|von";
    private static final String GERMAN_FALL = "fiel|fielen|fällt|fallen|sank|sanken|sinkt|verlor|verloren|verliert|gab"
            + "|gaben|brach|brachen";
    private static final String GERMAN_RISE = "stieg|stiegen|steigt|legte|legten|legt|kletterte|kletterten|wuchs|wuchsen"
            + "|gewann|gewannen";
    /** German puts the day between the verb and "um": "fiel am Mittwoch um 6,2 Prozent". */
    private static final String GERMAN_LINK = "(?:(?:\\s+[\\p{L}.]+){0,3}?\\s+um|\\s+zu)?";
    /** A qualifier right before the figure: "um rund 6 Prozent", "de près de 6 %". */
    private static final String QUALIFIERS = "rund|etwa|fast|knapp|environ|près\\s+de|casi|cerca\\s+de|quasi|circa"
            + "|nästan|omkring|drygt";
    /**
     * German sets the verb second in the clause, before its subject, when the clause opens with a time or place ("Am
     * Mittwoch fiel die Aktie um 6 Prozent", "Im Handel verloren die Papiere der Harlow AG 6 Prozent"): the verb, then
     * the subject with its article.
     */
    private static final Map<String, Pattern> VERB_FIRST = Map.of("de", Pattern.compile("(?u)(?<![\\p{L}])(?i:(?<fall>"
            + GERMAN_FALL + ")|(?<rise>" + GERMAN_RISE + "))\\s+(?i:der|die|das|den)\\s+(?<noun>\\p{Lu}\\p{L}{2,})"
            + "(?:\\s+(?i:" + GERMAN_OF + ")\\s+(?:[\\p{L}'’&.-]+\\s+){0,3}?[\\p{L}'’&.-]+)?(?i:" + GERMAN_LINK + ")\\s+"
            + "(?i:(?:" + QUALIFIERS + ")\\s+)?$"));
    private static final Map<String, Pattern> CHANGES = Map.of(
            // a capitalised word after a preposition is a time or place ("Am Mittwoch fiel sie"), no subject
            "de", change("(?<!(?i:am|im|an|in|seit|nach|vor|bis|zum|zur|vom|beim|bei|um)\\s)(?<noun>\\p{Lu}\\p{L}{2,})",
                    GERMAN_OF, "(?:ist|sind|hat|haben)", GERMAN_FALL, GERMAN_RISE, GERMAN_LINK),
            "fr", change("(?i:le|la|les|l['’]|son|sa|ses|leur|leurs)(?:\\s+|(?<=['’]))(?<noun>\\p{L}{3,})",
                    "de|du|des|d['’]", "(?:a|ont|avait|avaient|s['’]est|se\\s+sont)",
                    "chuté|chute|chutent|baissé|baisse|baissent|reculé|recule|reculent|perdu|perd|perdent|plongé|plonge"
                            + "|diminué|diminue|effondré|effondrée|effondrés|effondrées|replié|repliée|cédé|cède",
                    "augmenté|augmente|augmentent|progressé|progresse|progressent|grimpé|grimpe|grimpent|bondi|bondit"
                            + "|bondissent|gagné|gagne|gagnent|crû|croît|monté|monte|montent|envolé|envolée|envolés",
                    "(?:\\s+de|\\s+d['’])?"),
            "es", change("(?i:el|la|los|las|su|sus)\\s+(?<noun>\\p{L}{3,})", "de|del|de\\s+la|de\\s+los",
                    "(?:se|han|ha|habían|había)",
                    "cayó|cayeron|cae|caen|bajó|bajaron|baja|bajan|perdió|perdieron|pierde|pierden|retrocedió|retrocedieron"
                            + "|desplomó|desplomaron|descendió|descendieron|caído|bajado|perdido|retrocedido",
                    "subió|subieron|sube|suben|creció|crecieron|crece|crecen|ganó|ganaron|gana|ganan|aumentó|aumentaron"
                            + "|avanzó|avanzaron|disparó|dispararon|subido|crecido|ganado|aumentado|avanzado",
                    "(?:\\s+un|\\s+el|\\s+en\\s+un)?"),
            "pt", change("(?i:o|a|os|as|seu|sua|seus|suas)\\s+(?<noun>\\p{L}{3,})", "de|da|do|das|dos",
                    "(?:se|têm|tem|tinha|tinham)",
                    "caiu|caíram|cai|caem|recuou|recuaram|recua|baixou|baixaram|perdeu|perderam|desceu|desceram|despencou"
                            + "|despencaram|caído|recuado",
                    "subiu|subiram|sobe|sobem|cresceu|cresceram|cresce|avançou|avançaram|ganhou|ganharam|aumentou"
                            + "|aumentaram|disparou|dispararam|subido|crescido",
                    "(?:\\s+cerca\\s+de)?"),
            "it", change("(?i:il|lo|la|i|gli|le|l['’])(?:\\s+|(?<=['’]))(?<noun>\\p{L}{3,})",
                    "di|del|della|dello|dei|degli|delle", "(?:è|sono|ha|hanno|era|erano)",
                    "sceso|scesa|scesi|scese|calato|calata|calati|calate|crollato|crollata|crollati|crollate|perso|perde"
                            + "|perdono|cala|calano|scende|scendono|diminuito|diminuita|diminuiti|diminuite",
                    "salito|salita|saliti|salite|cresciuto|cresciuta|cresciuti|cresciute|aumentato|aumentata|aumentati"
                            + "|aumentate|guadagnato|guadagna|guadagnano|sale|salgono|cresce|crescono|balzato|balzata",
                    "(?:\\s+del|\\s+dello|\\s+della|\\s+di|\\s+il|\\s+dell['’])?"),
            "sv", change("(?<noun>\\p{L}{3,}(?:en|et|n|t|na|rna))", "i|för|hos|på", "(?:har|hade)",
                    "föll|faller|fallit|sjönk|sjunker|sjunkit|rasade|rasar|rasat|minskade|minskar|minskat|tappade|tappar"
                            + "|tappat|backade|backar|backat",
                    "steg|stiger|stigit|ökade|ökar|ökat|klättrade|klättrar|klättrat|lyfte|lyfter|lyft|växte|växer|vuxit",
                    "(?:\\s+med)?"));

    /**
     * A language's change pattern: the subject (with group "noun"), the words that link what it is of, an
     * auxiliary, the verbs of a fall and of a rise, and the preposition between the verb and the figure.
     */
    private static Pattern change(String subject, String of, String auxiliary, String fall, String rise, String link) {
        return Pattern.compile("(?u)(?<![\\p{L}])" + subject + "(?:\\s+(?i:" + of + ")\\s+(?:[\\p{L}'’&.-]+\\s+){0,3}?"
                + "[\\p{L}'’&.-]+)?\\s+(?i:" + auxiliary + "\\s+)?(?i:(?<fall>" + fall + ")|(?<rise>" + rise + "))"
                + "(?i:" + link + ")\\s+(?i:(?:" + QUALIFIERS + ")\\s+)?$");
    }

    /** What a change by a share is of and which way it went, from the words before its figure ({@link #change}). */
    record Change(String noun, boolean fall) {
    }

    /** The change the words before a percentage give ("Die Aktie fiel um"), if the language reads one. */
    static Optional<Change> change(String code, String before) {
        Pattern p = CHANGES.get(code);
        if (p == null) {
            return Optional.empty();
        }
        // the verb before its subject is the narrower reading: "Laut Händlern fiel die Aktie um" is the share's fall
        Pattern verbFirst = VERB_FIRST.get(code);
        Matcher m = verbFirst == null ? null : verbFirst.matcher(before);
        if (m == null || !m.find()) {
            m = p.matcher(before);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Change(m.group("noun"), m.group("fall") != null));
    }

    /** The percentage reading of a language, if it has one. */
    static Optional<EuropeanPercentages> forLanguage(String code) {
        return Optional.ofNullable(LANGUAGES.get(code));
    }

    /** Where the percent sign or words end, when they follow right after the number; -1 when they do not. */
    int signEnd(String afterNumber) {
        Matcher m = sign.matcher(afterNumber);
        return m.find() ? m.end() : -1;
    }

    /** The noun the percentage measures, from the words after its sign or else before its figure; null for none. */
    String noun(String before, String afterSign) {
        Matcher of = ofNoun.matcher(afterSign);
        if (of.find()) {
            return of.group("noun");
        }
        Matcher s = subject.matcher(before);
        if (!s.find()) {
            return null;
        }
        return s.group("noun") != null ? s.group("noun") : group(s, "noun2");
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null;
        }
    }
}
