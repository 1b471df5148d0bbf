package dev.storybrief.server;

import java.util.List;

/**
 * One line of the list of stored briefings.
 *
 * @param id           the briefing id
 * @param headline     its headline, or {@code null}
 * @param created      when it was made, ISO-8601 UTC
 * @param articleCount how many articles it briefs
 * @param gist         the first sentence of its summary (a front page card's one line), or {@code null}
 * @param outlets      the outlets of its articles, each once
 * @param firstDay     the earliest publication day of its articles, or {@code null} when none is dated
 * @param lastDay      the latest, or {@code null}
 * @param gistLanguage the language of the gist ({@link GistLanguage}), or {@code null} when unknown
 */
public record BriefListing(String id, String headline, String created, int articleCount, String gist,
                           List<String> outlets, String firstDay, String lastDay, String gistLanguage) {
}
