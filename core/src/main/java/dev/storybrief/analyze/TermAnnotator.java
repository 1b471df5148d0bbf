package dev.storybrief.analyze;

import dev.storybrief.analyze.terms.TermChains;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.TermSpan;
import java.util.List;
import java.util.Set;

/** Adds the comparison terms of every sentence, from the term chain of the article's language. */
public final class TermAnnotator implements Annotator {
    private final TermChains chains;

    /** An annotator over the chains storybrief ships. */
    public TermAnnotator() {
        this(TermChains.standard());
    }

    /** An annotator over the given chains. */
    public TermAnnotator(TermChains chains) {
        this.chains = chains;
    }

    @Override
    public String name() {
        return "terms";
    }

    @Override
    public Layer layer() {
        return Layer.TERMS;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        var chain = chains.forLanguage(article.language());
        List<List<TermSpan>> terms = article.sentences().stream()
                .map((Sentence s) -> chain.spans(s.text(), article.start(s))).toList();
        return article.withTerms(terms);
    }
}
