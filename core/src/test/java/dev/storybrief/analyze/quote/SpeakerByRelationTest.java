package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After the speech verb, "someone's sister, Name" and "his daughter, Name" set the name off as an appositive: the
 * named relative speaks, not the one they are related to; and in an object relative clause ("which traders called")
 * the words between the relative pronoun and the verb are its subject. The sentences are made up.
 */
class SpeakerByRelationTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<String> speakers(String... sentences) {
        return extractor.extract(List.of(sentences)).stream().map(Quote::speaker).toList();
    }

    @Test
    void theRelativeNamedAfterTheCommaSpeaks() {
        assertThat(speakers("Peter Marsh died when the crane fell at Eastholm quay.",
                "“We were promised the crane had been checked,” said Marsh's sister, Helen Dorsey.",
                "“She painted every morning until the end,” said her son, Martin Blake."))
                .containsExactly("Helen Dorsey", "Martin Blake");
    }

    @Test
    void theRelationIsTheNamedRelativesRole() {
        List<String> article = List.of("“She painted every morning until the end,” said her son, Martin Blake.");
        assertThat(new SpeakerResolver(article).resolve("Martin Blake").role()).isEqualTo("her son");
    }

    @Test
    void aRelativeWithoutANameIsDescribedNotTheOneTheyAreRelatedTo() {
        assertThat(speakers("Peter Marsh died when the crane fell at Eastholm quay.",
                "“Nobody told us anything,” said Marsh's brother."))
                .containsExactly("Marsh's brother");
    }

    @Test
    void theSubjectOfAnObjectRelativeClauseSpeaksNotTheMainClause() {
        List<String> speakers = speakers("Ronald Pike offered £200 to every shop that had to close, which "
                + "shopkeepers called “a slap in the face”.");
        assertThat(speakers).hasSize(1);
        assertThat(speakers.get(0)).isNotEqualTo("Ronald Pike").isIn("shopkeepers", null);
    }
}
