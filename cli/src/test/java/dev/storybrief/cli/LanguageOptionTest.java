package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import org.junit.jupiter.api.Test;

/** {@code --language}: the briefing says the language given and how sure (1), and a bad code is one usage line. */
class LanguageOptionTest {
    @Test
    void theGivenLanguageIsEveryArticlesWithConfidenceOne() throws Exception {
        CliRun run = CliRun.of("brief", SharedData.bundledExample().toString(), "--format", "json", "--language", "de");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("language").asText()).isEqualTo("de");
        assertThat(json.get("articles")).allSatisfy(a -> {
            assertThat(a.get("language").asText()).isEqualTo("de");
            assertThat(a.get("languageConfidence").asDouble()).isEqualTo(1.0);
        });
    }

    @Test
    void identifiedWhenNotGiven() throws Exception {
        CliRun run = CliRun.of("brief", SharedData.bundledExample().toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("language").asText()).isEqualTo("en");
        assertThat(json.get("articles")).allSatisfy(a -> assertThat(a.get("languageConfidence").asDouble()).isPositive());
    }

    @Test
    void aBadCodeIsOneErrorLine() {
        CliRun run = CliRun.of("brief", SharedData.bundledExample().toString(), "--language", "french1");
        assertThat(run.status()).isNotZero();
        assertThat(run.err().strip().lines()).hasSize(1).first().asString().contains("--language french1");
    }
}
