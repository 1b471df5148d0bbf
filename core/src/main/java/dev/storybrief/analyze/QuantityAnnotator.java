package dev.storybrief.analyze;

import dev.storybrief.analyze.quantity.QuantityExtractor;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Layer;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Adds the counts and amounts every sentence states ({@link QuantityExtractor}). */
public final class QuantityAnnotator implements Annotator {
    private final QuantityExtractor extractor = new QuantityExtractor();

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Layer layer() {
        return Layer.QUANTITIES;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<QuantitySpan> quantities = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            quantities.addAll(extractor.extract(s.text(), article.start(s), s.index()));
        }
        return article.withQuantities(quantities);
    }
}
