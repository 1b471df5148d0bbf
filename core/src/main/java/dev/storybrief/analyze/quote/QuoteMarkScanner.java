package dev.storybrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quote marks across an article's sentences.
 *
 * <p>Curly (“ ”), typewriter-doubled (`` '') and guillemet (« ») marks say which side they are on. A straight
 * {@code "} is an opener after a space or bracket and before a non-space, a closer in the mirror case, and otherwise
 * flips the current state. An opener met while a quote from an earlier sentence is still open ends that quote at
 * the end of the previous sentence, as news style leaves a quote open at a paragraph break and reopens it; a quote
 * never closed ends at the end of the sentence it opened in. Single quotes are not treated as quotation marks,
 * since they are indistinguishable from apostrophes, except the low-high pair ‚ ‘ of the languages that write
 * „this“: there “ closes, as it opens in English. Corner brackets 「 」 『 』 (Chinese, Japanese) say their side;
 * the Hebrew gershayim ״ is a quote mark only when it does not stand between two letters (inside an acronym).
 */
final class QuoteMarkScanner {

    private enum Side { OPEN, CLOSE, EITHER }

    private record Mark(int sentence, int start, int end, Side side) {
    }

    private QuoteMarkScanner() {
    }

    /** Languages that open low and close high: „so“ and ‚so‘. */
    private static final java.util.Set<String> LOW_HIGH = java.util.Set.of("de", "cs", "sk", "sl", "lt", "lv", "et",
            "bg", "is", "ka", "hr", "sr", "da");
    /** Languages that write the same high mark on both sides: ”så” (Swedish, Finnish), and Swedish's »så». */
    private static final java.util.Set<String> SAME_BOTH_SIDES = java.util.Set.of("sv", "fi");
    /** Languages whose guillemets point inwards: »så« (Danish, and Swedish beside ”så”). */
    private static final java.util.Set<String> INWARD_GUILLEMETS = java.util.Set.of("da", "sv");
    /** Sentences after a dash-opened one in which its attribution may come. */
    private static final int DASH_QUOTE_SENTENCES = 2;

    static List<QuoteMarks> scan(List<String> sentences) {
        return scan(sentences, "en");
    }

    /** The quotes of an article in {@code language} (ISO 639-1), whose marks follow that language's conventions. */
    static List<QuoteMarks> scan(List<String> sentences, String language) {
        List<QuoteMarks> dashed = DashQuotation.usedIn(language) ? dashQuotes(sentences) : List.of();
        List<QuoteMarks> spans = new ArrayList<>();
        Mark open = null;
        for (Mark mark : marks(sentences, LOW_HIGH.contains(language), SAME_BOTH_SIDES.contains(language),
                INWARD_GUILLEMETS.contains(language))) {
            if (dashed.stream().anyMatch(d -> d.covers(mark.sentence, mark.start))) {
                continue; // a quote inside a dash quote is part of what the speaker says
            }
            boolean opens = mark.side == Side.OPEN || mark.side == Side.EITHER && open == null;
            if (opens) {
                if (open != null && open.sentence == mark.sentence) {
                    spans.add(new QuoteMarks(open.sentence, open.start, open.end, open.sentence, mark.start,
                            mark.start));
                } else if (open != null) {
                    spans.add(closeAtSentenceEnd(sentences, open, mark.sentence - 1));
                }
                open = mark;
            } else if (open != null) {
                spans.add(new QuoteMarks(open.sentence, open.start, open.end, mark.sentence, mark.start, mark.end));
                open = null;
            }
        }
        if (open != null) {
            spans.add(closeAtSentenceEnd(sentences, open, open.sentence));
        }
        if (!dashed.isEmpty()) {
            spans.addAll(dashed);
            spans.sort(java.util.Comparator.comparingInt(QuoteMarks::startSentence).thenComparingInt(QuoteMarks::openAt));
        }
        return spans;
    }

    /**
     * The quotes of sentences opened by a dash: each runs to the comma or dash before the first verb of saying after
     * it ("– Det är hemskt, säger hon."), in its sentence or one of the next {@link #DASH_QUOTE_SENTENCES} that no dash
     * opens; with no such verb, to the end of its sentence.
     */
    private static List<QuoteMarks> dashQuotes(List<String> sentences) {
        List<QuoteMarks> spans = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int quoted = DashQuotation.quotedFrom(sentences.get(s));
            if (quoted < 0) {
                continue;
            }
            int openAt = sentences.get(s).length() - sentences.get(s).stripLeading().length();
            QuoteMarks span = null;
            for (int t = s; t < sentences.size() && t <= s + DASH_QUOTE_SENTENCES && span == null; t++) {
                if (t > s && DashQuotation.quotedFrom(sentences.get(t)) >= 0) {
                    break;
                }
                int close = DashQuotation.attributionAt(sentences.get(t), t == s ? quoted : 0, sentences.get(t).length());
                if (close >= 0) {
                    span = new QuoteMarks(s, openAt, quoted, t, close, close);
                }
            }
            if (span == null) {
                int end = sentences.get(s).length();
                span = new QuoteMarks(s, openAt, quoted, s, end, end);
            }
            spans.add(span);
            s = span.endSentence();
        }
        return spans;
    }

    private static QuoteMarks closeAtSentenceEnd(List<String> sentences, Mark open, int lastSentence) {
        int end = sentences.get(lastSentence).length();
        if (lastSentence == open.sentence && end <= open.end) {
            end = open.end;
        }
        return new QuoteMarks(open.sentence, open.start, open.end, lastSentence, end, end);
    }

    private static List<Mark> marks(List<String> sentences, boolean lowHigh, boolean sameBothSides, boolean inward) {
        List<Mark> marks = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            String text = sentences.get(s);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int valueEnd = attributeValueEnd(text, i);
                if (valueEnd > i) {
                    // <tweet id="6721…" author="@name">: a page's markup left in the text quotes its values
                    i = valueEnd;
                    continue;
                }
                if (text.startsWith("``", i) || text.startsWith("''", i)) {
                    marks.add(new Mark(s, i, i + 2, c == '`' ? Side.OPEN : Side.CLOSE));
                    i++;
                } else if (c == '“') {
                    marks.add(new Mark(s, i, i + 1, lowHigh ? Side.CLOSE : Side.OPEN));
                } else if (c == '”' && sameBothSides || c == '»' && sameBothSides && !text.contains("«")) {
                    // ”så”, »så»: one mark on both sides, its side told by the spaces around it
                    marks.add(new Mark(s, i, i + 1, straightSide(text, i)));
                } else if (inward && (c == '»' || c == '«')) {
                    marks.add(new Mark(s, i, i + 1, c == '»' ? Side.OPEN : Side.CLOSE));
                } else if (c == '«' || c == '„' || c == '「' || c == '『' || c == '‚' && lowHigh) {
                    marks.add(new Mark(s, i, i + 1, Side.OPEN));
                } else if (c == '”' || c == '»' || c == '」' || c == '』' || c == '‘' && lowHigh) {
                    marks.add(new Mark(s, i, i + 1, Side.CLOSE));
                } else if (c == '״' && !betweenLetters(text, i)) {
                    marks.add(new Mark(s, i, i + 1, straightSide(text, i)));
                } else if (c == '"') {
                    marks.add(new Mark(s, i, i + 1, straightSide(text, i)));
                }
            }
        }
        return marks;
    }

    /**
     * Where the value of a markup attribute that opens at {@code i} closes ({@code id="6721…"}, {@code author="@x"}):
     * a quote mark glued to "=" after an attribute's name. Text copied with a page's tags keeps them, and nobody says
     * what an attribute holds; -1 when {@code i} opens no such value or it does not close in the sentence.
     */
    static int attributeValueEnd(String text, int i) {
        if (!isStraightOrCurly(text.charAt(i)) || i < 2 || text.charAt(i - 1) != '='
                || !(Character.isLetterOrDigit(text.charAt(i - 2)) || text.charAt(i - 2) == '-')) {
            return -1;
        }
        for (int k = i + 1; k < text.length(); k++) {
            if (isStraightOrCurly(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isStraightOrCurly(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static boolean betweenLetters(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    private static Side straightSide(String text, int i) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || "([{–—-".indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ".,;:!?)]}".indexOf(text.charAt(i + 1)) >= 0;
        if (spaceBefore && !spaceAfter) {
            return Side.OPEN;
        }
        if (spaceAfter && !spaceBefore) {
            return Side.CLOSE;
        }
        return Side.EITHER;
    }
}
