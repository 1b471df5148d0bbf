package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.Analyzer;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {
    private final CandidateFilter filter = new CandidateFilter();

    private List<Boolean> accepted(String... paragraphs) {
        AnalyzedArticle a = new Analyzer().analyze(new Article("a", null, null, null, null, null, null,
                List.of(paragraphs), List.of()));
        return a.sentences().stream().map(s -> filter.accepts(a, s)).toList();
    }

    @Test
    void acceptsAPlainStatement() {
        assertThat(accepted("NATO formally ended its seven-month mission in Libya on Monday.")).containsExactly(true);
    }

    @Test
    void rejectsHeadingsQuestionsAndTinySentences() {
        assertThat(accepted("Arms proliferation")).containsExactly(false);
        assertThat(accepted("Will the alliance come back to Libya next year at all?")).containsExactly(false);
        assertThat(accepted("He left early.")).containsExactly(false);
    }

    @Test
    void rejectsALongHeadlineWithoutAFullStop() {
        assertThat(accepted("The mayor on the right of every resident to a safe bridge across the harbor")).containsExactly(false);
    }

    @Test
    void rejectsQuoteFragmentsWithoutTheirSpeaker() {
        assertThat(accepted("“We have prevented a massacre in the city. We have saved countless lives in the east. "
                + "That was our mission all along,” he told reporters on the plane."))
                .containsExactly(false, false, false);
        assertThat(accepted("“It will be hard to win them back for a long time.”")).containsExactly(false);
    }
}
