package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The strike, which began on Monday, ended on Wednesday": a relative clause set off by commas after the subject
 * names the subject by an earlier event; the sentence tells the main clause's, Wednesday's. The sentence was one row
 * on Monday, the start its aside named, and Wednesday's end was on no row of it. In every language the timeline reads
 * the pronoun opens the aside. The aside's own event is then a row of its own day. Every article is of Thursday,
 * 2026-12-03.
 */
class SetOffRelativeClausesTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The strike by the refuse collectors of Valdemora, which began on Monday, ended on Wednesday after a deal with"
                + " the council.|The deal raises the collectors' pay by four percent, the mayor said.",
        "La huelga de los basureros de Valdemora, que empezó el lunes, terminó el miércoles tras un acuerdo con el"
                + " ayuntamiento.|El acuerdo sube los salarios de los basureros un cuatro por ciento, dijo el alcalde.",
        "La grève des éboueurs de Valdemora, qui a commencé lundi, a pris fin mercredi après un accord avec la"
                + " mairie.|L'accord augmente les salaires des éboueurs de quatre pour cent, a dit le maire.",
        "Der Streik der Müllwerker in Valdemora, der am Montag begann, endete am Mittwoch nach einer Einigung mit der"
                + " Stadt.|Die Einigung erhöht die Löhne der Müllwerker um vier Prozent, sagte der Bürgermeister."})
    void theMainClausesDayDatesTheSentence(String sentence, String other) {
        AnalyzedArticle article = TestArticle.of("a", sentence, other).outlet("Valdemora Daily")
                .published(THURSDAY, "page").analyzed();
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(article)));
        assertThat(rows).as(sentence).filteredOn(r -> sentence.startsWith(r.text().substring(0, 12)))
                .filteredOn(r -> r.date().equals("2026-12-02")).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo(sentence));
    }

    /**
     * The aside's own event, the strike's start, is a row of its own on its own day, in the outlet's words up to the
     * aside's closing comma: the sentence tells it, and no other outlet may.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The strike by the refuse collectors of Valdemora, which began on Monday, ended on Wednesday after a deal with"
                + " the council.|The strike by the refuse collectors of Valdemora, which began on Monday",
        "La huelga de los basureros de Valdemora, que empezó el lunes, terminó el miércoles tras un acuerdo con el"
                + " ayuntamiento.|La huelga de los basureros de Valdemora, que empezó el lunes"})
    void theAsideIsARowOfItsOwnDay(String sentence, String aside) {
        AnalyzedArticle article = TestArticle.of("a", sentence).outlet("Valdemora Daily")
                .published(THURSDAY, "page").analyzed();
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(article)));
        assertThat(rows).as(sentence).filteredOn(r -> r.date().equals("2026-11-30")).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo(aside));
        assertThat(rows).as(sentence).filteredOn(r -> r.date().equals("2026-12-02")).hasSize(1);
    }
}
