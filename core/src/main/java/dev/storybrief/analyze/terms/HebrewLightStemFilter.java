package dev.storybrief.analyze.terms;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A light Hebrew stemmer. Hebrew writes its conjunction, article and most prepositions as letters glued to the word
 * (ו "and", ה "the", ב "in", ל "to", מ "from", ש "that", כ "as"), so "המשפחות", "למשפחות" and "והמשפחות" are one word
 * to a reader and three to a tokenizer. The filter writes final letter forms as their plain ones (ם as מ ...), cuts
 * the plural endings ים and ות, then cuts prefix letters from the front while three letters stay. A bare word whose
 * first root letter is a prefix letter is cut the same way, so the prefixed and bare forms still meet, which is all
 * story grouping asks of a stem.
 */
public final class HebrewLightStemFilter extends TokenFilter {
    private static final String PREFIX_LETTERS = "והבלמשכ";
    private static final String FINAL_FORMS = "ךםןףץ";
    private static final String PLAIN_FORMS = "כמנפצ";
    private static final int MIN_STEM = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    /** Stems the Hebrew tokens of {@code input}; other tokens pass as they are. */
    public HebrewLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        if (isHebrew(word)) {
            String stem = stem(word);
            term.setEmpty().append(stem);
        }
        return true;
    }

    /** The stem of one Hebrew word. */
    static String stem(String word) {
        StringBuilder plain = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            int finalForm = FINAL_FORMS.indexOf(c);
            plain.append(finalForm >= 0 ? PLAIN_FORMS.charAt(finalForm) : c);
        }
        String stem = plain.toString();
        if (stem.length() - 2 >= MIN_STEM && (stem.endsWith("ימ") || stem.endsWith("ות"))) {
            stem = stem.substring(0, stem.length() - 2);
        }
        int start = 0;
        while (stem.length() - start > MIN_STEM && PREFIX_LETTERS.indexOf(stem.charAt(start)) >= 0) {
            start++;
        }
        return stem.substring(start);
    }

    private static boolean isHebrew(String word) {
        return !word.isEmpty() && Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.HEBREW;
    }
}
