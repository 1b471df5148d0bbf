package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.ArticleKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A correction notice published on its own is all correction note: read as notes, its lines left nothing and the file
 * was skipped, its correction lost (QA24 #1). A lone update line is no notice and stays furniture. Made-up texts.
 */
class CorrectionNoticeTextTest {
    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("n", Path.of("n.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @Test
    void aNoticeThatIsAllCorrectionNoteIsReadAsANotice() {
        Article notice = clean("Correction: Varnel ferry death toll\n\nThe Tarn Herald\nPublished: November 4, 2026 09:10\n\n"
                + "An earlier version of this article said 53 people had died when the ferry Aster capsized in Varnel"
                + " Bay. The correct figure is 35: the coast guard had counted some survivors twice.");
        assertThat(notice.paragraphs()).anySatisfy(p -> assertThat(p).contains("The correct figure is 35"));
        assertThat(notice.kind()).isEqualTo(ArticleKind.CORRECTION);
    }

    @Test
    void aLoneUpdateLineStaysFurniture() {
        assertThat(clean("This story has been updated.").paragraphs()).isEmpty();
    }
}
