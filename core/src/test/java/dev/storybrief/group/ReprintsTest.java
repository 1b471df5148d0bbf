package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ReprintedWire;
import dev.storybrief.Storybrief;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.QuoteItem;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agency's text that a site ran under its own name is one report: counted once as support and in who said what,
 * and the site still named beside it; one outlet's versions of a text stay briefed but are shown as one report.
 */
class ReprintsTest {
    private static final Storybrief STORYBRIEF = Storybrief.builder().words(120).build();

    @Test
    void aCopyUnderAnotherOutletsNameIsFoldedIntoTheReport() {
        Story story = STORYBRIEF.story("mill", ReprintedWire.reprinted(), new ArrayList<>());
        assertThat(story.articles()).extracting(a -> a.id()).containsExactly("ap", "herald");
        assertThat(story.reprints()).containsOnlyKeys("ap");
        assertThat(story.reprints().get("ap")).extracting(a -> a.id()).containsExactly("tribune");
        story.articles().get(0).sentences().forEach(s -> assertThat(story.supportOf(s)).doesNotContain("tribune"));
    }

    @Test
    void theBriefingCountsItOnceAndNamesTheReprintingOutlet() {
        Briefing briefing = STORYBRIEF.briefDocuments("mill", ReprintedWire.reprinted(), List.of());
        assertThat(briefing.articles()).extracting(a -> a.id()).containsExactly("ap", "tribune", "herald");
        assertThat(briefing.reprintOf("tribune")).hasValue("ap");
        for (SummarySentence s : briefing.summary()) {
            assertThat(s.support()).as(s.text()).doesNotContain("tribune");
            assertThat(s.sentence().articleId()).isNotEqualTo("tribune");
        }
        List<QuoteItem> berg = briefing.quotes().stream().filter(q -> "Anna Berg".equals(q.speaker())).toList();
        assertThat(berg).hasSize(1);
        assertThat(berg.get(0).source()).isEqualTo("ap");
        String text = Renderer.forFormat("text").render(briefing, false);
        assertThat(text).contains("Associated Press (reprinted by Redfield Tribune)")
                .contains("Redfield Tribune (reprint of Associated Press)");
        assertThat(Renderer.forFormat("json").render(briefing, false)).contains("\"reprintOf\" : \"ap\"");
    }

    @Test
    void oneOutletsVersionsStayBriefedButAreShownAsOneReport() {
        Briefing briefing = STORYBRIEF.briefDocuments("mill", ReprintedWire.versions(), List.of());
        assertThat(briefing.articles()).extracting(a -> a.id()).containsExactly("ap", "ap-update", "herald");
        assertThat(briefing.summary()).extracting(SummarySentence::text).anyMatch(t -> t.contains("rebuild the mill"));
        for (SummarySentence s : briefing.summary()) {
            // the agency's two versions back neither each other nor themselves; the other outlet backs both
            assertThat(s.support()).as(s.text()).doesNotContain("ap-update");
            if (!s.sentence().articleId().equals("herald")) {
                assertThat(s.support()).as(s.text()).doesNotContain("ap");
            }
        }
        assertThat(briefing.quotes().stream().filter(q -> "Anna Berg".equals(q.speaker()))).hasSize(1);
    }

    @Test
    void shortAlikeTextsAndTextsMonthsApartAreNoCopies() {
        var copies = dev.storybrief.group.stories.WireCopies.groups(List.of(
                "The warehouse held about 4,000 tonnes of wheat, the port director said.",
                "The warehouse held nearly 6,000 tonnes of wheat, the port director said.",
                ReprintedWire.WIRE, ReprintedWire.WIRE + " The road reopened.", ReprintedWire.WIRE),
                java.util.Arrays.asList(null, null, java.time.LocalDate.of(2026, 3, 3),
                        java.time.LocalDate.of(2026, 3, 4), java.time.LocalDate.of(2026, 9, 1)));
        assertThat(copies).containsExactly(List.of(2, 3));
    }

    @Test
    void aReportAndItsReprintAloneAreOneReport() {
        Briefing briefing = STORYBRIEF.briefDocuments("mill", List.of(ReprintedWire.reprinted().get(0),
                ReprintedWire.reprinted().get(2)), List.of());
        assertThat(briefing.warnings()).contains("note only one report (the other articles are copies of it): the"
                + " briefing cannot compare outlets");
    }
}
