package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A scraped collection glues the page's update stamp to the headline and the lead ("3 March 2026 Last updated at
 * 14:59 GMT The harbour council ..."): the timeline never picks the stamp, and a stamp alone is no sentence.
 */
class DatedSentencePoolTest {

    private static Article article(String id, LocalDate published, String... lines) {
        return new Article(id, null, null, null, null, published, "dataset", List.of(lines), List.of());
    }

    @Test
    void updateStampsAreNeitherSentencesNorDays() {
        DatedSentencePool pool = DatedSentencePool.annotate(List.of(
                article("a", LocalDate.of(2026, 3, 12),
                        "12 March 2026 Last updated at 14:59 GMT The harbour council voted on Tuesday to close the old"
                                + " ferry terminal at Kestrel Point.",
                        "Page last updated at 15:02 GMT, Thursday, 12 March 2026",
                        "Residents said they would appeal."),
                article("b", LocalDate.of(2026, 3, 13),
                        "(Updated 7:40 p.m. (0240 local time)) Engineers said the pier had been unsafe since the storms.")));
        List<String> texts = IntStream.range(0, pool.entries().size()).mapToObj(pool::text).toList();
        assertThat(texts).noneMatch(t -> t.toLowerCase().contains("updated"))
                .contains("The harbour council voted on Tuesday to close the old ferry terminal at Kestrel Point.",
                        "Engineers said the pier had been unsafe since the storms.");
        assertThat(texts).as("a stamp alone is no sentence").hasSize(3);
    }

    /**
     * QA22: Radio Tarn's "Sarah Holt says the dam is not at risk of collapse" of 12-02 was a row of 12-01. An opening
     * sentence that names no day stands for its article's day and, told in the past, for the day before (a daily
     * report tells yesterday's news); told in the present or the future it tells the day of writing only.
     */
    @Test
    void anUndatedLeadInThePresentTellsOnlyTheDayOfWriting() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        DatedSentencePool pool = DatedSentencePool.annotate(List.of(
                article("live", wednesday, "Engineer Sarah Holt says the Kelby dam is not at risk of collapse."),
                article("daily", wednesday, "Engineers found water seeping through the wall of the Kelby dam.")));
        var byDay = pool.candidatesByDay();
        List<String> wednesdays = byDay.getOrDefault(wednesday, List.of()).stream().map(pool::text).toList();
        List<String> tuesdays = byDay.getOrDefault(wednesday.minusDays(1), List.of()).stream().map(pool::text).toList();
        assertThat(wednesdays).hasSize(2);
        assertThat(tuesdays).containsExactly("Engineers found water seeping through the wall of the Kelby dam.");
    }

    /**
     * QA26 #18: a column's "It will take years unless the region invests now." was a timeline row of its day. An
     * opening sentence that is a judgement or a condition, with no act told as done, tells no event and stands for
     * no day; a report's opening sentence, and one that tells an act beside an "if", still do.
     */
    @Test
    void aJudgementOrAConditionStandsForNoDay() {
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        DatedSentencePool pool = DatedSentencePool.annotate(List.of(
                article("view", thursday, "It will take years unless the region invests now.",
                        "The council must stop blaming the weather."),
                article("vue", thursday, "Il faut que la région investisse maintenant dans la digue du port.",
                        "La mairie doit cesser de blâmer la météo et dépenser enfin l'argent reçu."),
                article("report", thursday, "Engineers found water seeping through the wall of the Kelby dam.",
                        "Residents were told to leave if the water rose again.")));
        List<String> thursdays = pool.candidatesByDay().getOrDefault(thursday, List.of()).stream().map(pool::text)
                .toList();
        assertThat(thursdays).containsExactlyInAnyOrder(
                "Engineers found water seeping through the wall of the Kelby dam.",
                "Residents were told to leave if the water rose again.");
    }

    /**
     * The same in the other languages the tagger reads tense cues for: a Polish lead told in the present (Polish marks
     * every past verb) or an Italian one in the future tells its article's day only; one told in the past the day
     * before too.
     */
    @Test
    void anUndatedLeadInThePresentTellsOnlyTheDayOfWritingInOtherLanguagesToo() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        String polishNow = "W strajku bierze udział tysiąc dwustu pracowników spółki tramwajowej w Zalesiu.";
        String polishPast = "Motorniczowie spółki tramwajowej w Zalesiu zawiesili strajk po porozumieniu z zarządem.";
        String italianNow = "La strada provinciale per Valdoria resterà chiusa fino a nuovo ordine della prefettura.";
        String italianPast = "Una grande frana si è staccata dal monte e ha travolto la strada provinciale.";
        DatedSentencePool pool = DatedSentencePool.annotate(List.of(
                article("pl-now", wednesday, polishNow), article("pl-past", wednesday, polishPast),
                article("it-now", wednesday, italianNow), article("it-past", wednesday, italianPast)));
        var byDay = pool.candidatesByDay();
        List<String> wednesdays = byDay.getOrDefault(wednesday, List.of()).stream().map(pool::text).toList();
        List<String> tuesdays = byDay.getOrDefault(wednesday.minusDays(1), List.of()).stream().map(pool::text).toList();
        assertThat(wednesdays).containsExactlyInAnyOrder(polishNow, polishPast, italianNow, italianPast);
        assertThat(tuesdays).containsExactlyInAnyOrder(polishPast, italianPast);
    }
}
