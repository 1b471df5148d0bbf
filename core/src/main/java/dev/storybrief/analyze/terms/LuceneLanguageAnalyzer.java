package dev.storybrief.analyze.terms;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;

/**
 * One of Lucene's language analyzers (its tokenizer, stop words and stemmer, as Lucene ships them) with storybrief's
 * own last step: one-letter tokens dropped ({@link SingleLetterFilter}), as in the English chain, for the scripts
 * where a letter alone is not a word; none for Japanese, Korean and Thai, where one character may be a word; a
 * Chinese figure's numerals joined ({@link HanNumeralFilter}).
 */
final class LuceneLanguageAnalyzer extends AnalyzerWrapper {
    private final Analyzer delegate;
    private final UnaryOperator<TokenStream> lastStep;

    /** Lucene's analyzer with one-letter tokens dropped when {@code dropSingleLetters}, else as it is. */
    LuceneLanguageAnalyzer(Analyzer delegate, boolean dropSingleLetters) {
        this(delegate, dropSingleLetters ? SingleLetterFilter::new : null);
    }

    /** Lucene's analyzer with {@code lastStep} after its own filters (null: none). */
    LuceneLanguageAnalyzer(Analyzer delegate, UnaryOperator<TokenStream> lastStep) {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
        this.delegate = delegate;
        this.lastStep = lastStep;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return delegate;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        if (lastStep == null) {
            return components;
        }
        return new TokenStreamComponents(components.getSource(), lastStep.apply(components.getTokenStream()));
    }
}
