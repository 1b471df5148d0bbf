package dev.storybrief.model;

/**
 * One outlet's statement in a disagreement or a fact only it reports.
 *
 * @param text      the sentence, verbatim
 * @param source    id of the article it comes from
 * @param statement the part that differs ("nearly 10,000 NATO bombing runs"), or the whole sentence
 * @param speaker   who the article quotes in the sentence, when it quotes someone it names; else null. Two claims of
 *                  one outlet can disagree because the outlet quotes two people.
 */
public record Claim(String text, String source, String statement, String speaker) {

    /** A claim that quotes nobody by name. */
    public Claim(String text, String source, String statement) {
        this(text, source, statement, null);
    }

    /** Whether the statement is the whole sentence, so that a renderer shows it once. */
    public boolean isWholeSentence() {
        return statement.strip().equals(text.strip());
    }
}
