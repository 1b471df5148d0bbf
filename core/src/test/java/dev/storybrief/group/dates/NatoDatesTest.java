package dev.storybrief.group.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.DateSource;
import dev.storybrief.render.Renderer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real cluster without --date hints: only one article prints its date; the others are dated from it. */
class NatoDatesTest {
    private static Briefing briefing;

    @BeforeAll
    static void brief() {
        briefing = Storybrief.builder().build().brief(List.of(SharedData.natoCluster()));
    }

    private static Article article(String id) {
        return briefing.article(id).orElseThrow();
    }

    @Test
    void aLastModifiedStampBoundsTheDateButIsNotIt() {
        Article aj = article("002_5c489a49197800e4");
        assertThat(aj.dating().notAfter()).isEqualTo(LocalDate.of(2011, 11, 19));
        assertThat(aj.published()).as("the README's date of the event").isEqualTo(LocalDate.of(2011, 10, 28));
        assertThat(aj.dating().source()).isEqualTo(DateSource.INFERRED);
        assertThat(aj.dating().basis()).contains("003_28c78a3a308af807");
        assertThat(aj.dating().confidence()).isBetween(0.1, 0.9);
    }

    @Test
    void theAlJazeeraEventsLandInOctoberNotNovember() {
        List<String> ajDates = briefing.timeline().stream()
                .filter(e -> e.sources().contains("002_5c489a49197800e4")).map(e -> e.date()).toList();
        assertThat(ajDates).noneMatch(d -> d.startsWith("2011-11"));
    }

    /** "Monday's announcement" and "the Pentagon said Monday" loosely retell the end of operations two articles expect. */
    @Test
    void cnnIsDatedToTheMondayTheOthersExpectedTheEnd() {
        Article cnn = article("000_51dffeeb630ea331");
        assertThat(cnn.published()).as("CNN dated %s", cnn.dating()).isEqualTo(LocalDate.of(2011, 10, 31));
        assertThat(cnn.dating().source()).isEqualTo(DateSource.INFERRED);
        assertThat(article("003_28c78a3a308af807").dating().source()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void theMonitorIsDatedFromTheVoteItTellsAsToday() {
        LocalDate monitor = article("001_ab7f095dadc793db").published();
        assertThat(monitor).as("the README's date: 'NATO voted today' on the day of the decision")
                .isEqualTo(LocalDate.of(2011, 10, 28));
        assertThat(article("001_ab7f095dadc793db").dating().source()).isEqualTo(DateSource.INFERRED);
        assertThat(article("004_f5c7c58687d27dfa").published()).as("NATO Watch wrote 20 months later").isNull();
    }

    @Test
    void textAndJsonSayTheDateIsInferred() {
        String text = Renderer.forFormat("text").render(briefing, false);
        assertThat(text).contains("2011-10-28, inferred from");
        String json = Renderer.forFormat("json").render(briefing, false);
        assertThat(json).contains("\"dateSource\" : \"inferred\"").contains("\"notAfter\" : \"2011-11-19\"");
    }
}
