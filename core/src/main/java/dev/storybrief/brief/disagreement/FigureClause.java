package dev.storybrief.brief.disagreement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a sentence that belong to one of its figures, as the disagreement search reads them: the figure's own
 * clause ("were evacuated" of "4,000 residents were evacuated"), a window of words either side, and the word right
 * before it (an amount's act: "accepted" of "accepted $180,000").
 */
final class FigureClause {
    /** About six words on each side of a figure. */
    static final int NEARBY_CHARS = 40;
    /**
     * The figure's own clause: a few words either side, not past a comma or other clause mark. "About 4,000 residents
     * were evacuated" and "Some 6,000 residents were evacuated" share one word beyond the counted noun, but it is the
     * verb acting on the counted thing in both, which says more than two words anywhere in two long sentences. (The
     * sentence cosine, dates and ratio still apply.)
     */
    static final int CLAUSE_CHARS = 25;
    private static final Pattern STATEMENT_END = Pattern.compile("[.!?…。][\"'”’»)]*\\s*$");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\\[\\]\"“”«»—–]");
    /** The word right before a figure, read as the act of an amount ("accepted" of "accepted $180,000"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");

    /**
     * A figure given per day, week, month or year ("80,000 passengers a day", "120,000 daily passengers", "pro Tag",
     * "par jour", "al día", "por dia", "al giorno"): the period is part of what it measures.
     */
    private static final Pattern[] RATES = {
        Pattern.compile("(?iu)(?<![\\p{L}])(?:a|per|each|every|pro|am|par|al|por|ao|al)\\s+(?:day|tag|jour|día|dia|giorno)"
                + "(?![\\p{L}])(?!\\s+(?:after|before|earlier|later|ago|of|and|or)(?![\\p{L}]))|(?<![\\p{L}])(?:daily|täglich\\p{L}*|quotidien\\p{L}*|diari[oa]s?|diári[oa]s?"
                + "|giornalier\\p{L}*)(?![\\p{L}])"),
        Pattern.compile("(?iu)(?<![\\p{L}])(?:a|per|each|every|pro|par|por|a)\\s+(?:week|woche|semaine|semana|settimana)"
                + "(?![\\p{L}])|(?<![\\p{L}])(?:weekly|wöchentlich\\p{L}*|hebdomadaire\\p{L}*|semanal\\p{L}*"
                + "|settimanal\\p{L}*)(?![\\p{L}])"),
        Pattern.compile("(?iu)(?<![\\p{L}])(?:a|per|each|every|pro|par|al|por|ao)\\s+(?:year|jahr|an|año|ano|anno)"
                + "(?![\\p{L}])|(?<![\\p{L}])(?:annual(?:ly)?|yearly|jährlich\\p{L}*|annuel\\p{L}*|anual\\p{L}*"
                + "|annual\\p{L}*)(?![\\p{L}])"),
    };

    private FigureClause() {
    }

    /** The period a figure is given per ({@link #RATES}: 0 a day, 1 a week, 2 a year), from its own words; else -1. */
    static int ratePeriod(StatedFigure s) {
        String text = s.sentence().text();
        int from = Math.max(0, Math.min(text.length(), s.startInSentence()));
        int to = Math.max(from, Math.min(text.length(), s.endInSentence() + CLAUSE_CHARS));
        String own = text.substring(from, to);
        for (int period = 0; period < RATES.length; period++) {
            if (RATES[period].matcher(own).find()) {
                return period;
            }
        }
        return -1;
    }

    /** True for a sentence that ends as a statement does: a wire desk's note, a caption or a headline does not. */
    static boolean endsAsStatement(String sentence) {
        return STATEMENT_END.matcher(sentence).find();
    }

    /** The words of a figure's clause right before and after it ("were evacuated" of "4,000 residents were evacuated"). */
    static String clause(StatedFigure s) {
        String text = s.sentence().text();
        int start = s.startInSentence();
        int end = s.endInSentence();
        // whole words only: half a word cut at the window's edge is no word of the clause
        String before = text.substring(Math.max(0, start - CLAUSE_CHARS), start);
        before = start > CLAUSE_CHARS ? before.substring(before.indexOf(' ') + 1) : before;
        String after = text.substring(end, Math.min(text.length(), end + CLAUSE_CHARS));
        after = end + CLAUSE_CHARS < text.length() ? after.substring(0, Math.max(0, after.lastIndexOf(' '))) : after;
        Matcher mark = CLAUSE_MARK.matcher(before);
        int from = 0;
        while (mark.find()) {
            from = mark.end();
        }
        // a conversion in parentheses right after the figure ("15 km (9 miles) of the valley") is the figure again,
        // not the end of its clause
        after = after.replaceFirst("^\\s*\\([^()]*\\)", "");
        Matcher next = CLAUSE_MARK.matcher(after);
        int to = next.find() ? next.start() : after.length();
        // the figure's own words ("UN employees") are what the key compares; "of" and its noun right after the
        // figure name the material measured ("15,000 tonnes of food"), not what happened to it
        return before.substring(from) + " " + after.substring(0, to).replaceFirst("^\\s*of\\s+\\S+", "");
    }

    /** The figure with about {@link #NEARBY_CHARS} characters of its sentence either side. */
    static String window(StatedFigure s) {
        String text = s.sentence().text();
        int from = Math.max(0, s.startInSentence() - NEARBY_CHARS);
        int to = Math.min(text.length(), s.endInSentence() + NEARBY_CHARS);
        return text.substring(from, to);
    }

    /** The word right before the figure within its clause's reach, or null ("took" of "took £240,000"). */
    static String wordBefore(StatedFigure s) {
        String text = s.sentence().text();
        int at = Math.max(0, Math.min(text.length(), s.startInSentence()));
        Matcher word = WORD_BEFORE.matcher(text.substring(Math.max(0, at - CLAUSE_CHARS), at));
        return word.find() ? word.group(1) : null;
    }
}
