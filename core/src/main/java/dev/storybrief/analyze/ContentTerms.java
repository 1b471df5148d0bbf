package dev.storybrief.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The content words of a text as comparison terms: lowercased letter/digit runs, English stop words dropped, Porter
 * stems (OpenNLP's stemmer), so "bombing runs" and "bombed" meet. Used for similarity, never for display.
 */
public final class ContentTerms {
    private static final Set<String> STOP = Set.of("a", "about", "above", "after", "again", "against", "all", "also",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
            "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
            "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
            "ourselves", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so", "some", "such",
            "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "s", "t",
            "told", "mr", "ms", "mrs", "one", "may", "might", "must", "shall", "yet", "however", "still");

    private ContentTerms() {
    }

    /** The stemmed content terms of {@code text}, in order, with repeats. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        PorterStemmer stemmer = new PorterStemmer();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerJoiner(text, i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT).replace("’", "'");
                int apostrophe = word.indexOf('\'');
                if (apostrophe > 0) {
                    word = word.substring(0, apostrophe);
                }
                if (!STOP.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)))) {
                    terms.add(stemmer.stem(word.replace(",", "")));
                }
            }
        }
        return terms;
    }

    /** True for an apostrophe or a digit-group comma inside a word ("don't", "26,000"). */
    private static boolean isInnerJoiner(String text, int i) {
        char c = text.charAt(i);
        boolean inside = i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
        if (!inside) {
            return false;
        }
        return c == '\'' || c == '’' || (c == ',' && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
    }
}
