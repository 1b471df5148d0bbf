package dev.storybrief.brief;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.SentenceMarks;
import java.util.regex.Pattern;

/**
 * Decides which sentences can stand alone in a summary: no headings, questions, fragments of a quote that spans
 * sentences, sentences that start mid-thought, list items, interview turns, signposts to what follows, or ones too
 * short or too long to carry one fact.
 */
public final class CandidateFilter {
    private static final Pattern STARTS_MID_THOUGHT = Pattern.compile("^(?:[\\p{Ll}”’…]|\\.\\.\\.|and |or |but so )");
    /** A sentence that is nothing but a quotation: the speaker is named elsewhere. */
    private static final Pattern WHOLLY_QUOTED = Pattern.compile("^(?:[\"“][^\"“”]*[\"”]|``(?:(?!``|'').)*''|「[^「」]*」)$");
    /** A line without a full stop is a headline, caption or list item, not a statement ("X on the Right to Bear Arms"). */
    private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile("[.!。！][" + SentenceMarks.CLOSERS + "]*$");
    private static final Pattern QUESTION = Pattern.compile("[?？؟][" + SentenceMarks.CLOSERS + "]*$");
    /**
     * A list item ("- Eastgate schools opened late."): it reads as one point of the list a signpost opened, and
     * rendered as a list again it is a bullet in a bullet.
     */
    private static final Pattern LIST_ITEM = Pattern.compile("^[-–—•*·▪►]\\s");
    /** An interview's turn, "Q: How did it start?" or "A: We believe ...": the speaker is named elsewhere. */
    private static final Pattern INTERVIEW_TURN = Pattern.compile("^(?:Q|A|P|R|F|В|О|س|ج)\\s?[:.]\\s");
    /**
     * A signpost to what follows ("Here are the key figures from the fire service."), which says nothing itself: in
     * the languages whose news writes them this way.
     */
    private static final Pattern SIGNPOST = Pattern.compile("^(?:Here(?:'s| is| are)|These are the|Below(?: are|,)"
            + "|The following|Voici|Voilà|Hier (?:sind|ist|die|das|einige)|(?:Estas|Estos) son|Esto es lo que|Ecco"
            + "|(?:Estes|Estas) são|Veja)\\b");
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
                && !LIST_ITEM.matcher(text).find()
                && !INTERVIEW_TURN.matcher(text).find()
                && !SIGNPOST.matcher(text).find()
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
