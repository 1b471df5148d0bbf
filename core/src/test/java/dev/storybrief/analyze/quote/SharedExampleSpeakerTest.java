package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.entity.SharedCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speaker resolution on the shared NATO/Libya example cluster (read from ../shared; the test fails if it is
 * missing). Only names and role keywords are asserted, so no publisher text is copied here.
 */
class SharedExampleSpeakerTest {

    private static SpeakerResolver resolverFor(String documentId) {
        List<String> sentences = SharedCorpus.load().document(documentId).sentences();
        return new SpeakerResolver(sentences);
    }

    @Test
    void cnnArticleSpeakers() {
        SpeakerResolver resolver = resolverFor("000_51dffeeb630ea331");
        Speaker hartwell = resolver.resolve("Hartwell");
        assertThat(hartwell.name()).isEqualTo("David Hartwell");
        assertThat(hartwell.role()).contains("analyst").contains("IHS Global Insight");
        assertThat(resolver.resolve("Col. Ahmed Bani").name()).isEqualTo("Ahmed Bani");
        assertThat(resolver.resolve("Rasmussen").name()).isEqualTo("Anders Fogh Rasmussen");
        assertThat(resolver.resolve("Kirby").role()).contains("spokesman");
        assertThat(resolver.resolve("Hamilton").role()).contains("director");
    }

    @Test
    void alJazeeraArticleSpeakers() {
        SpeakerResolver resolver = resolverFor("002_5c489a49197800e4");
        Speaker rasmussen = resolver.resolve("Rasmussen");
        assertThat(rasmussen.name()).isEqualTo("Anders Fogh Rasmussen");
        assertThat(rasmussen.role()).contains("NATO").contains("secretary-general");
        assertThat(resolver.resolve("Jalil").name()).isEqualTo("Mustafa Abdel Jalil");
        assertThat(resolver.resolve("Jalil").role()).endsWith("leader");
    }

    @Test
    void reutersArticleSpeakers() {
        SpeakerResolver resolver = resolverFor("003_28c78a3a308af807");
        assertThat(resolver.resolve("Bouchard").name()).isEqualTo("Charles Bouchard");
        assertThat(resolver.resolve("Bouchard").role()).contains("commander");
        assertThat(resolver.resolve("Nides").name()).isEqualTo("Thomas Nides");
        assertThat(resolver.resolve("Nides").role()).contains("Secretary");
    }
}
