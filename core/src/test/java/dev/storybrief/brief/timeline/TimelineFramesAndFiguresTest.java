package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Story;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A timeline row tells an event with one figure, and a sentence that only frames speech is no row. */
class TimelineFramesAndFiguresTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 5, 20);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(WEDNESDAY, "page").analyzed();
    }

    private static Story sentencing() {
        return new StoryGrouper().group("s", List.of(
                article("courier", "Metro Courier",
                        "A Brenford businessman, Dennis Whitlow, was sentenced on Tuesday to seven years in prison for"
                                + " defrauding pension funds of $12 million.",
                        "Judge Anna Petrov told the court on Tuesday:",
                        "\u201cYou abused the trust of thousands of workers.\u201d",
                        "Prosecutors had asked for nine years."),
                article("record", "Coastal Record",
                        "Dennis Whitlow was sentenced on Tuesday to six years in prison for a fraud that cost pension"
                                + " funds $12 million, the court said.",
                        "Judge Anna Petrov said the businessman had shown no remorse. She told reporters on Tuesday:",
                        "\u201cThis was a calculated crime.\u201d")));
    }

    @Test
    void aSpeechFrameIsNoRow() {
        List<TimelineEvent> rows = new TimelineBuilder(15).build(sentencing());
        assertThat(rows).extracting(TimelineEvent::text).noneMatch(text -> text.contains("told"));
        assertThat(SpeechFrames.isBare("He said.")).isTrue();
        assertThat(SpeechFrames.isBare("Marsh told reporters on Friday.")).isTrue();
        assertThat(SpeechFrames.isBare("Marsh said the fire was out.")).isFalse();
    }

    /**
     * Two terms of one sentencing are a disagreement, not two sentencings: one row, crediting only the outlet whose
     * term it shows; the other term is in "Where sources disagree" with its outlet.
     */
    @Test
    void twoTermsOfOneSentencingAreOneRowCreditingItsOwnOutlet() {
        Story story = sentencing();
        List<TimelineEvent> rows = new TimelineBuilder(15).build(story);
        assertThat(rows).filteredOn(row -> row.text().contains("years in prison")).singleElement()
                .satisfies(row -> assertThat(row.sources()).containsExactly(
                        row.text().contains("seven years") ? "courier" : "record"));
        assertThat(new dev.storybrief.brief.disagreement.NumberDisagreements().find(story))
                .flatExtracting(d -> d.claims()).extracting(c -> c.statement())
                .contains("seven years", "six years");
    }
}
