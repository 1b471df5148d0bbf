package dev.storybrief.model;

/**
 * One comparison term of an article (the output of its language's term chain) and where its word stands.
 *
 * @param start offset of the word in the article text
 * @param end   offset after the word
 * @param term  the term: lower-cased, stemmed ("bomb" for "bombing")
 */
public record TermSpan(int start, int end, String term) {
}
