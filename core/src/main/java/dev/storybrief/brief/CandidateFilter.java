package dev.storybrief.brief;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.SentenceMarks;
import java.util.regex.Pattern;

/**
 * Decides which sentences can stand alone in a summary: no headings, questions, fragments of a quote that spans
 * sentences, sentences that start mid-thought, or ones too short or too long to carry one fact.
 */
public final class CandidateFilter {
    private static final Pattern STARTS_MID_THOUGHT = Pattern.compile("^(?:[\\p{Ll}”’…]|\\.\\.\\.|and |or |but so )");
    /** A sentence that is nothing but a quotation: the speaker is named elsewhere. */
    private static final Pattern WHOLLY_QUOTED = Pattern.compile("^(?:[\"“][^\"“”]*[\"”]|``(?:(?!``|'').)*''|「[^「」]*」)$");
    /** A line without a full stop is a headline, caption or list item, not a statement ("X on the Right to Bear Arms"). */
    private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile("[.!。！][" + SentenceMarks.CLOSERS + "]*$");
    private static final Pattern QUESTION = Pattern.compile("[?？؟][" + SentenceMarks.CLOSERS + "]*$");
    private final int minWords;
    private final int maxWords;

    /** The default filter: 6 to 60 words. */
    public CandidateFilter() {
        this(6, 60);
    }

    /** A filter with its own length bounds, in words. */
    public CandidateFilter(int minWords, int maxWords) {
        this.minWords = minWords;
        this.maxWords = maxWords;
    }

    /** True when the sentence may be used. */
    public boolean accepts(AnalyzedArticle article, Sentence sentence) {
        String text = sentence.text();
        int words = sentence.words();
        return words >= minWords && words <= maxWords
                && !article.headings().contains(sentence.paragraph())
                && !sentence.inQuote()
                && !WHOLLY_QUOTED.matcher(text).matches()
                && ENDS_LIKE_A_SENTENCE.matcher(text).find()
                && !QUESTION.matcher(text).find()
                && !STARTS_MID_THOUGHT.matcher(text).find()
                && quotesBalanced(text);
    }

    /**
     * Curly, corner (Japanese 「」『』) and {@code `` ''} quotes pair up and straight double quotes come in twos. A low
     * opening mark („, Czech, German, Polish, Dutch) is closed by a high one (“ or ”) or, typed on a keyboard, by a
     * straight one: those closers are not counted again.
     */
    static boolean quotesBalanced(String text) {
        int open = 0;
        int close = 0;
        int straight = 0;
        int low = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '„') {
                low++;
            } else if (low > 0 && (c == '“' || c == '”' || c == '"')) {
                low--;
            } else if (c == '“' || c == '「' || c == '『' || text.startsWith("``", i)) {
                open++;
                i += c == '`' ? 1 : 0;
            } else if (c == '”' || c == '」' || c == '』' || text.startsWith("''", i)) {
                close++;
                i += c == '\'' ? 1 : 0;
            } else if (c == '"') {
                straight++;
            }
        }
        return open == close && straight % 2 == 0 && low == 0;
    }
}
