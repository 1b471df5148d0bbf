package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LenientJsonTest {

    @Test
    void parsesStandardJson() {
        List<Object> values = LenientJson.parseAll("{\"a\": [1, 2.5, true, null], \"b\": {\"c\": \"d\\u00e9\\n\"}}");
        assertThat(values).hasSize(1);
        Map<?, ?> root = (Map<?, ?>) values.get(0);
        assertThat(root.get("a")).isEqualTo(java.util.Arrays.asList(1.0, 2.5, true, null));
        assertThat(((Map<?, ?>) root.get("b")).get("c")).isEqualTo("d\u00e9\n");
    }

    @Test
    void toleratesCommonPublisherMistakes() {
        String sloppy = "/* schema */ {'headline': 'Raw\nnewline', \"x\": [1, 2,], \"y\": \"bad \\escape\", }\n"
                + "{\"second\": 1} ";
        List<Object> values = LenientJson.parseAll(sloppy);
        assertThat(values).hasSize(2);
        Map<?, ?> first = (Map<?, ?>) values.get(0);
        assertThat(first.get("headline")).isEqualTo("Raw\nnewline");
        assertThat(first.get("y")).isEqualTo("bad escape");
        assertThat(first.get("x")).isEqualTo(List.of(1.0, 2.0));
    }

    @Test
    void rejectsWhatIsNotJsonAndBoundsNesting() {
        assertThatThrownBy(() -> LenientJson.parseAll("{\"a\": ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LenientJson.parseAll("[".repeat(10_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nesting");
    }

    @Test
    void jsonLdFactsReadGraphsAndTypeLists() {
        JsonLdFacts facts = JsonLdFacts.read(List.of("{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site Name\"},"
                + "{\"@type\":[\"NewsArticle\",\"Article\"],\"headline\":\"Head &amp; line\",\"datePublished\":\"2020-05-06\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"A. Writer\"},\"publisher\":{\"name\":\"Pub\"},"
                + "\"articleBody\":\"Body text.\"}]}", "not json at all"));
        assertThat(facts.headline()).isEqualTo("Head & line");
        assertThat(facts.datePublished()).isEqualTo("2020-05-06");
        assertThat(facts.authors()).containsExactly("A. Writer");
        assertThat(facts.publisher()).isEqualTo("Pub");
        assertThat(facts.siteName()).isEqualTo("Site Name");
        assertThat(facts.articleBody()).isEqualTo("Body text.");
    }
}
