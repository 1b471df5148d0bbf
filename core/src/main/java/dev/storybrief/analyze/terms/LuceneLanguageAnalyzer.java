package dev.storybrief.analyze.terms;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * One of Lucene's language analyzers (its tokenizer, stop words and stemmer, as Lucene ships them) with storybrief's
 * own last step: one-letter tokens dropped ({@link SingleLetterFilter}), as in the English chain, for the scripts
 * where a letter alone is not a word. Chinese, Japanese, Korean and Thai keep every token.
 */
final class LuceneLanguageAnalyzer extends AnalyzerWrapper {
    private final Analyzer delegate;
    private final boolean dropSingleLetters;

    LuceneLanguageAnalyzer(Analyzer delegate, boolean dropSingleLetters) {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
        this.delegate = delegate;
        this.dropSingleLetters = dropSingleLetters;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return delegate;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        if (!dropSingleLetters) {
            return components;
        }
        return new TokenStreamComponents(components.getSource(), new SingleLetterFilter(components.getTokenStream()));
    }
}
