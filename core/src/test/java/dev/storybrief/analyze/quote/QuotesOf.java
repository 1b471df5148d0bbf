package dev.storybrief.analyze.quote;

import dev.storybrief.analyze.entity.EntityRecognizer;
import java.util.List;
import java.util.Set;

/**
 * The quotes the quote stage finds in made-up sentences, their entities recognised first in the text's language, as
 * the annotators do (German offices, for one, are read in German text only). One fixture for the quote tests, so each
 * test states its sentences and what it expects, not how the two stages are wired.
 */
final class QuotesOf {
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private QuotesOf() {
    }

    /** The quotes of {@code sentences}, one article's sentences in {@code language}. */
    static List<Quote> quotes(String language, String... sentences) {
        List<String> list = List.of(sentences);
        return EXTRACTOR.extract(list, RECOGNIZER.recognizeDocument(list, Set.of(), Set.of(), language), language);
    }

    /** The speaker of each quote of {@code sentences}, in text order. */
    static List<String> speakers(String language, String... sentences) {
        return quotes(language, sentences).stream().map(Quote::speaker).toList();
    }

    /** The words of each quote of {@code sentences}, in text order. */
    static List<String> texts(String language, String... sentences) {
        return quotes(language, sentences).stream().map(Quote::text).toList();
    }
}
