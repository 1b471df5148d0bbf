package dev.storybrief.model;

/**
 * A piece of text that cleaning dropped, with the rule that dropped it, so {@code --explain} can show a reader
 * that nothing of substance was lost.
 *
 * @param articleId the article the text came from
 * @param text      the removed text
 * @param rule      the name of the rule that matched
 * @param reason    a short human explanation
 */
public record Removal(String articleId, String text, String rule, String reason) {
}
