package dev.storybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.model.AnalyzedArticle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The TIMEX3s {@code storybrief annotate} writes follow TimeML's extents and types. */
class AnnotationTimexTest {

    /**
     * "The ruling comes a month after the plant closed": TimeML's TIMEX3 is the duration "a month" (P1M), "after" a signal
     * and the closing an event; the article still dates the count internally for its timeline.
     */
    @Test
    void aCountBeforeAnEventIsWrittenAsItsDuration() {
        AnalyzedArticle doc = TestArticle.of("a", "The ruling on the two shops comes a month after the plant closed.")
                .published(LocalDate.of(2011, 10, 28)).analyzed();
        String line = AnnotationJson.line(doc, false);
        assertThat(line).contains("\"text\":\"a month\",\"type\":\"DURATION\",\"value\":\"P1M\"")
                .doesNotContain("a month after\"");
        assertThat(doc.timexes()).singleElement().satisfies(t -> assertThat(t.type().name()).isEqualTo("DATE"));
    }
}
