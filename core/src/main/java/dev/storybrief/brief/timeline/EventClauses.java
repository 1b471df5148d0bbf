package dev.storybrief.brief.timeline;

import dev.storybrief.analyze.time.MonthNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that carries a dated event: "A coalition ... launched the first salvos on March 19,
 * before handing over command to NATO on March 31" tells two events, one per clause. A reporting clause ("NATO
 * officials said on Monday") carries the date of the telling, so the event is the rest of the sentence. A date in a
 * relative clause ("comments from Qatar's top general, who said on Wednesday that ...") belongs to the person or
 * thing the clause describes, so the event is told with that antecedent as its subject.
 */
public final class EventClauses {
    /**
     * "As" linking a clause ("..., as rescuers searched"), not the "as" of a comparison or a set phrase ("as many as
     * 200,000 died", "as of Monday", "as a result"), whose clause would lose its first word.
     */
    private static final String AS_LINKING = "as(?!\\s+(?:many|much|few|little|long|far|soon|well|early|late|"
            + "recently|of|for|part|a\\s+result)\\b)";
    private static final String TELLING = "(?:said|says|told|added|announced|reported)";
    /**
     * A speaker set off by commas before the verb, "role, name" or "name, role": "..., the operator's chief executive,
     * Tom Ayr, said on Monday." The reporting clause starts before the pair; from the comma after it, the event
     * would end on a dangling name.
     */
    private static final String SET_OFF_SPEAKER = "(?:(?:the|a|an)\\s[^,;\"“”]{1,60},\\s+\\p{Lu}[^,;\"“”]{0,40}"
            + "|\\p{Lu}[^,;\"“”]{0,40},\\s+(?:the|a|an)\\s[^,;\"“”]{1,60}),\\s+";
    private static final Pattern BOUNDARY = Pattern.compile("(?:;|:(?!\\d)|,\\s+(?=(?:before|after|while|when|but|although|"
            + "though|whereas|despite|following|then|and then|" + AS_LINKING + ")\\b)"
            + "|\\s+(?=(?:even though|although|because(?! of)|whereas)\\s)|\\s+[—–-]\\s+"
            + "|,\\s+(?=(?:(?:[\\p{L}'’.-]+\\s+){1,5}|" + SET_OFF_SPEAKER + "|(?=" + TELLING + "\\s+(?!(?:on|late|early)\\s"
            + "|" + MonthNames.WEEKDAY + ")\\p{Lu}))" + TELLING + "\\b[^,;]{0,30}$))");
    private static final Pattern LEADING = Pattern.compile("^(?:before|after|while|when|but|although|even though|"
            + "though|whereas|because|"
            + "despite|following|then|and then|" + AS_LINKING + "|and)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTING = Pattern.compile("(?i)^(?-i:" + SET_OFF_SPEAKER + ")?[^,]{0,60}\\b(?:said|says"
            + "|told|added|announced|reported|stated|confirmed)\\b[^,]{0,30}[.!?\"”]*$");
    /**
     * A date after these words bounds a span or sets a deadline ("stay through December", "by 2003", "between now
     * and Monday"): no event.
     * "Until" is not among them: a state told as over ("remained army chief until March") dates its end.
     */
    private static final Pattern ENDPOINT = Pattern.compile("(?i)\\b(?:through|by|ahead of"
            + "|between\\s+[^,;]{1,30}\\s+and)\\s+(?:the\\s+)?(?:(?:end|middle|start|beginning)\\s+of\\s+(?:the\\s+)?)?$");
    /**
     * A date after these words starts a state that goes on ("the fire that had burned since Monday", "que lavrava
     * desde 9 de novembro", "depuis lundi", "seit Montag", "dal 9 novembre"): when it shares a clause with another
     * date, the other one is the event's.
     */
    private static final Pattern STATE_START = Pattern.compile("(?iu)(?<![\\p{L}])(?:since|desde|depuis|seit|dal|dalla"
            + "|dallo)\\s+(?:(?:o|a|os|as|el|la|le|les|the|dem|der|il)\\s+)?$");
    /**
     * A date after a bare "before" bounds what is wanted or due ("We want a deal before Christmas", "must be repaired
     * before Friday"); "shortly before", "just before", "hours before" put the event near the date instead.
     */
    private static final Pattern DEADLINE = Pattern.compile("(?i)(?<![\\p{L}])(?<!(?:shortly|just|right|soon|long|hours"
            + "|minutes|moments|days|weeks|immediately|only)\\s)before\\s+(?:the\\s+)?$");
    /**
     * A preposition that refers back to an earlier event named by its day ("charged the company over Monday's leak",
     * "the toll from Monday's landslide", "an inquiry into Friday's crash"): the clause's own event is another, later
     * one. "In", "at" and "during" are left out: "won 40 seats in Monday's election" happened that Monday.
     */
    private static final Pattern BACK_TO_NAMED_EVENT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:over|after|from|following|into|about|for|of|since|despite)\\s+(?:the\\s+)?$");
    /** A date after these words ends a state: "until Thursday", "till May". */
    private static final Pattern STATE_END = Pattern.compile("(?i)(?<![\\p{L}])(?:until|till)\\s+(?:the\\s+)?$");
    /**
     * A date after these words is the baseline of a comparison, not when anything happened: "the highest level since
     * records began in 1931", "the worst flooding since 1987", "for the first time since 2009".
     */
    private static final Pattern BASELINE = Pattern.compile("(?iu)\\b(?:highest|lowest|worst|best|biggest|largest"
            + "|deadliest|strongest|heaviest|wettest|driest|hottest|coldest|warmest|longest|greatest|most|least"
            + "|fewest|first|record|not\\s+(?:been\\s+)?seen)\\b[^,;:.!?]{0,60}\\bsince\\s+(?:at\\s+least\\s+)?"
            + "(?:(?:records?|record-keeping|measurements|reliable\\s+records)\\s+(?:began|started)\\s+(?:in\\s+)?)?"
            + "(?:the\\s+)?$");
    /**
     * A date in a clause told as what should or could have happened ("the valve should have been replaced in 2024")
     * dates something that did not happen.
     */
    private static final Pattern UNREALISED = Pattern.compile("(?i)\\b(?:should|could|would|might|ought\\s+to)"
            + "(?:\\s+not|n't|n’t)?\\s+have\\s+(?:been\\s+)?\\p{L}+(?:ed|en|wn)\\b[^,;:.!?]{0,50}$");
    /**
     * The opening of an aside set off by commas that dates an attribute of the name before it, not an event: "Bernard
     * Quilliec, maire depuis 2008, a évoqué ...", "the mayor, in office since 2008,", "Hans Kerr, seit 2008
     * Bürgermeister,", "sindaco dal 2008", "alcalde desde 2008", "the firm, founded in 1990,", "née en 1961". At most
     * four words (a role) stand between the comma and the word that opens the span; none is a finite verb, so a clause
     * after an opening phrase ("In Kelby, power has been out since Monday") is no aside.
     */
    private static final Pattern ATTRIBUTE_ASIDE_BEFORE = Pattern.compile("(?iu),\\s+(?:(?!(?:is|are|was|were|has|have"
            + "|had|est|sont|a|ont|ist|sind|hat|haben|es|son|ha|han|è|sono|é|são|tem|têm)\\s)[\\p{L}'’.-]+\\s+){0,4}"
            + "(?:since|depuis|seit|desde|dal|dalla|dallo|dall['’]|sinds"
            + "|(?:founded|established|created|formed|born)\\s+in|(?:fond|cré)ée?s?\\s+en|née?s?\\s+en|gegründet|geboren"
            + "|(?:fundad|cread|nacid)[oa]s?\\s+en|(?:fundad|criad|nascid)[oa]s?\\s+em|(?:fondat|creat|nat)[oaie]\\s+nel)"
            + "(?:\\s+(?:the|le|el|o|il|l['’]|im\\s+jahr|en|in))?\\s*$");
    /** The end of such an aside: up to three words (German puts the role after the year) and the closing comma. */
    private static final Pattern ATTRIBUTE_ASIDE_AFTER = Pattern.compile("^(?:\\s+[\\p{L}'’.-]+){0,3}\\s*,");
    private static final int MIN_WORDS = 5;
    private static final int MAX_SUBJECT_WORDS = 12;
    /** A clause that opens, after its linking word, with a present participle: "before handing over ...". */
    private static final Pattern PARTICIPLE_OPENING = Pattern.compile("^(?:(?:before|after|while|then|and then)\\s+)?"
            + "\\p{Ll}+ing\\b");
    /** A finite verb as news writes it: a common auxiliary, or a regular past tense after the first word. */
    private static final Pattern FINITE_VERB = Pattern.compile("(?<=\\s)(?:(?:is|are|was|were|has|have|had|will|would"
            + "|said|says)|\\p{Ll}{2,}[^e\\s]ed)(?=\\s)");

    /** A verb of telling anywhere in a stretch of words: "Prodi said Monday", "Analysts say the leader ...". */
    private static final Pattern TELLS = Pattern.compile("(?i)\\b(?:" + TELLING.substring(3, TELLING.length() - 1)
            + "|say|tells|stated|confirmed)\\b");

    /**
     * "CARROW VALE, 29 December 2026 - The authority confirms ...": a place (capitalised words) and the date before a dash
     * open a press release or a wire story; the date is the day of writing, not of the event the sentence tells.
     */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "(?:\\s*\\([^)]{1,40}\\))?,\\s*$");
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{1,40}\\)\\s*)?[-–—:]\\s");

    /**
     * A date right after a verb of telling ("police said on Wednesday", "officials said Wednesday"): the day the
     * words were said, not the day of what they tell.
     */
    private static final Pattern TOLD_ON = Pattern.compile("(?i)\\b" + TELLING + "\\s+(?:on\\s+)?$");

    private EventClauses() {
    }

    /** Whether the date at {@code start}..{@code end} is a dateline's: the day a text was written, not an event's. */
    static boolean isDateline(String sentence, int start, int end) {
        return DATELINE_BEFORE.matcher(sentence.substring(0, start)).matches()
                && DATELINE_AFTER.matcher(sentence.substring(end)).lookingAt();
    }

    /** What may follow a dateline's date when nothing else does: the agency, a dash or a full stop. */
    private static final Pattern DATELINE_END = Pattern.compile("^\\s*(?:\\([^)]{1,40}\\)\\s*)?[-–—:.]?\\s*$");

    /**
     * Whether the sentence is nothing but a dateline around the date at {@code start}..{@code end} ("Madrid, 15 de
     * agosto de 2026", "Sierra Alta, 14 de agosto de 2026 (Agencia Norte) -"): a day of writing with no event.
     */
    static boolean isDatelineAlone(String sentence, int start, int end) {
        return DATELINE_BEFORE.matcher(sentence.substring(0, start)).matches()
                && DATELINE_END.matcher(sentence.substring(end)).matches();
    }

    /**
     * True when the words tell of a telling: a date there is the day something was said, which outlets report on
     * the days they heard it, not the day of an event.
     */
    public static boolean tells(String words) {
        return TELLS.matcher(words).find();
    }

    /** Whether the date starting at {@code start} is the day of a telling: "..., police said on Wednesday". */
    static boolean isToldOn(String sentence, int start) {
        return TOLD_ON.matcher(sentence.substring(Math.max(0, start - 30), start)).find();
    }

    /** The clause of {@code sentence} around the characters {@code start}..{@code end}, cleaned up for display. */
    static String around(String sentence, int start, int end) {
        // a date inside a relative clause stays with the main clause holding it: the clause told of its antecedent
        // alone ("The engineer designed the road on Tuesday") would say what no outlet said
        int from = 0;
        int to = sentence.length();
        Matcher m = BOUNDARY.matcher(sentence);
        QuotationDepth quotation = new QuotationDepth(sentence);
        while (m.find()) {
            if (quotation.insideAt(m.start())) {
                continue;
            }
            if (m.end() <= start) {
                from = m.end();
            } else if (m.start() >= end) {
                to = m.start();
                break;
            }
        }
        String clause = sentence.substring(from, to).strip();
        if (words(clause) < MIN_WORDS || REPORTING.matcher(clause).matches()) {
            return from == 0 && to == sentence.length() ? tidy(sentence) : tidy(rest(sentence, from, to));
        }
        String subject = from == 0 ? null : subjectOfParticiple(sentence, clause);
        return subject == null ? tidy(clause) : subject + " … " + LEADING.matcher(clause).replaceFirst("");
    }

    /**
     * "A coalition led by the US, France and Britain launched the first salvos on March 19, before handing over
     * command to NATO on March 31": a clause opening with a participle has no subject of its own; it shares the
     * sentence's, the words before the first finite verb. Null when the clause has its own subject or no verb is
     * found within the first words.
     */
    private static String subjectOfParticiple(String sentence, String clause) {
        Matcher participle = PARTICIPLE_OPENING.matcher(clause);
        if (!participle.find()) {
            return null;
        }
        Matcher verb = FINITE_VERB.matcher(sentence);
        if (!verb.find() || verb.start() == 0 || words(sentence.substring(0, verb.start())) > MAX_SUBJECT_WORDS) {
            return null;
        }
        return sentence.substring(0, verb.start()).strip();
    }

    /**
     * Whether the date starting at {@code start} is the end of a span or a deadline ("asked it to stay through
     * December", "ahead of the October 31 deadline", "by the end of the year") rather than when something happens.
     */
    static boolean isEndpoint(String sentence, int start) {
        return ENDPOINT.matcher(sentence.substring(Math.max(0, start - 40), start)).find();
    }

    /**
     * Whether the date starting at {@code start} dates no event of the sentence: the baseline of a comparison ("the
     * highest since records began in 1931") or what should have happened and did not ("should have been replaced in
     * 2024").
     */
    static boolean datesNoEvent(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 100), start);
        return BASELINE.matcher(before).find() || UNREALISED.matcher(before).find();
    }

    /**
     * Whether the date {@code [start, end)} dates an attribute of a name in an aside ("Bernard Quilliec, maire depuis
     * 2008, a évoqué ...", "the company, founded in 1990, said"): the office held or the firm's founding, not the
     * event the sentence tells, which happened when the article says it did.
     */
    static boolean datesAnAttribute(String sentence, int start, int end) {
        return ATTRIBUTE_ASIDE_BEFORE.matcher(sentence.substring(Math.max(0, start - 80), start)).find()
                && ATTRIBUTE_ASIDE_AFTER.matcher(sentence.substring(end, Math.min(sentence.length(), end + 60)))
                .lookingAt();
    }

    /**
     * Whether another date of the same clause tells its event better: the start or end of a lasting state ("since
     * Monday", "until Thursday"), an event named by its day ("Monday's crash"), or a date in a relative clause inside
     * the subject ("the bus that crashed on Monday was towed away on Tuesday", "Residents evacuated yesterday may
     * return on Saturday", "The strike, which began on Monday, ended on Wednesday").
     */
    static boolean givesWay(String sentence, int start, int end) {
        return isStateStart(sentence, start) || isStateEnd(sentence, start) || sentence.startsWith("'s", end) || sentence.startsWith("’s", end)
                || RelativeClauses.inSubjectClause(sentence, start, end)
                || RelativeClauses.inSetOffSubjectClause(sentence, start, end)
                || RelativeClauses.inReducedSubjectClause(sentence, start, end);
    }

    /**
     * Whether the date {@code [start, end)} only names an earlier event by its day, after a preposition that refers
     * back to it ("has charged Brightwater over Monday's leak"): the day is the leak's, not the charge's, so it dates
     * no event of the clause even when it is the clause's only date.
     */
    static boolean namesEarlierEvent(String sentence, int start, int end) {
        boolean possessive = sentence.startsWith("'s", end) || sentence.startsWith("’s", end);
        return possessive && BACK_TO_NAMED_EVENT.matcher(sentence.substring(Math.max(0, start - 20), start)).find()
                || namedByItsDate(sentence.substring(Math.max(0, start - 80), start));
    }

    /**
     * French, Spanish, Italian and Portuguese name an event by its date with "du", "del", "do" after its noun, where
     * English writes the day before it ("les attentats du 7 juillet", "los atentados del 11 de marzo"): after "of",
     * "on", "after" ("les profils des suspects des attentats du 7 juillet ont été rendus publics"), the date is the named
     * event's, and the clause tells a later one.
     */
    private static final Pattern NAMED_BY_ITS_DATE = Pattern.compile("(?iu)(?<![\\p{L}])(?:des|de|d['’]|sur|après"
            + "|contre|tras|sobre|contra|dopo|sulle|sugli|sulla|dos|das|delle|degli|dei|após)\\s+(?:(?:les|la|le|l['’]"
            + "|el|los|las|il|lo|gli|i|os|as|o|a)\\s*)?\\p{L}{4,}(?:\\s+[\\p{L}'’]+){0,3}?\\s+(?:du|del|dello|della"
            + "|dell['’]|do)\\s+$");
    /**
     * The words before "du" that make the date a time or a span rather than an event's name: "le matin du 7 juillet",
     * "la nuit du", "à partir du", "lors du", "la fin du", "la semaine du".
     */
    private static final Pattern TIME_BEFORE_DU = Pattern.compile("(?iu)(?:matin|matinée|soir|soirée|nuit|journée|jour"
            + "|semaine|week-end|mois|année|date|veille|lendemain|après-midi|partir|compter|lors|cours|fin|début|milieu"
            + "|mañana|tarde|noche|día|semana|mes|año|fecha|víspera|principios|finales|mediados|mattina|mattinata|sera"
            + "|serata|notte|giorno|giornata|settimana|mese|anno|data|vigilia|partire|manhã|noite|dia|mês|ano|véspera"
            + "|início|meados)");

    private static boolean namedByItsDate(String before) {
        Matcher m = NAMED_BY_ITS_DATE.matcher(before);
        if (!m.find()) {
            return false;
        }
        String[] words = before.strip().split("\\s+");
        return words.length >= 2 && !TIME_BEFORE_DU.matcher(words[words.length - 2]).matches();
    }

    /**
     * Whether the date starting at {@code start} ends a state ("cancelled all sailings until Thursday", "closed till
     * May"): the day the state ends, not when the act that set it happened.
     */
    static boolean isStateEnd(String sentence, int start) {
        return STATE_END.matcher(sentence.substring(Math.max(0, start - 20), start)).find();
    }

    /**
     * Whether the date starting at {@code start} is a deadline set with "before" ("We want a deal before Christmas"):
     * the day by which something should happen, not the day it happens.
     */
    static boolean isDeadline(String sentence, int start) {
        return DEADLINE.matcher(sentence.substring(Math.max(0, start - 30), start)).find();
    }

    /** Whether the date starting at {@code start} is when a lasting state began ("since Monday", "desde ontem"). */
    static boolean isStateStart(String sentence, int start) {
        return STATE_START.matcher(sentence.substring(Math.max(0, start - 20), start)).find();
    }

    /**
     * Whether a position lies inside a quotation (a quoted speaker's clauses are not the reporter's events), read
     * once from left to right as the boundaries are: a long sentence with many boundaries costs its length, not its
     * length times the boundaries.
     */
    private static final class QuotationDepth {
        private final String sentence;
        private int read;
        private int opened;
        private int straight;

        QuotationDepth(String sentence) {
            this.sentence = sentence;
        }

        /** Positions must come in increasing order. */
        boolean insideAt(int at) {
            for (; read < at; read++) {
                char c = sentence.charAt(read);
                boolean pairOpens = c == '`' && read + 1 < at && sentence.charAt(read + 1) == '`';
                boolean pairCloses = c == '\'' && read + 1 < at && sentence.charAt(read + 1) == '\'';
                if (pairOpens || pairCloses) {
                    opened += pairOpens ? 1 : -1;
                    read++;
                } else if (c == '“' || c == '”') {
                    opened += c == '“' ? 1 : -1;
                } else if (c == '"') {
                    straight++;
                }
            }
            return opened > 0 || straight % 2 == 1;
        }
    }

    /** The sentence without the clause from..to (a reporting clause), or the sentence when little would be left. */
    private static String rest(String sentence, int from, int to) {
        String rest = (sentence.substring(0, from) + " " + sentence.substring(to)).strip();
        return words(rest) < MIN_WORDS ? sentence : rest;
    }

    private static String tidy(String clause) {
        String c = LEADING.matcher(clause.strip()).replaceFirst("");
        c = c.replaceAll("[,;:\\s]+$", "");
        if (!c.isEmpty() && Character.isLowerCase(c.charAt(0))) {
            c = Character.toUpperCase(c.charAt(0)) + c.substring(1);
        }
        return c;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
