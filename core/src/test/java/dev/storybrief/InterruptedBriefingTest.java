package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.analyze.Annotator;
import dev.storybrief.analyze.AnnotatorChain;
import dev.storybrief.analyze.time.TemporalTagger;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Layer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A caller with a time limit interrupts the briefing thread; the pipeline stops instead of running on. */
class InterruptedBriefingTest {

    @Test
    void anInterruptedThreadStopsTheBriefingAndKeepsItsInterruptFlag() {
        Storybrief pipeline = Storybrief.builder().build();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> pipeline.brief(List.of(SharedData.bundledExample())))
                    .isInstanceOf(BriefingInterruptedException.class).hasMessage("the briefing was interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(pipeline.brief(List.of(SharedData.bundledExample())).summary()).as("fine once not interrupted")
                .isNotEmpty();
    }

    /** An annotator that records that it ran, and may interrupt its thread (a time limit running out meanwhile). */
    private record Step(String name, Layer layer, boolean interrupts, List<String> ran) implements Annotator {
        @Override
        public Set<Layer> needs() {
            return Set.of();
        }

        @Override
        public AnalyzedArticle annotate(AnalyzedArticle article) {
            ran.add(name);
            if (interrupts) {
                Thread.currentThread().interrupt();
            }
            return article;
        }
    }

    /** One long article takes seconds per annotator: a time limit that runs out during one stops the next. */
    @Test
    void theChainStopsBetweenAnnotatorsOfOneArticle() {
        List<String> ran = new ArrayList<>();
        AnnotatorChain chain = AnnotatorChain.of(List.of(new Step("first", Layer.LANGUAGE, true, ran),
                new Step("second", Layer.SENTENCES, false, ran)));
        Article article = new Article("a", null, null, null, null, null, null, List.of("Text."), List.of());
        try {
            assertThatThrownBy(() -> chain.annotate(article)).isInstanceOf(BriefingInterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(ran).containsExactly("first");
    }

    /** Tagging the dates of a long article's sentences stops at the next sentence once interrupted. */
    @Test
    void taggingAnArticlesDatesStopsWhenInterrupted() {
        List<String> sentences = Collections.nCopies(50, "The ferry sailed on Monday.");
        TemporalTagger tagger = new TemporalTagger();
        assertThat(tagger.tagArticle(sentences, LocalDate.of(2026, 3, 4), null)).hasSize(50);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> tagger.tagArticle(sentences, LocalDate.of(2026, 3, 4), null))
                    .isInstanceOf(BriefingInterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
