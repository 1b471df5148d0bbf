package dev.storybrief.model;

/**
 * The language of one briefed article and how sure its identification was.
 *
 * @param code       ISO 639-1 code where one exists, else ISO 639-3
 * @param confidence 0 (too little text: a default) to 1 (given with {@code --language})
 */
public record ArticleLanguage(String code, double confidence) {
}
