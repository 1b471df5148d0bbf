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

    /** Fewest words in a sentence that counts as article prose. */
    public static final int PROSE_WORDS = 3;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?。][\"'”’)]*$");

    /**
     * True when some sentence reads as article prose: {@value #PROSE_WORDS} or more words, ending in a full stop,
     * exclamation or question mark. Lists, tables, configuration or log files and lone headlines have none.
     */
    public boolean hasProse() {
        return sentences.stream().anyMatch(s -> s.words() >= PROSE_WORDS && SENTENCE_END.matcher(s.text()).find());
    }

    /** Shortcut to the article id. */
    public String id() {
        return article.id();
    }
}
