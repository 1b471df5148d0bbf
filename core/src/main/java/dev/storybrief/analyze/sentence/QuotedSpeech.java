package dev.storybrief.analyze.sentence;

import dev.storybrief.analyze.quote.DashQuotation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Keeps a quotation of several sentences with the attribution that closes it as one sentence: in
 * {@code « Nous pensons à sa famille. Le feu reste actif », a déclaré la préfète.} or
 * {@code "It is heartbreaking. This library has stood for 140 years," said the council leader.} the full stop inside
 * the quotation ends no sentence of the text, which goes on with more quoted words and the speaker. Split there, the
 * first part is half a quote without its speaker and the second a fragment that opens inside the quotation.
 *
 * <p>A break is joined when it falls inside an open quotation that closes later in the paragraph and is followed by an
 * attribution: a comma before or after the closing mark ({@code years,"}, {@code jours »,}, {@code “, sagte er},
 * {@code ”, dijo}) or a word in lower case ({@code » a dit}, {@code " said}). A quotation that closes without one
 * ({@code Elle a dit : « A. B. »}) keeps its breaks: its speaker is named before it. The marks are those of English,
 * French, German, Spanish, Portuguese and Italian: {@code “ ”}, {@code „ “}, {@code « »} (also German {@code » «}),
 * {@code ‹ ›} and the straight {@code "}; single quotes are left alone, as they are also apostrophes.
 */
public final class QuotedSpeech {
    /** A quotation longer than this many sentences is no one remark: an unclosed mark must not swallow a paragraph. */
    private static final int MAX_SENTENCES = 5;
    /** Nor longer than this many characters. */
    private static final int MAX_CHARS = 1200;
    /** A dash quotation's attribution comes in its own sentence or one of the next two, as the quote scanner reads it. */
    private static final int DASH_SENTENCES = 3;
    /** After the closing mark: a comma, a dash, or a word in lower case (the speech verb or "the mayor said"). */
    private static final Pattern ATTRIBUTION_AFTER = Pattern.compile("^[\\s\\u00A0\\u202F]*(?:[,，]|[—–]\\s*\\p{L}|\\p{Ll})");

    private QuotedSpeech() {
    }

    /**
     * As {@link #join(String, List)}, for a paragraph in {@code language} (ISO 639-1): where news of that language
     * opens quoted speech with a dash ({@link DashQuotation}), the quotation runs on from the dash to the comma before
     * its verb of saying, and the sentences it spans are one ("– Branden är under kontroll men inte släckt. Vi kommer
     * att vara kvar, säger räddningsledaren Anna Lindqvist.").
     */
    public static List<Span> join(String text, List<Span> spans, String language) {
        List<Span> joined = join(text, spans);
        return DashQuotation.usedIn(language) ? joinDashQuotes(text, joined) : joined;
    }

    private static List<Span> joinDashQuotes(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            Span current = spans.get(i);
            int quoted = DashQuotation.quotedFrom(text.substring(current.getStart(), current.getEnd()));
            int last = i;
            if (quoted >= 0 && DashQuotation.attributionAt(text, current.getStart() + quoted, current.getEnd()) < 0) {
                // the attribution may come in one of the next sentences, none of which opens a quotation of its own
                for (int j = i + 1; j < spans.size() && j - i < DASH_SENTENCES; j++) {
                    Span next = spans.get(j);
                    if (DashQuotation.quotedFrom(text.substring(next.getStart(), next.getEnd())) >= 0
                            || next.getEnd() - current.getStart() > MAX_CHARS) {
                        break;
                    }
                    if (DashQuotation.attributionAt(text, next.getStart(), next.getEnd()) >= 0) {
                        last = j;
                        break;
                    }
                }
            }
            out.add(last == i ? current : new Span(current.getStart(), spans.get(last).getEnd()));
            i = last + 1;
        }
        return out;
    }

    /** The spans with every break inside an attributed quotation joined; the text is the paragraph they index. */
    public static List<Span> join(String text, List<Span> spans) {
        if (spans.size() < 2 || !hasQuoteMark(text)) {
            return spans;
        }
        int[] closeOf = closings(text);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            Span current = spans.get(i);
            int j = i;
            while (j + 1 < spans.size() && j - i + 1 < MAX_SENTENCES) {
                int close = closeOf[spans.get(j).getEnd()];
                if (close < 0 || close < spans.get(j + 1).getStart()
                        || close - current.getStart() > MAX_CHARS || !attributed(text, close)) {
                    break;
                }
                j++;
                if (close <= spans.get(j).getEnd()) {
                    break; // the quotation closes in this sentence: the join is done
                }
            }
            out.add(j == i ? current : new Span(current.getStart(), spans.get(j).getEnd()));
            i = j + 1;
        }
        return out;
    }

    private static boolean hasQuoteMark(String text) {
        for (int k = 0; k < text.length(); k++) {
            if ("\"“”„«»‹›".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * For every offset of the text, the offset just after the mark that closes the quotation open there, or -1 when
     * no quotation is open (or it never closes).
     */
    private static int[] closings(String text) {
        int n = text.length();
        int[] closeOf = new int[n + 1];
        java.util.Arrays.fill(closeOf, -1);
        int open = -1;
        String closers = "";
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (open >= 0) {
                if (closers.indexOf(c) >= 0) {
                    for (int m = open + 1; m <= k; m++) {
                        closeOf[m] = k + 1;
                    }
                    open = -1;
                }
                continue;
            }
            String expected = closersOf(c, text, k);
            if (expected != null) {
                open = k;
                closers = expected;
            }
        }
        return closeOf;
    }

    /** The marks that may close a quotation opened by {@code c} at {@code k}, or null when {@code c} opens none. */
    private static String closersOf(char c, String text, int k) {
        switch (c) {
            case '«':
                return "»";
            case '„':
                return "“”";
            case '“':
                return "”";
            case '‹':
                return "›";
            case '"':
                return "\"";
            case '»':
                // German »So«: it opens only when a word follows it at once; French closes with it after a space
                return k + 1 < text.length() && Character.isLetter(text.charAt(k + 1)) ? "«" : null;
            default:
                return null;
        }
    }

    /** Whether an attribution follows the quotation that closes just before {@code close}. */
    private static boolean attributed(String text, int close) {
        int mark = close - 1;
        int before = mark - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before >= 0 && (text.charAt(before) == ',')) {
            return true; // "years," said
        }
        return ATTRIBUTION_AFTER.matcher(text.substring(close, Math.min(text.length(), close + 40))).find();
    }
}
