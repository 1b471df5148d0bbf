package dev.storybrief.analyze;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Layer;
import java.util.Set;

/**
 * One component of the analyze stage: reads the layers of an {@link AnalyzedArticle} that earlier annotators added
 * and returns a copy with its own layer added. Annotators are named, ordered and replaceable in an
 * {@link AnnotatorChain}. Implementations must be thread-safe: one instance annotates many articles at once.
 */
public interface Annotator {

    /** The name the chain knows it by ("sentences", "entities", ...). */
    String name();

    /** The layer it adds. */
    Layer layer();

    /** The layers it reads, which annotators earlier in the chain must add. */
    Set<Layer> needs();

    /** The article with this annotator's layer added. */
    AnalyzedArticle annotate(AnalyzedArticle article);
}
