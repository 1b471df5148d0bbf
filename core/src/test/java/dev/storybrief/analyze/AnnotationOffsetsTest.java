package dev.storybrief.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.TestSeed;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import dev.storybrief.model.Mention;
import dev.storybrief.model.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every annotation points at its own words: for each layer, the text at {@code [start, end)} of the document is the
 * annotation's text, and every annotation lies inside its sentence. Checked on the bundled example, cleaned, and on
 * the same texts annotated as given with random paragraph breaks and spacing around them.
 */
@ExtendWith(TestSeed.class)
class AnnotationOffsetsTest {
    private final AnnotatorChain chain = AnnotatorChain.standard();

    @Test
    void cleanedArticlesOfTheBundledExample() throws Exception {
        List<AnalyzedArticle> docs = new ArrayList<>();
        Storybrief.builder().build().annotate(List.of(SharedData.bundledExample()), docs::add, w -> { });
        assertThat(docs).hasSize(5);
        docs.forEach(AnnotationOffsetsTest::assertOffsetsHold);
        assertThat(docs).allSatisfy(d -> assertThat(d.entities()).isNotEmpty());
    }

    @Test
    void textsAnnotatedAsGivenWithRandomLayout() throws Exception {
        long seed = TestSeed.value();
        Random random = new Random(seed);
        // sorted: the directory's own order differs between file systems, and with it which file draws which layout
        List<Path> files;
        try (Stream<Path> listed = Files.list(SharedData.bundledExample())) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            StringBuilder text = new StringBuilder();
            for (String line : Files.readAllLines(file)) {
                text.append(" ".repeat(random.nextInt(3))).append(line)
                        .append(random.nextInt(4) == 0 ? "\n \n" : random.nextBoolean() ? "\n\n" : "\n");
            }
            Article header = new Article(file.getFileName().toString(), null, null, null, null,
                    java.time.LocalDate.of(2026, 3, 11), "test", List.of(), List.of());
            AnalyzedArticle doc = chain.annotate(AnalyzedArticle.ofText(header, text.toString()));
            assertThat(doc.text()).as("seed %d", seed).isEqualTo(text.toString());
            assertOffsetsHold(doc);
        }
    }

    /**
     * French sets its guillemets off with a space ("« Nous »"): the quote's span starts at its first word, so that
     * the text at {@code [start, end)} is the quote's text exactly, as for English marks.
     */
    @Test
    void aQuoteInsideSpacedGuillemetsStartsAtItsFirstWord() {
        String text = "La mairie de Lormont a fermé le pont lundi. « Nous ne pouvons pas garantir la sécurité des "
                + "piétons », a déclaré la maire Hélène Castel. « Le pont rouvrira en mai », a-t-elle ajouté.";
        Article header = new Article("fr-pont", null, null, null, null, java.time.LocalDate.of(2026, 3, 11), "test",
                List.of(), List.of());
        AnalyzedArticle doc = chain.annotate(AnalyzedArticle.ofText(header, text));
        assertThat(doc.quotes()).extracting(q -> text.substring(q.start(), q.end())).containsExactly(
                "Nous ne pouvons pas garantir la sécurité des piétons", "Le pont rouvrira en mai");
        assertThat(doc.quotes()).allSatisfy(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
    }

    static void assertOffsetsHold(AnalyzedArticle doc) {
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            assertThat(text.substring(doc.start(s), doc.end(s))).isEqualTo(s.text());
            doc.terms(s).forEach(t -> assertThat(t.start()).isBetween(doc.start(s), doc.end(s)));
        }
        doc.entities().forEach(e -> {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
            assertInside(doc, e.sentence(), e.start(), e.end());
        });
        doc.timexes().forEach(t -> {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertInside(doc, t.sentence(), t.start(), t.end());
        });
        doc.quantities().forEach(q -> {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            assertInside(doc, q.sentence(), q.start(), q.end());
        });
        doc.quotes().forEach(q -> {
            assertThat(q.start()).isLessThanOrEqualTo(q.end());
            assertThat(text.substring(q.start(), q.end()).replaceAll("\\s+", " ").strip())
                    .startsWith(q.text().substring(0, Math.min(10, q.text().length())).strip());
            for (Mention m : new Mention[]{q.cue(), q.speaker()}) {
                if (m != null) {
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                }
            }
        });
    }

    private static void assertInside(AnalyzedArticle doc, int sentence, int start, int end) {
        Sentence s = doc.sentences().get(sentence);
        assertThat(start).isGreaterThanOrEqualTo(doc.start(s));
        assertThat(end).isLessThanOrEqualTo(doc.end(s));
    }
}
