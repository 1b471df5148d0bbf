package dev.storybrief.eval.annotate;

import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.render.AnnotationJson;
import java.time.LocalDate;
import java.util.List;

/**
 * The annotations storybrief itself makes of a document given as text, through the same path as
 * {@code storybrief annotate} on a JSON Lines document: the standard annotator chain over the text exactly as given,
 * written as an annotate JSON line and read back, so what is scored is the command's output.
 */
public final class PipelineAnnotations {
    private final AnnotatorChain chain;

    /** Annotations by the standard chain. */
    public PipelineAnnotations() {
        this(AnnotatorChain.standard());
    }

    /** Annotations by the given chain. */
    public PipelineAnnotations(AnnotatorChain chain) {
        this.chain = chain;
    }

    /** The annotations of one document, its offsets into {@code text}. */
    public AnnotatedDocument of(String id, String text, LocalDate date) {
        Article header = new Article(id, null, null, null, null, date, date == null ? null : "document date",
                List.of(), List.of());
        AnalyzedArticle doc = chain.annotate(AnalyzedArticle.ofText(header, text));
        return AnnotationsJsonl.parse(AnnotationJson.line(doc, false), id);
    }
}
