package dev.storybrief.analyze;

import dev.storybrief.analyze.entity.AliasMerger;
import dev.storybrief.analyze.entity.CanonicalEntity;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.analyze.entity.EntityRecognizer;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.EntitySpan;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the people, organisations and places an article names, recognised with the whole article as context
 * ({@link EntityRecognizer#recognizeDocument}), each with the fullest name the article uses for it (spellings and
 * short forms merged by {@link AliasMerger}).
 */
public final class EntityAnnotator implements Annotator {
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final AliasMerger merger = new AliasMerger();

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Layer layer() {
        return Layer.ENTITIES;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<Sentence> sentences = article.sentences();
        String filedFrom = article.article().filedFrom();
        String outlet = article.article().outlet();
        List<List<EntityMention>> found = recognizer.recognizeDocument(sentences.stream().map(Sentence::text).toList(),
                filedFrom == null ? Set.of() : Set.of(filedFrom), outlet == null ? Set.of() : Set.of(outlet),
                article.language());
        AliasMerger.Lookup canonical = merger.lookup(merger.merge(found.stream().flatMap(List::stream).toList()));
        List<EntitySpan> spans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            int offset = article.start(sentences.get(i));
            for (EntityMention m : found.get(i)) {
                String name = canonical.find(m.text(), m.type()).map(CanonicalEntity::name).orElse(m.text());
                spans.add(new EntitySpan(offset + m.start(), offset + m.end(), i, m.text(), m.type(), name));
            }
        }
        return article.withEntities(spans);
    }

    /** The entity layer as the recognizer's per-sentence mentions, offsets within each sentence. */
    public static List<List<EntityMention>> perSentence(AnalyzedArticle article) {
        List<List<EntityMention>> mentions = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            int offset = article.start(sentence);
            mentions.add(article.entities(sentence).stream()
                    .map(e -> new EntityMention(e.start() - offset, e.end() - offset, e.text(), e.type())).toList());
        }
        return mentions;
    }
}
