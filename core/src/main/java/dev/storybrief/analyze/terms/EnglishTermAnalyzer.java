package dev.storybrief.analyze.terms;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;

/**
 * The English chain: Unicode word tokens (Lucene's {@link StandardTokenizer}), cut at the apostrophe ("Gadhafi's",
 * "don't"), lower-cased, digit-group commas dropped ("26,000" meets "26000"), stop words of news prose removed
 * (function words, and reporting words such as "said" and "told" that every sentence of a story shares), single
 * letters dropped, Porter stems.
 */
final class EnglishTermAnalyzer extends Analyzer {
    /** Function words, and words every news sentence may carry without saying anything about the story. */
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(java.util.List.of(
            "a", "about", "above", "after", "again", "against", "all", "also",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
            "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
            "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
            "ourselves", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so", "some", "such",
            "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "s", "t",
            "told", "mr", "ms", "mrs", "one", "may", "might", "must", "shall", "yet", "however", "still"), false));
    private static final Pattern DIGIT_GROUP_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ApostropheFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new PatternReplaceFilter(stream, DIGIT_GROUP_COMMA, "", true);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new SingleLetterFilter(stream);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }
}
