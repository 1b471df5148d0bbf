package dev.storybrief.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Layer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chain's naming, ordering and layer checks; articles are made up. */
class AnnotatorChainTest {
    private static final Article ARTICLE = new Article("a", null, null, null, null,
            java.time.LocalDate.of(2026, 3, 11), "test", List.of(
            "The mayor said on Monday that 14 people were hurt.",
            "“We will rebuild the bridge,” said Mayor Ana Ruiz."), List.of());

    @Test
    void theStandardChainAddsEveryLayerInOrder() {
        AnnotatorChain chain = AnnotatorChain.standard();
        assertThat(chain.names())
                .containsExactly("language", "sentences", "terms", "entities", "timexes", "quotes", "quantities");
        AnalyzedArticle doc = chain.annotate(ARTICLE);
        assertThat(doc.layers()).containsExactlyInAnyOrder(Layer.LANGUAGE, Layer.SENTENCES, Layer.TERMS, Layer.ENTITIES,
                Layer.TIMEXES, Layer.QUOTES, Layer.QUANTITIES);
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.timexes()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2026-03-09"));
        assertThat(doc.quantities()).singleElement().satisfies(q -> assertThat(q.key()).isEqualTo("people injured"));
        assertThat(doc.quotes()).singleElement().satisfies(q -> assertThat(q.speakerName()).isEqualTo("Ana Ruiz"));
    }

    @Test
    void aDroppedAnnotatorLeavesItsLayerOut() {
        AnalyzedArticle doc = AnnotatorChain.standard().without("quantities").annotate(ARTICLE);
        assertThat(doc.has(Layer.QUANTITIES)).isFalse();
        assertThat(doc.quantities()).isEmpty();
        assertThat(doc.has(Layer.TIMEXES)).isTrue();
    }

    @Test
    void anAnnotatorCanBeReplacedInPlaceOrAdded() {
        Annotator noDates = new Fixed("no-dates", Layer.TIMEXES, a -> a.withTimexes(List.of()));
        AnnotatorChain chain = AnnotatorChain.standard().replacing("timexes", noDates);
        assertThat(chain.names())
                .containsExactly("language", "sentences", "terms", "entities", "no-dates", "quotes", "quantities");
        assertThat(chain.annotate(ARTICLE).timexes()).isEmpty();
        assertThat(AnnotatorChain.standard().without("quantities").with(new QuantityAnnotator()).names())
                .endsWith("quantities");
    }

    @Test
    void anAnnotatorBeforeTheLayersItNeedsIsRefusedWithItsName() {
        assertThatThrownBy(() -> AnnotatorChain.standard().without("entities"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"quotes\" needs the entities layer");
        assertThatThrownBy(() -> AnnotatorChain.standard().withBefore("sentences", new TermAnnotator()))
                .hasMessageContaining("two components are named \"terms\"");
        assertThatThrownBy(() -> AnnotatorChain.standard().without("nope"))
                .hasMessageContaining("no component named \"nope\"");
    }

    /** A test annotator doing one given thing. */
    private record Fixed(String name, Layer layer, java.util.function.UnaryOperator<AnalyzedArticle> action)
            implements Annotator {
        @Override
        public Set<Layer> needs() {
            return Set.of(Layer.SENTENCES);
        }

        @Override
        public AnalyzedArticle annotate(AnalyzedArticle article) {
            return action.apply(article);
        }
    }
}
