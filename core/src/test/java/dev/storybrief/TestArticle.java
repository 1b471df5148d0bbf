package dev.storybrief;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Sentence;
import java.time.LocalDate;
import java.util.List;

/**
 * A made-up article for tests, built fluently and analysed by the standard annotator chain: only what a test sets
 * differs from an article with no path, title, outlet, author or date.
 *
 * <pre>{@code
 * AnalyzedArticle a = TestArticle.of("herald", "The mill burned down on Tuesday.").outlet("Herald").analyzed();
 * }</pre>
 */
public final class TestArticle {
    private static final AnnotatorChain ANALYZER = AnnotatorChain.standard();

    private final String id;
    private final List<String> paragraphs;
    private String title;
    private String outlet;
    private String author;
    private LocalDate published;
    private String dateOrigin;

    private TestArticle(String id, List<String> paragraphs) {
        this.id = id;
        this.paragraphs = paragraphs;
    }

    /** An article of these paragraphs, with nothing else known. */
    public static TestArticle of(String id, String... paragraphs) {
        return new TestArticle(id, List.of(paragraphs));
    }

    /** The analysed article of these paragraphs, with nothing else known. */
    public static AnalyzedArticle analyzed(String id, String... paragraphs) {
        return of(id, paragraphs).analyzed();
    }

    /** An analysed article's first sentence: the claim a one-sentence test article makes. */
    public static Sentence firstSentence(AnalyzedArticle article) {
        return article.sentences().get(0);
    }

    /** Sets its headline. */
    public TestArticle title(String headline) {
        this.title = headline;
        return this;
    }

    /** Sets the outlet that published it. */
    public TestArticle outlet(String name) {
        this.outlet = name;
        return this;
    }

    /** Sets its byline. */
    public TestArticle author(String name) {
        this.author = name;
        return this;
    }

    /** Sets its publication date, with no word on where the date came from. */
    public TestArticle published(LocalDate date) {
        this.published = date;
        return this;
    }

    /** Sets its publication date as given by {@code origin} (e.g. {@code "--date"}); a null date leaves it undated. */
    public TestArticle published(LocalDate date, String origin) {
        this.published = date;
        this.dateOrigin = date == null ? null : origin;
        return this;
    }

    /** The article as read, before analysis. */
    public Article article() {
        return new Article(id, null, title, outlet, author, published, dateOrigin, paragraphs, List.of());
    }

    /** The article analysed by the standard annotator chain. */
    public AnalyzedArticle analyzed() {
        return ANALYZER.annotate(article());
    }
}
