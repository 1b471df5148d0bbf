package dev.storybrief.brief.timeline;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date inside a relative clause that belongs to the main clause's subject: in "The driver of a bus that went
 * off the road on Monday was arrested on Thursday" Monday names the bus's crash, and the sentence's event is
 * Thursday's. Such a clause is only read, never shown on its own: "Prosecutors questioned the engineer who designed
 * the road on Tuesday" does not say which verb Tuesday belongs to, and "The engineer designed the road on Tuesday"
 * would be a statement no outlet made. Without a parser the antecedent is read backwards as a plain noun phrase.
 */
final class RelativeClauses {
    /** Words that end a noun phrase when read backwards from a relative clause: prepositions, verbs, conjunctions. */
    private static final Pattern NOT_IN_PHRASE = Pattern.compile("(?i:from|to|with|by|for|on|at|in|into|"
            + "about|against|than|that|and|or|but|as|out|up|off|over|under|after|before|during|since|through|among|"
            + "between|near|across|behind|around|within|without|upon|towards?|like|who|whom|whose|which|when|where|"
            + "while|if|because|not|also|then|so|said|says|told|met|is|was|are|were|has|had|have|be|been)"
            + "|\\p{Ll}+ed");
    /** A gerund ends the phrase unless a determiner makes it a noun's modifier ("the rowing club"). */
    private static final Pattern GERUND = Pattern.compile("\\p{Ll}+ing");
    /** A coordination ("the presidents of the Philippines and Indonesia") leaves the antecedent's start unknown. */
    private static final Pattern COORDINATION = Pattern.compile("(?i)and|or|nor");
    private static final Pattern DETERMINER = Pattern.compile("(?i)(?:the|a|an|this|that|its|their|his|her|our)");
    private static final int MAX_ANTECEDENT_WORDS = 7;
    /** "the bus that plunged", "the man who was arrested": a relative word right after a noun, then a verb. */
    private static final Pattern RESTRICTIVE = Pattern.compile("(?<=\\p{L})\\s+(that|which|who)\\s+(?=(?:"
            + "\\p{Ll}{2,}ed|was|were|is|are|has|had|have|will|would|could|can|may|might|left|fell|sank|hit|struck"
            + "|began|broke|came|went|took|ran|drove|flew|caught|led|held|won|lost|made|saw|sent|shot|stood|burnt"
            + "|blew|tore|swept|spread|set|cut|brought|kills|hits|leaves|threatens|carries|owns|runs)\\s)");
    private static final Pattern FINITE_AUXILIARY = Pattern.compile("is|are|was|were|has|have|had|will|would");
    private static final Pattern AUXILIARY = Pattern.compile("is|are|was|were|has|have|had|will|would|be|been|being");

    private RelativeClauses() {
    }

    /**
     * Whether the date lies in a relative clause inside the main clause's subject: "The driver of a bus that went off
     * the road on Monday was arrested on Thursday". The clause names the thing the sentence is about; the sentence's
     * event is the main clause's, so its own date wins over this one.
     */
    static boolean inSubjectClause(String sentence, int start, int end) {
        return restrictive(sentence, start, end, true) != null;
    }

    /**
     * A relative clause set off by commas right after the subject, in any language the timeline reads: the pronoun
     * opens it ("which", "who", "que", "qui", "che", "der", "die", "das", "care", "který", "который", "joka", "amely",
     * "που", "som"). It describes the subject by an earlier event ("The strike, which began on Monday, ended on
     * Wednesday", "La huelga, que empezó el lunes, terminó el miércoles"); the sentence's event is the main clause's.
     */
    private static final Pattern SET_OFF_RELATIVE = Pattern.compile("(?iu),\\s+(?:which|who|que|qui|quien|quienes"
            + "|dont|lequel|laquelle|che|cui|der|die|das|welche[rs]?|dat|care|który|która|które|którzy|který|která"
            + "|které|kteří|ktorý|ktorá|ktoré|koji|koja|koje|который|которая|которое|которые|який|яка|яке|які|joka"
            + "|jotka|aki|amely|ami|που|som|yang)\\s");
    /** Words of a subject before a relative clause set off by commas. */
    private static final int MAX_SET_OFF_SUBJECT_WORDS = 10;

    /**
     * Whether the date lies in a relative clause set off by commas after the sentence's subject, and the main clause
     * goes on after the closing comma: "The strike, which began on Monday, ended on Wednesday". The clause's day is
     * that of an earlier event the subject is known by; the main clause's own date tells the sentence's event.
     */
    static boolean inSetOffSubjectClause(String sentence, int start, int end) {
        Matcher m = SET_OFF_RELATIVE.matcher(sentence);
        if (!m.find() || m.end() > start || sentence.substring(m.end(), start).contains(",")) {
            return false;
        }
        String subject = sentence.substring(0, m.start());
        int close = sentence.indexOf(',', end);
        return !subject.contains(",") && EventClauses.words(subject) <= MAX_SET_OFF_SUBJECT_WORDS && close > 0
                && EventClauses.words(sentence.substring(close + 1)) >= 2;
    }

    /**
     * The subject with its set-off relative clause ({@link #inSetOffSubjectClause}) holding the date, as the sentence
     * writes them, up to the closing comma: "The strike, which began on Monday". It tells the aside's own event, an
     * earlier one than the main clause's, in the outlet's words; null when the date lies in no such clause.
     */
    static String setOffAside(String sentence, int start, int end) {
        if (!inSetOffSubjectClause(sentence, start, end)) {
            return null;
        }
        return sentence.substring(0, sentence.indexOf(',', end)).strip();
    }

    /** A past participle that may open a reduced relative clause ("evacuated", "taken", "held"). */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}{3,}(?:ed|en)|held|kept|left|found|caught|hit"
            + "|struck|shot|brought|sent|built|lost|told|made");
    /** What follows a participle that opens a reduced relative clause: its agent, origin or place, or the date. */
    private static final Pattern AFTER_PARTICIPLE = Pattern.compile("(?i)from|by|in|on|at|after|during|near|over"
            + "|across|to|into|out|last|this|yesterday|earlier");
    /** The main clause's finite verb right after the date: an auxiliary or a modal. */
    private static final Pattern MAIN_VERB = Pattern.compile("(?i)is|are|was|were|has|have|had|will|would|may|might"
            + "|can|could|should|must|remain|remained|remains");
    /** Words of a subject before its reduced relative clause. */
    private static final int MAX_REDUCED_SUBJECT_WORDS = 4;

    /**
     * Whether the date lies in a reduced relative clause, a participle right after the sentence's subject, whose
     * main verb follows the date: "Residents evacuated from Tarnby yesterday may be able to return home on Saturday".
     * The participle describes who the sentence is about; the event is the main clause's, told after the date.
     */
    static boolean inReducedSubjectClause(String sentence, int start, int end) {
        String[] before = sentence.substring(0, start).strip().split("\\s+");
        int participle = -1;
        for (int i = 1; i < Math.min(before.length, MAX_REDUCED_SUBJECT_WORDS + 1); i++) {
            String word = before[i];
            if (word.endsWith(",") || FINITE_AUXILIARY.matcher(word).matches() || word.matches("said|says|told")) {
                return false;
            }
            if (PARTICIPLE.matcher(word).matches()) {
                participle = i;
                break;
            }
        }
        if (participle < 0 || before[0].isEmpty() || !Character.isUpperCase(before[0].charAt(0))) {
            return false;
        }
        boolean dateNext = participle == before.length - 1;
        if (!dateNext && !AFTER_PARTICIPLE.matcher(before[participle + 1]).matches()) {
            return false;
        }
        for (int i = participle + 1; i < before.length; i++) {
            if (before[i].endsWith(",") || AUXILIARY.matcher(before[i].toLowerCase(java.util.Locale.ROOT)).matches()) {
                return false;
            }
        }
        String[] after = sentence.substring(end).strip().split("[\\s]+");
        return after.length > 0 && MAIN_VERB.matcher(after[0]).matches();
    }

    /**
     * The relative clause holding the date told of its antecedent ("the bus went off the road on Monday"), when the
     * clause opens with its verb right after a determined noun and, with {@code embedded}, the main clause goes on
     * after the date; null otherwise.
     */
    private static String restrictive(String sentence, int start, int end, boolean embedded) {
        Matcher m = RESTRICTIVE.matcher(sentence);
        String found = null;
        while (m.find() && m.end() <= start) {
            int close = sentence.indexOf(", ", m.end());
            int to = close < 0 ? sentence.length() : close;
            String[] body = sentence.substring(m.end(), start).strip().split("\\s+");
            // "the wildfire that had burned since Monday was declared under control": the clause is the subject's, and
            // the main clause goes on after the date, so the sentence is left whole
            String[] rest = ("x " + sentence.substring(end, Math.max(end, to))).strip().split("\\s+");
            String antecedent = antecedent(sentence.substring(0, m.start()), m.group(1).equalsIgnoreCase("who"));
            boolean plain = end <= to && antecedent != null && DETERMINER.matcher(antecedent.split("\\s+")[0]).matches()
                    && !resumesMainClause(body) && resumesMainClause(rest) == embedded
                    && EventClauses.words(sentence.substring(m.end(), to)) >= 3;
            found = plain ? antecedent + " " + sentence.substring(m.end(), to).strip() : null;
        }
        return found;
    }

    /** A second finite verb in the clause: an auxiliary or telling verb, or a past form not after an auxiliary. */
    private static boolean resumesMainClause(String[] body) {
        for (int i = 1; i < body.length; i++) {
            String word = body[i].toLowerCase(java.util.Locale.ROOT);
            boolean afterAuxiliary = AUXILIARY.matcher(body[i - 1].toLowerCase(java.util.Locale.ROOT)).matches();
            if (FINITE_AUXILIARY.matcher(word).matches() || word.matches("said|says|told|tells")
                    || i >= 2 && !afterAuxiliary && word.matches("\\p{Ll}{2,}ed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun phrase that ends {@code before}, read backwards up to its determiner or the word before it; null when
     * none stands there. Only a person's phrase is read through "of" ("the leader of the rebels, who"): a thing's
     * clause describes the nearest noun ("a leader of the party, which was formed").
     */
    private static String antecedent(String before, boolean person) {
        String[] tokens = before.strip().split("\\s+");
        int first = tokens.length;
        boolean ended = false;
        for (int i = tokens.length - 1; i >= 0 && tokens.length - i <= MAX_ANTECEDENT_WORDS; i--) {
            String word = tokens[i].replaceAll("[\"“”(]", "");
            // "the leader of the rebels, who" reads on through "of"; in "the killing of Galina Starovoitova, who" the
            // name after "of" is the one the clause describes
            boolean nameAfterOf = word.equalsIgnoreCase("of") && first < tokens.length
                    && Character.isUpperCase(tokens[first].charAt(0));
            if (person && nameAfterOf) {
                ended = true;
                break;
            }
            if (COORDINATION.matcher(word).matches()) {
                return null;
            }
            boolean modifier = GERUND.matcher(word).matches() && i > 0 && DETERMINER.matcher(tokens[i - 1]).matches();
            if (word.isEmpty() || NOT_IN_PHRASE.matcher(word).matches()
                    || (GERUND.matcher(word).matches() && !modifier) || word.endsWith(",") || word.endsWith(";")) {
                ended = true;
                break;
            }
            first = i;
            if (DETERMINER.matcher(word).matches() && (i == 0 || !person || !tokens[i - 1].equalsIgnoreCase("of"))) {
                ended = true;
                break;
            }
        }
        // "Zejnije Delijaj, 39, who": an age or other number is no antecedent
        boolean named = Arrays.stream(tokens, first, tokens.length).anyMatch(t -> t.chars().anyMatch(Character::isLetter));
        if (!(ended || first == 0) || first == tokens.length || !named
                || DETERMINER.matcher(tokens[tokens.length - 1]).matches()) {
            return null;
        }
        return String.join(" ", Arrays.copyOfRange(tokens, first, tokens.length));
    }
}
