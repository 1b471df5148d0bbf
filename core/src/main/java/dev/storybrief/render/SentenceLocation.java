package dev.storybrief.render;

import dev.storybrief.model.Article;
import java.util.Optional;

/**
 * Where a summary sentence sits in its source article, so a reader (or the web page) can be taken to it.
 *
 * @param paragraph index into the article's paragraphs
 * @param start     offset of the first character in that paragraph
 * @param end       offset after the last character
 */
public record SentenceLocation(int paragraph, int start, int end) {

    /** Finds the sentence, verbatim, in the article's paragraphs. */
    public static Optional<SentenceLocation> find(Article article, String sentence) {
        for (int p = 0; p < article.paragraphs().size(); p++) {
            int at = article.paragraphs().get(p).indexOf(sentence);
            if (at >= 0) {
                return Optional.of(new SentenceLocation(p, at, at + sentence.length()));
            }
        }
        return Optional.empty();
    }
}
