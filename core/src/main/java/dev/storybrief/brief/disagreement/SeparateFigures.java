package dev.storybrief.brief.disagreement;

import dev.storybrief.model.QuantitySpan;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Tells two figures of one key apart when their own words show they measure different things, so the disagreement
 * search ({@link NumberDisagreements}) does not set them against each other:
 * <ul>
 *   <li>a share of the count so far against a share of the vote: "with 95% of the votes counted" is how far the
 *       count has gone, "50.1% of the vote" a candidate's share;</li>
 *   <li>a whole against a part: "11 of the 25 seats" gives the council's 25, which no party's "11 seats" contradicts;</li>
 *   <li>two groups against one: "120 firefighters and volunteers" counts more people than "80 firefighters" (not
 *       for tolls: "7 dead and injured" is read by the toll's own rules);</li>
 *   <li>a count in progress against a later or final one: in "With 92% of the votes counted, the Blue Party has
 *       41.2% of the vote" every figure is the count's state at 92%, which the final "40.8%" does not contradict;</li>
 *   <li>a headcount of the moment against another day's: "about 60 volunteers are searching" tells the day its
 *       article appeared, and a report of another or an unknown day ("more than 100 volunteers combed the slopes")
 *       tells a later step of the search, not a contradiction. Tolls of the dead and injured are left to the rules
 *       of counts that rise ({@link RisingFigure}), which know a toll's steps.</li>
 * </ul>
 */
final class SeparateFigures {
    /**
     * The words after a percentage that make it the share of a count done so far, in the languages with tables
     * ("counted", "escrutados", "ausgezählt", "ausgezählten", "dépouillés"): one list for both patterns below.
     */
    private static final String COUNTED_WORDS = "(?<![\\p{L}])(?:counted|reporting|tallied|escrutad[oa]s?"
            + "|contabilizad[oa]s?|apurad[oa]s?|contad[oa]s?|ausgezählt(?:en)?|dépouillé(?:e|s|es)?|scrutinat[ie]"
            + "|scrutinées?)(?![\\p{L}])";
    /** Words after a percentage that make it the share of a count done so far. */
    private static final Pattern COUNTED = Pattern.compile("(?iu)^[^,;()]{0,40}?" + COUNTED_WORDS);
    /**
     * A percentage told as how far a count has gone ("with 92% of the votes counted", "con el 92% de los votos
     * escrutados", "mit 80 Prozent der ausgezählten"): its number, and the counted words after it.
     */
    private static final Pattern COUNT_DONE = Pattern.compile("(?iu)(?<![\\p{L}\\d.,])(?<share>\\d{1,3}(?:[.,]\\d+)?)\\s?"
            + "(?:%|per\\s?cent\\b|percent\\b|prozent\\b|por\\s+ciento\\b|por\\s+cento\\b|pour\\s+cent\\b|per\\s+cento\\b)"
            + "(?=[^,;()]{0,40}?" + COUNTED_WORDS + ")");
    /** A count done in full: its figures are final. */
    private static final double WHOLE_COUNT = 100;
    /** "11 of the ", "11 de los ", "11 der ": the figure after it is the whole a part was taken from. */
    private static final Pattern PART_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}\\d])\\d+\\s+(?:of\\s+(?:the|its|their)|of|"
            + "de\\s+(?:los|las|les)|dos|das|der|von|des|dei|degli|delle|sur|su)\\s+$");
    /** "and volunteers", "e voluntários", "und Helfer": a second group joined to the counted one. */
    private static final Pattern JOINED_GROUP = Pattern.compile("(?u)^\\s*\\p{L}+\\s+(?:(?i:and|e|y|et)\\s+(?:\\p{Ll}+\\s+)?"
            + "\\p{L}{3,}s|und\\s+\\p{Lu}\\p{L}+)(?![\\p{L}])");
    /**
     * A clause in the present that tells an action going on as the article is written: "are searching", "are
     * taking part", "participam", "buscan" (German and French present forms are too like other words to read).
     */
    private static final Pattern NOW_ACTION = Pattern.compile("(?u)^\\s*(?:\\p{L}+\\s+){1,2}?(?<verb>(?i:are|is)\\s+"
            + "(?:still\\s+)?\\p{L}+ing|estão|están|stanno|sind|sont|\\p{Ll}+(?<!ar|er|ir)am|\\p{Ll}+(?<!ar|er|ir|ie)an"
            + "|\\p{Ll}+(?<!ar|er|ir)ono)(?![\\p{L}])");
    /**
     * An Italian or Spanish auxiliary with a past participle after it: a perfect, which tells what has happened, not
     * an action going on ("1.200 persone sono state evacuate", "sono rimasti feriti", "hanno lasciato", "han sido
     * evacuadas").
     */
    private static final Pattern PERFECT = Pattern.compile("(?iu)(?:sono|hanno|han)\\s+(?:(?:già|ya|stat[oaie]|sido)\\s+)?"
            + "\\p{L}+(?:at[oaie]|it[oaie]|ut[oaie]|ad[oa]s?|id[oa]s?|st[oaie]|ss[oaie]|rt[oaie])(?![\\p{L}])");
    /** English words of those endings that tell no present action: "60 volunteers went", "than", "been". */
    private static final Pattern NOT_NOW = Pattern.compile("(?i)went|sent|spent|meant|lent|bent|when|then|than|been|seen"
            + "|taken|given|broken|can|an|often|even|men|women|children|between|ten|seven|eleven|fifteen|again");
    private static final int AFTER_CHARS = 60;
    private static final int BEFORE_CHARS = 30;

    private SeparateFigures() {
    }

    /**
     * True when the two figures, each with its sentence and the offset of that sentence in its article, measure
     * different things by the words around them. {@code dayA}/{@code dayB} are the days their articles appeared, or
     * null when no page, text or user gives one.
     */
    static boolean apart(QuantitySpan a, String sentenceA, int startA, LocalDate dayA,
                         QuantitySpan b, String sentenceB, int startB, LocalDate dayB) {
        Side x = new Side(a, sentenceA, startA);
        Side y = new Side(b, sentenceB, startB);
        if (x.counted() != y.counted() || x.whole() != y.whole() || countDone(sentenceA) != countDone(sentenceB)) {
            return true;
        }
        if (a.key().startsWith("people ")) {
            return false;
        }
        return x.joined() != y.joined() || (x.now() || y.now()) && (dayA == null || !dayA.equals(dayB));
    }

    /**
     * How far the count a sentence tells of has gone, as a share: below {@link #WHOLE_COUNT} when the sentence gives
     * a count in progress ("with 92% of the votes counted"), the whole count when it gives none or a full one.
     */
    static double countDone(String sentence) {
        java.util.regex.Matcher done = COUNT_DONE.matcher(sentence);
        double least = WHOLE_COUNT;
        while (done.find()) {
            least = Math.min(least, Double.parseDouble(done.group("share").replace(',', '.')));
        }
        return least;
    }

    /**
     * One figure, the words right before it, and those after its number: the counted noun and what follows, as the
     * span of a Romance count may hold its verb ("80 bombeiros participam").
     */
    private record Side(QuantitySpan q, String before, String after) {
        Side(QuantitySpan q, String sentence, int sentenceStart) {
            this(q, sentence.substring(Math.max(0, q.start() - sentenceStart - BEFORE_CHARS), q.start() - sentenceStart),
                    after(sentence, afterNumber(q, sentenceStart)));
        }

        private static String after(String sentence, int from) {
            return sentence.substring(from, Math.min(sentence.length(), from + AFTER_CHARS));
        }

        private static int afterNumber(QuantitySpan q, int sentenceStart) {
            String text = q.text();
            int last = text.length();
            while (last > 0 && !Character.isDigit(text.charAt(last - 1))) {
                last--;
            }
            // a number in words ("Seven people") has no digit: its first word is the number
            int number = last > 0 ? last : Math.max(0, text.indexOf(' ') < 0 ? text.length() : text.indexOf(' '));
            return q.start() - sentenceStart + number;
        }

        boolean counted() {
            return q.key().startsWith("percent ") && COUNTED.matcher(after).find();
        }

        boolean whole() {
            return PART_BEFORE.matcher(before).find();
        }

        boolean joined() {
            return JOINED_GROUP.matcher(after).find();
        }

        boolean now() {
            java.util.regex.Matcher m = NOW_ACTION.matcher(after);
            return m.find() && !NOT_NOW.matcher(m.group("verb")).matches()
                    && !PERFECT.matcher(after).region(m.start("verb"), after.length()).lookingAt();
        }
    }
}
