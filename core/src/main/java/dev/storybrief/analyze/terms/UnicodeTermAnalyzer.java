package dev.storybrief.analyze.terms;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The chain for a language Lucene has no analyzer for (Ukrainian, Polish, Vietnamese ...): Unicode word tokens of any
 * script (Lucene's {@link StandardTokenizer}, UAX #29), lower-cased, one-letter tokens dropped; no stop words and no
 * stemmer, so inflected forms of one word do not meet and function words count as terms (inverse document frequency
 * weighs them down).
 */
final class UnicodeTermAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        return new TokenStreamComponents(source, new SingleLetterFilter(stream));
    }
}
