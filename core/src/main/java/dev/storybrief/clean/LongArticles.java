package dev.storybrief.clean;

import dev.storybrief.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts an article whose cleaned text is longer than any news article at {@value #MAX_CHARS} characters, at the end
 * of a sentence. The longest long-reads run to some 20,000 words (about 130,000 characters); a text several times
 * that is a book, a data dump or a page stuck in a loop, and briefing all of it would cost minutes while adding
 * nothing a briefing of one story needs. The cut is always said ({@link #note}), never silent.
 */
public final class LongArticles {
    /** The most characters of cleaned text briefed from one article: about 50,000 words. */
    public static final int MAX_CHARS = 300_000;

    private LongArticles() {
    }

    /** The article's paragraphs up to {@link #MAX_CHARS} characters, or empty when it is no longer than that. */
    public static Optional<Article> cut(Article article) {
        return cut(article, MAX_CHARS);
    }

    /** As {@link #cut(Article)}, at {@code limit} characters. */
    static Optional<Article> cut(Article article, int limit) {
        if (length(article) <= limit) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        int left = limit;
        for (String paragraph : article.paragraphs()) {
            if (paragraph.length() <= left) {
                kept.add(paragraph);
                left -= paragraph.length();
                continue;
            }
            // a paragraph is cut after its last whole sentence; a text with no sentence marks at all, at a space
            int end = sentenceEndBefore(paragraph, left);
            end = end < 0 && kept.isEmpty() ? spaceBefore(paragraph, left) : end;
            if (end > 0 && !paragraph.substring(0, end).isBlank()) {
                kept.add(paragraph.substring(0, end).strip());
            }
            break;
        }
        return Optional.of(article.withParagraphs(kept));
    }

    /** The characters of an article's cleaned text. */
    public static long length(Article article) {
        return article.paragraphs().stream().mapToLong(String::length).sum();
    }

    /** The one line that says an article was cut, and by how much. */
    public static String note(String label, Article whole, Article cut) {
        return note(label, length(whole), cut);
    }

    /**
     * As {@link #note(String, Article, Article)}, for a text of {@code wholeChars} characters of which only a part was
     * cleaned.
     */
    public static String note(String label, long wholeChars, Article cut) {
        return String.format(Locale.ROOT,
                "warning %s is %,d characters long, longer than any news article: only its first %,d"
                + " are briefed (the limit is %,d)", label, wholeChars, length(cut), MAX_CHARS);
    }

    /** The end of the last sentence within the first {@code limit} characters (a mark and a space), or -1. */
    private static int sentenceEndBefore(String paragraph, int limit) {
        for (int i = Math.min(limit, paragraph.length() - 1); i > 0; i--) {
            if (Character.isWhitespace(paragraph.charAt(i)) && isSentenceEnd(paragraph.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The last space within the first {@code limit} characters, else the limit itself. */
    private static int spaceBefore(String paragraph, int limit) {
        for (int i = Math.min(limit, paragraph.length() - 1); i > 0; i--) {
            if (Character.isWhitespace(paragraph.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '»' || c == '。' || c == '؟';
    }
}
