package dev.storybrief.group.dates;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.DateProvenance;
import java.time.LocalDate;
import java.util.List;

/** Made-up reports for the dating tests, each annotated by the standard chain, and the inference run over them. */
final class ReportsToDate {
    private final AnnotatorChain chain = AnnotatorChain.standard();

    /** A report dated by its text on {@code date}, or undated when {@code date} is null. */
    AnalyzedArticle article(String id, LocalDate date, String... paragraphs) {
        Article a = new Article(id, null, null, null, null, date, date == null ? null : "text: dated",
                List.of(paragraphs), List.of(), date == null ? DateProvenance.UNDATED : null);
        return chain.annotate(a);
    }

    /** The story's reports with their inferred dates, re-annotated against them as the pipeline does. */
    List<AnalyzedArticle> infer(List<AnalyzedArticle> story) {
        return new PublicationDateInference().infer(story, a -> chain.annotate(a.article()));
    }
}
