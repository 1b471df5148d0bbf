package dev.storybrief.analyze;

import dev.storybrief.analyze.pos.PosTagger;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.WordTag;
import java.util.List;
import java.util.Set;

/**
 * Adds the part of speech of every word of an English article ({@link PosTagger}). Other languages get the layer
 * with no tags: the model knows English only, and a wrong tag would read as a fact.
 */
public final class PosAnnotator implements Annotator {

    @Override
    public String name() {
        return "pos";
    }

    @Override
    public Layer layer() {
        return Layer.POS;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.LANGUAGE, Layer.SENTENCES);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        boolean english = "en".equals(article.language());
        List<List<WordTag>> tags = article.sentences().stream()
                .map((Sentence s) -> english ? PosTagger.tag(s.text(), article.start(s)) : List.<WordTag>of())
                .toList();
        return article.withTags(tags);
    }
}
