package dev.storybrief.analyze;

import dev.storybrief.analyze.language.LanguageCodes;
import dev.storybrief.analyze.language.LanguageGuess;
import dev.storybrief.analyze.language.LanguageIdentifier;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Layer;
import java.util.Set;

/**
 * Sets each article's language: the one the user gave ({@code --language xx}, confidence 1), else the one
 * {@link LanguageIdentifier} tells from the title and text. Runs first: the sentence splitter and the term chain
 * depend on it.
 */
public final class LanguageAnnotator implements Annotator {
    private final String given;
    private final LanguageIdentifier identifier = new LanguageIdentifier();

    /** An annotator that identifies the language of each article. */
    public LanguageAnnotator() {
        this.given = null;
    }

    private LanguageAnnotator(String given) {
        this.given = given;
    }

    /**
     * An annotator that sets every article to {@code code} without looking.
     *
     * @throws IllegalArgumentException when {@code code} is not a two- or three-letter language code
     */
    public static LanguageAnnotator given(String code) {
        if (!LanguageCodes.isCode(code)) {
            throw new IllegalArgumentException("a language is an ISO 639-1 code such as en, fr or de, got \"" + code + "\"");
        }
        return new LanguageAnnotator(LanguageCodes.twoLetter(code));
    }

    /** The language every article is set to, or null when each is identified. */
    public String givenLanguage() {
        return given;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Layer layer() {
        return Layer.LANGUAGE;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of();
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        if (given != null) {
            return article.withLanguage(given, 1.0);
        }
        String title = article.article().title();
        LanguageGuess guess = identifier.identify(title == null ? article.text() : title + "\n\n" + article.text());
        return article.withLanguage(guess.code(), guess.confidence());
    }
}
