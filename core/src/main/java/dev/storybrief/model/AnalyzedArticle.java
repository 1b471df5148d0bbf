package dev.storybrief.model;

import java.util.List;

/**
 * An article together with the annotations the analyze stage added to it.
 *
 * @param article   the cleaned article
 * @param sentences its sentences, in reading order
 * @param headings  paragraph indexes that are sub-headings, not prose
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, java.util.Set<Integer> headings) {

    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        headings = java.util.Set.copyOf(headings);
    }

    /** Shortcut to the article id. */
    public String id() {
        return article.id();
    }
}
