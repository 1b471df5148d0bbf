package dev.storybrief.model;

/**
 * One outlet's statement in a disagreement or a fact only it reports.
 *
 * @param text      the sentence, verbatim
 * @param source    id of the article it comes from
 * @param statement the part that differs ("nearly 10,000 NATO bombing runs"), or the whole sentence
 */
public record Claim(String text, String source, String statement) {
    /** Whether the statement is the whole sentence, so that a renderer shows it once. */
    public boolean isWholeSentence() {
        return statement.strip().equals(text.strip());
    }
}
