package dev.storybrief.model;

/**
 * Who said what: one quotation with its speaker resolved to the fullest name and role the article gives.
 *
 * @param speaker full name ("David Hartwell"), or {@code null} when the article does not say
 * @param role    role or affiliation ("senior Middle East and North Africa analyst at IHS Global Insight"), or {@code null}
 * @param text    the quoted words
 * @param source  id of the article
 * @param partial true for a fragment worked into the reporter's sentence
 */
public record QuoteItem(String speaker, String role, String text, String source, boolean partial) {
}
