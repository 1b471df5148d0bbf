package dev.storybrief.analyze;

import dev.storybrief.BriefingInterruptedException;
import dev.storybrief.ComponentList;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Layer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The analyze stage: an ordered chain of named {@link Annotator}s run over each article, so that one call gives
 * the whole annotated document. Each annotator reads what the ones before it added; the chain checks, when it is
 * built or changed, that every annotator comes after the annotators of the layers it needs.
 *
 * <pre>{@code
 * AnalyzedArticle doc = AnnotatorChain.standard().annotate(article);
 * AnnotatorChain lean = AnnotatorChain.standard().without("quantities");
 * }</pre>
 */
public final class AnnotatorChain {
    private final ComponentList<Annotator> annotators;

    private AnnotatorChain(ComponentList<Annotator> annotators) {
        this.annotators = annotators;
        checkOrder(annotators.list());
    }

    /** The standard chain: language, sentences, terms, entities, temporal expressions, quotes, quantities. */
    public static AnnotatorChain standard() {
        return of(List.of(new LanguageAnnotator(), new SentenceAnnotator(), new TermAnnotator(), new EntityAnnotator(),
                new TimexAnnotator(), new QuoteAnnotator(), new QuantityAnnotator()));
    }

    /** A chain of the given annotators, in order. */
    public static AnnotatorChain of(List<Annotator> annotators) {
        return new AnnotatorChain(ComponentList.of(annotators, Annotator::name));
    }

    /** Annotates a cleaned article. */
    public AnalyzedArticle annotate(Article article) {
        return annotate(AnalyzedArticle.of(article));
    }

    /**
     * Runs every annotator over a document, in order; stops between annotators when the thread is interrupted (one
     * long article takes seconds per annotator, and a caller with a time limit wants its worker back).
     */
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        AnalyzedArticle annotated = article;
        for (Annotator annotator : annotators.list()) {
            BriefingInterruptedException.check();
            annotated = annotator.annotate(annotated);
        }
        return annotated;
    }

    /** The annotators in order. */
    public List<Annotator> annotators() {
        return annotators.list();
    }

    /** Their names in order. */
    public List<String> names() {
        return annotators.names();
    }

    /** This chain with an annotator added at the end. */
    public AnnotatorChain with(Annotator annotator) {
        return new AnnotatorChain(annotators.with(annotator));
    }

    /** This chain with an annotator added right after the one named {@code name}. */
    public AnnotatorChain withAfter(String name, Annotator annotator) {
        return new AnnotatorChain(annotators.withAfter(name, annotator));
    }

    /** This chain with an annotator added right before the one named {@code name}. */
    public AnnotatorChain withBefore(String name, Annotator annotator) {
        return new AnnotatorChain(annotators.withBefore(name, annotator));
    }

    /** This chain without the annotator named {@code name}. */
    public AnnotatorChain without(String name) {
        return new AnnotatorChain(annotators.without(name));
    }

    /** This chain with the annotator named {@code name} replaced, in the same place. */
    public AnnotatorChain replacing(String name, Annotator annotator) {
        return new AnnotatorChain(annotators.replacing(name, annotator));
    }

    /** The layers this chain adds. */
    public Set<Layer> layers() {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        annotators.list().forEach(a -> layers.add(a.layer()));
        return layers;
    }

    private static void checkOrder(List<Annotator> annotators) {
        Set<Layer> added = EnumSet.noneOf(Layer.class);
        for (Annotator annotator : annotators) {
            for (Layer needed : annotator.needs()) {
                if (!added.contains(needed)) {
                    throw new IllegalArgumentException("annotator \"" + annotator.name() + "\" needs the "
                            + needed.name().toLowerCase(java.util.Locale.ROOT) + " layer, which no annotator before it adds");
                }
            }
            added.add(annotator.layer());
        }
    }

    @Override
    public String toString() {
        return "AnnotatorChain" + annotators;
    }
}
