package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.ArticleKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What kind of text an article is, read from the marks of its page or copy (all texts made up). */
class ArticleKindsTest {
    private static final String BODY = "The council voted on Tuesday to close the Harlow timber yard by the spring.\n\n"
            + "The yard's owner said the decision would cost forty jobs and that it would appeal.";

    private static Article clean(String text, Map<MetaKey, String> meta) {
        return new ArticleCleaner().clean(new RawDocument("a", Path.of("a.txt"), SourceFormat.TEXT, text, meta));
    }

    private static Article clean(String text) {
        return clean(text, Map.of());
    }

    @Test
    void aReportIsNews() {
        Article a = clean("Council votes to close Harlow timber yard\n\n" + BODY);
        assertThat(a.kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(a.kindMark()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Opinion: Harlow was right to close its timber yard",
        "Kommentar: Harlow hat richtig entschieden", "Opinión: Harlow acertó al cerrar el aserradero",
        "Opinião: Harlow acertou", "Tribune - Harlow a eu raison", "Opinione: Harlow ha fatto bene",
        "Analysis: why Harlow closed its timber yard", "Editorial | Harlow got it right"})
    void aHeadlineLabelMarksAnOpinionPieceInSixLanguages(String headline) {
        Article a = clean(headline + "\n\n" + BODY);
        assertThat(a.kind()).as(headline).isEqualTo(ArticleKind.OPINION);
        assertThat(a.kindMark()).startsWith("headline label");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Opinion", "Meinung", "News > Kommentar", "Opinião", "Tribune", "Analysis"})
    void thePagesSectionMarksAnOpinionPiece(String section) {
        Article a = clean("Harlow was right to close its timber yard\n\n" + BODY, Map.of(MetaKey.SECTION, section));
        assertThat(a.kind()).as(section).isEqualTo(ArticleKind.OPINION);
        assertThat(a.kindMark()).isEqualTo("section \"" + section + "\"");
    }

    @Test
    void aNewsSectionOrACommentThreadLineMarksNothing() {
        assertThat(clean("Council votes to close Harlow timber yard\n\n" + BODY, Map.of(MetaKey.SECTION, "UK News"))
                .kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(clean("Council votes to close Harlow timber yard\n\n" + BODY + "\n\nComments").kind())
                .isEqualTo(ArticleKind.NEWS);
    }

    @Test
    void theSchemaOrgTypeMarksAnOpinionPieceOrALiveBlog() {
        String text = "Harlow was right to close its timber yard\n\n" + BODY;
        assertThat(clean(text, Map.of(MetaKey.SCHEMA_TYPE, "OpinionNewsArticle")).kindMark())
                .isEqualTo("schema.org OpinionNewsArticle");
        assertThat(clean(text, Map.of(MetaKey.SCHEMA_TYPE, "LiveBlogPosting")).kind()).isEqualTo(ArticleKind.LIVE_BLOG);
    }

    @Test
    void aColumnistsBylineOrWritersNoteMarksAnOpinionPiece() {
        Article byline = clean("Harlow was right to close its timber yard\nBy Mara Quill, Columnist\n\n" + BODY);
        assertThat(byline.kind()).isEqualTo(ArticleKind.OPINION);
        assertThat(byline.kindMark()).isEqualTo("byline \"Columnist\"");
        Article german = clean("Harlow hat richtig entschieden\nVon Anna Berg, Kolumnistin\n\n" + BODY);
        assertThat(german.kind()).isEqualTo(ArticleKind.OPINION);
        Article note = clean("Harlow was right to close its timber yard\n\n" + BODY
                + "\n\nMara Quill writes a weekly column on planning for the Harlow Post.");
        assertThat(note.kind()).isEqualTo(ArticleKind.OPINION);
    }

    @Test
    void aSectionLineAboveTheHeadlineMarksAnOpinionPiece() {
        Article a = clean("Meinung\nHarlow hat richtig entschieden\n\n" + BODY);
        assertThat(a.kind()).isEqualTo(ArticleKind.OPINION);
        assertThat(a.kindMark()).isEqualTo("section line \"Meinung\"");
    }

    @Test
    void entriesStampedWithTheirTimeMakeALiveBlog() {
        Article a = clean("Live: Harlow timber yard fire\n\nPublished 2026-05-04\n\n"
                + "07:15 - The fire brigade says the blaze is under control.\n\n"
                + "06:40 - The owner says all 20 night staff were accounted for.\n\n"
                + "23:50 - Firefighters report a gas cylinder explosion at the yard.");
        assertThat(a.kind()).isEqualTo(ArticleKind.LIVE_BLOG);
    }
}
