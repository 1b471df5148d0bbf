package dev.storybrief.analyze.terms;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Hebrew chain, which Lucene does not ship: Unicode word tokens (UAX #29 keeps "צה״ל" whole), lower case for the
 * Latin words among them, the function words that stand alone as stop words, then {@link HebrewLightStemFilter} for
 * the prefixes and plural endings glued to words, and one-letter tokens dropped.
 */
final class HebrewTermAnalyzer extends Analyzer {
    /** Function words Hebrew writes as words of their own: of, the object mark, on, with, this, he, she ... */
    private static final CharArraySet STOP_WORDS = new CharArraySet(java.util.List.of("של", "את", "על", "עם", "זה",
            "זו", "זאת", "הוא", "היא", "הם", "הן", "כי", "לא", "גם", "אבל", "או", "אם", "כל", "יותר", "אחרי", "לפני",
            "בין", "אשר", "עד", "אל", "מן", "כך", "כבר", "רק", "עוד", "היה", "היתה", "הייתה", "היו", "יש", "אין", "אמר",
            "אמרה", "כמו", "אך", "שם", "אנחנו", "אני", "אתה", "הזה", "הזאת", "אלה", "אלו", "ביום", "כדי", "מאוד"), false);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new StopFilter(new LowerCaseFilter(source), STOP_WORDS);
        return new TokenStreamComponents(source, new SingleLetterFilter(new HebrewLightStemFilter(stream)));
    }
}
