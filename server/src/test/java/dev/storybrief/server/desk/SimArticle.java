package dev.storybrief.server.desk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article the news simulator serves.
 *
 * @param id        its id, also its page's file name
 * @param title     headline, or null
 * @param published publication day the page states, or null for an undated page
 * @param text      body paragraphs separated by blank lines
 * @param story     the true story it belongs to
 * @param appears   simulated time at which its outlet's feed starts listing it
 */
record SimArticle(String id, String title, LocalDate published, String text, String story, Instant appears) {
}
