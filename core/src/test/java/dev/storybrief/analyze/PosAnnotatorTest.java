package dev.storybrief.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.WordTag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The part-of-speech layer: English words tagged with their offsets, other languages left untagged. */
class PosAnnotatorTest {
    private static final AnnotatorChain CHAIN = AnnotatorChain.standard().withAfter("sentences", new PosAnnotator());

    private static Article article(String... paragraphs) {
        return new Article("a", null, null, null, null, java.time.LocalDate.of(2026, 3, 11), "test",
                List.of(paragraphs), List.of());
    }

    @Test
    void anEnglishSentenceGetsItsVerbAndNounsAtTheirOffsets() {
        AnalyzedArticle doc = CHAIN.annotate(article("A strong earthquake struck the coastal town of Port Aldren "
                + "on Monday, killing 14 people."));
        assertThat(doc.has(Layer.POS)).isTrue();
        Sentence first = doc.sentences().get(0);
        List<WordTag> tags = doc.tags(first);
        WordTag struck = tags.stream().filter(t -> t.word().equals("struck")).findFirst().orElseThrow();
        assertThat(struck.isVerb()).isTrue();
        assertThat(doc.text().substring(struck.start(), struck.end())).isEqualTo("struck");
        assertThat(tags.stream().filter(t -> t.word().equals("earthquake")).findFirst().orElseThrow().isNoun())
                .isTrue();
        assertThat(tags.stream().filter(t -> t.word().equals("Aldren")).findFirst().orElseThrow().tag())
                .isEqualTo("PROPN");
    }

    @Test
    void offsetsPointIntoTheWholeTextInLaterParagraphs() {
        AnalyzedArticle doc = CHAIN.annotate(article("The council met on Monday.", "Police arrested two men."));
        Sentence second = doc.sentences().get(1);
        for (WordTag tag : doc.tags(second)) {
            assertThat(doc.text().substring(tag.start(), tag.end())).isEqualTo(tag.word());
        }
        assertThat(doc.tags(second)).extracting(WordTag::word).contains("arrested");
    }

    @Test
    void anotherLanguageGetsTheLayerButNoTags() {
        AnalyzedArticle doc = CHAIN.annotate(article("Un fuerte terremoto sacudió el lunes la ciudad costera y "
                + "causó la muerte de catorce personas, según informaron las autoridades locales."));
        assertThat(doc.language()).isEqualTo("es");
        assertThat(doc.has(Layer.POS)).isTrue();
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(doc.tags(s)).isEmpty());
    }
}
