package dev.storybrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.QuoteSpan;
import org.junit.jupiter.api.Test;

/** A made-up question-and-answer interview: the answers are the interviewee's words, the questions nobody's quotes. */
class InterviewAnswersTest {

    private static AnalyzedArticle annotated(String... paragraphs) {
        return TestArticle.of("i", paragraphs).outlet("Fjord Post").analyzed();
    }

    @Test
    void answersAreQuotesOfTheIntervieweeTheIntroductionNames() {
        AnalyzedArticle a = annotated("Harbour pilot Jonas Eklund talked to the Fjord Post about the night of the grounding.",
                "Q: When did you see the rocks?",
                "A: Too late. The radar showed nothing until we were on them.",
                "Question: Will you sail again?",
                "Answer: Not on that route.");
        assertThat(a.quotes()).extracting(QuoteSpan::text)
                .containsExactly("Too late. The radar showed nothing until we were on them.", "Not on that route.");
        assertThat(a.quotes()).extracting(QuoteSpan::speakerName).containsOnly("Jonas Eklund");
        assertThat(a.quotes()).extracting(q -> q.cue().text()).containsExactly("A:", "Answer:");
        assertThat(a.quotes()).noneMatch(QuoteSpan::partial);
    }

    @Test
    void anAnswerStopsAtTheNextQuestionAndQuotedWordsInsideStillCount() {
        AnalyzedArticle a = annotated("We spoke with Captain Ines Moll, who brought the ferry home.",
                "Q: What did the crew say? A: They said “keep going” and we did.");
        assertThat(a.quotes()).extracting(QuoteSpan::text).contains("They said “keep going” and we did.");
        assertThat(a.quotes()).extracting(QuoteSpan::text).noneMatch(t -> t.contains("What did the crew say"));
    }

    @Test
    void noQuestionOrNobodyNamedCreditsNothing() {
        assertThat(annotated("The ferry company published its timetable for the winter.",
                "A: The morning boat leaves at seven.").quotes()).isEmpty();
        assertThat(annotated("The ferry company answered questions from readers.",
                "Q: When does the morning boat leave?", "A: At seven.").quotes()).isEmpty();
    }
}
