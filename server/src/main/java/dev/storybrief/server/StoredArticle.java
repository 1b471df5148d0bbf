package dev.storybrief.server;

/**
 * One article of a stored briefing, as it was read (before cleaning).
 *
 * @param articleId the article's id in the briefing
 * @param title     headline from the input's metadata, or {@code null}
 * @param outlet    outlet from the input's metadata, or {@code null}
 * @param published date as the input gave it, or {@code null}
 * @param source    where it came from: file name, or the id for inline articles
 * @param format    {@code TEXT}, {@code HTML} or {@code JSON_LINES}
 * @param content   the article text as read
 */
public record StoredArticle(String articleId, String title, String outlet, String published, String source,
                            String format, String content) {
}
