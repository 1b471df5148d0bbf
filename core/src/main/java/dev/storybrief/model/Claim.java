package dev.storybrief.model;

/**
 * One outlet's statement in a disagreement or a fact only it reports.
 *
 * @param text      the sentence, verbatim
 * @param source    id of the article it comes from
 * @param statement the part that differs ("nearly 10,000 NATO bombing runs"), or the whole sentence
 * @param speaker   who the article quotes in the sentence, when it quotes someone it names; else null. Two claims of
 *                  one outlet can disagree because the outlet quotes two people.
 * @param side      in a disagreement over a figure, the claims whose figures can all be true together share a side
 *                  (0, 1, ...): "about 80" and "80" stand together against "120"; -1 where claims have no sides
 */
public record Claim(String text, String source, String statement, String speaker, int side) {

    /** A claim that quotes nobody by name. */
    public Claim(String text, String source, String statement) {
        this(text, source, statement, null);
    }

    /** A claim without a side. */
    public Claim(String text, String source, String statement, String speaker) {
        this(text, source, statement, speaker, -1);
    }

    /** This claim on another side of its disagreement. */
    public Claim onSide(int newSide) {
        return new Claim(text, source, statement, speaker, newSide);
    }

    /** Whether the statement is the whole sentence, so that a renderer shows it once. */
    public boolean isWholeSentence() {
        return statement.strip().equals(text.strip());
    }
}
