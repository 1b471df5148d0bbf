package dev.storybrief.analyze;

import dev.storybrief.analyze.quantity.Measures;
import dev.storybrief.analyze.quantity.QuantityRules;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Layer;
import dev.storybrief.model.QuantitySpan;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the counts and amounts every sentence states, by the rules of the article's language ({@link QuantityRules}:
 * English's, or the French, German, Spanish, Italian and Portuguese tables). A conversion in parentheses right
 * after a figure ("15 km (9 miles)") is not a figure of its own ({@link Measures#withoutConversions}).
 */
public final class QuantityAnnotator implements Annotator {
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
        QuantityRules extractor = QuantityRules.forLanguage(article.language());
        List<QuantitySpan> quantities = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            int start = article.start(s);
            quantities.addAll(Measures.withoutConversions(extractor.extract(s.text(), start, s.index()), s.text(), start));
        }
        return article.withQuantities(quantities);
    }
}
