package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.Annotator;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Layer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One article that an annotator fails on is dropped with a one-line note; the briefing of the others goes on. */
class FailingArticleTest {

    /** Fails on the one article whose text mentions the marker word, as a bug triggered by one page would. */
    private record FailingOn(String marker) implements Annotator {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public Layer layer() {
            return Layer.SENTENCES;
        }

        @Override
        public Set<Layer> needs() {
            return Set.of(Layer.SENTENCES);
        }

        @Override
        public AnalyzedArticle annotate(AnalyzedArticle article) {
            if (article.text().contains(marker)) {
                throw new NullPointerException("a field the page did not have");
            }
            return article;
        }
    }

    @Test
    void anArticleThatBreaksAnAnnotatorIsSkippedWithANote() {
        // "Commuters" occurs in one article of the bundled example only.
        Briefing briefing = Storybrief.builder().annotator(new FailingOn("Commuters")).build()
                .brief(List.of(SharedData.bundledExample()));
        List<String> failed = briefing.warnings().stream().filter(w -> w.contains("could not be analysed")).toList();
        assertThat(failed).hasSize(1).allSatisfy(w -> assertThat(w).startsWith("skipped ")
                .contains("NullPointerException in FailingArticleTest").doesNotContain("\n"));
        assertThat(briefing.summary()).isNotEmpty();
    }
}
