package dev.storybrief.clean;

import java.util.regex.Pattern;

/**
 * Whether a line reports what someone said: a quotation, or a verb of saying ("said", "told", "according to",
 * "sagte", "a déclaré", "powiedział"). A page's furniture (a caption, a consent dialogue, a button) never does; a story's
 * paragraph often does, so a rule for furniture that would take such a line is wrong about it.
 */
final class ReportedSpeech {
    /** Marks that open a quotation. */
    private static final String OPENING = "\"“„«»”‘";
    /** Marks that end a quotation's words: the next of them after the opening one closes it, or ends the try. */
    private static final String ANY_MARK = "\"“”„«»";
    /** Of those, the ones that close it ("„" only opens). */
    private static final String CLOSING = "\"”“«»";
    private static final Pattern SAYING = Pattern.compile("(?iu)\\b(?:said|says|told|tells|added|stated|declared|explained"
            + "|according to|sagte|sagten|erklärte|betonte|a (?:déclaré|dit|expliqué)|selon|powiedzia[łl]a?|wed[łl]ug)\\b");

    private ReportedSpeech() {
    }

    /** Whether the line quotes someone or says that someone spoke. */
    static boolean isReported(String line) {
        return hasQuotation(line) || SAYING.matcher(line).find();
    }

    /**
     * A quotation of three words or more between quotation marks. Read mark to mark in one pass: a pattern with a lazy
     * body backtracked over the rest of a long line at every opening mark, for minutes on a page with a giant
     * attribute full of marks (ExtractionFuzzTest seed -1711847916091490214).
     */
    private static boolean hasQuotation(String line) {
        int end = -1;
        for (int open = 0; open < line.length(); open++) {
            if (OPENING.indexOf(line.charAt(open)) < 0) {
                continue;
            }
            // an opening mark that is no end mark ("‘") shares the end of the one before it: found once
            if (end <= open) {
                end = open + 1;
                while (end < line.length() && ANY_MARK.indexOf(line.charAt(end)) < 0) {
                    end++;
                }
            }
            if (end < line.length() && CLOSING.indexOf(line.charAt(end)) >= 0 && threeWords(line, open + 1, end)) {
                return true;
            }
        }
        return false;
    }

    /** Words opening with a letter, with a word between two spaces after it ("we will fight", "Hello big "). */
    private static boolean threeWords(String line, int from, int to) {
        int start = from;
        while (start < to && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (start == to || !Character.isLetter(line.codePointAt(start))) {
            return false;
        }
        int space = indexOfSpace(line, start + 1, to);
        while (space >= 0) {
            int word = space;
            while (word < to && Character.isWhitespace(line.charAt(word))) {
                word++;
            }
            int after = indexOfSpace(line, word, to);
            if (word < to && after > word) {
                return true;
            }
            space = after;
        }
        return false;
    }

    private static int indexOfSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
