package dev.storybrief.analyze.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * A paragraph of tens of thousands of short sentences, in a language CLDR lists no abbreviations for (so every break
 * is checked for a title before a name), is split into each of its sentences, a title before a name still joined.
 * The checks once read the whole text before each break, so such a paragraph (a page of short pieces the fuzz test
 * built, seed 115) took minutes for its square; this one completes only when they read a bounded tail.
 */
class LongParagraphSplitTest {
    private static final int SENTENCES = 40_000;

    @Test
    void aParagraphOfManyShortSentencesIsSplitIntoEach() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SENTENCES; i++) {
            text.append(i % 1000 == 0 ? "Bw. Salim Ali ameagiza uchunguzi. " : "Watu tisa walijeruhiwa na Ali. ");
        }
        String paragraph = text.toString();
        List<Span> spans = new SentenceSplitters().forLanguage("sw").spans(paragraph);
        assertThat(spans).hasSize(SENTENCES);
        assertThat(paragraph.substring(spans.get(0).getStart(), spans.get(0).getEnd()).strip())
                .isEqualTo("Bw. Salim Ali ameagiza uchunguzi.");
    }
}
