package dev.storybrief.server;

/**
 * One line of the list of stored briefings.
 *
 * @param id           the briefing id
 * @param headline     its headline, or {@code null}
 * @param created      when it was made, ISO-8601 UTC
 * @param articleCount how many articles it briefs
 * @param gist         the first sentence of its summary (a front page card's one line), or {@code null}
 */
public record BriefListing(String id, String headline, String created, int articleCount, String gist) {
}
