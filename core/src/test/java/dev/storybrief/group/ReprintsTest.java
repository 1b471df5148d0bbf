package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ReprintedWire;
import dev.storybrief.Storybrief;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.QuoteItem;
import dev.storybrief.model.Story;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.render.Renderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An agency's text that a site ran under its own name is one report: counted once as support and in who said what,
 * and the site still named beside it; one outlet's earlier version of an article (same stamp or headline stem) is
 * left out for the newer with a note, and versions nothing tells apart stay briefed but are shown as one report.
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
    void anOutletsEarlierVersionUnderTheSameHeadlineIsLeftOutWithANote() {
        // the agency's own later version (same headline, a paragraph added) replaces the first: one article
        Briefing briefing = STORYBRIEF.briefDocuments("mill", ReprintedWire.versions(), List.of());
        assertThat(briefing.articles()).extracting(a -> a.id()).containsExactly("ap-update", "ap", "herald");
        assertThat(briefing.reprintOf("ap")).hasValue("ap-update");
        assertThat(briefing.warnings()).contains("note ap is an earlier version of ap-update (Associated Press): "
                + "briefed from the newer one");
        for (SummarySentence s : briefing.summary()) {
            assertThat(s.sentence().articleId()).isNotEqualTo("ap");
            assertThat(s.support()).as(s.text()).doesNotContain("ap");
        }
        assertThat(briefing.quotes().stream().filter(q -> "Anna Berg".equals(q.speaker()))).hasSize(1);
        // the update's news is briefed, from the version that has it
        assertThat(Renderer.forFormat("text").render(briefing, false)).contains("rebuild the mill")
                .contains("Associated Press (another version)").contains("Associated Press (+1 version)");
    }

    @Test
    void versionsThatNothingTellsApartStayBriefedButAreShownAsOneReport() {
        // the same text under two headlines of one outlet and no stamp: a wire write-through whose update may be news
        List<RawDocument> docs = List.of(ReprintedWire.versions().get(0),
                ReprintedWire.doc("ap-update", "Associated Press", "2026-03-03", "Kellport cooperative to rebuild mill",
                        ReprintedWire.versions().get(1).text()),
                ReprintedWire.versions().get(2));
        Briefing briefing = STORYBRIEF.briefDocuments("mill", docs, List.of());
        assertThat(briefing.articles()).extracting(a -> a.id()).containsExactly("ap", "ap-update", "herald");
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("earlier version"));
        for (SummarySentence s : briefing.summary()) {
            // the agency's two versions back neither each other nor themselves; the other outlet backs both
            assertThat(s.support()).as(s.text()).doesNotContain("ap-update");
            if (!s.sentence().articleId().equals("herald")) {
                assertThat(s.support()).as(s.text()).doesNotContain("ap");
            }
        }
        assertThat(briefing.quotes().stream().filter(q -> "Anna Berg".equals(q.speaker()))).hasSize(1);
    }

    /** A made-up article as a saved page gives it: the stamps and the byline in its text, the outlet known. */
    private static RawDocument page(String id, String outlet, String title, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, title + "\n\n" + text,
                Map.of(MetaKey.OUTLET, outlet));
    }

    private static final String FIRST = "Published 2026-07-02 08:10\n\nBy Tarnby Post staff\n\nA gas explosion "
            + "destroyed a pharmacy on Quay Street in Tarnby early on Thursday, killing two people, police said. "
            + "Firefighters pulled three people from the rubble. The cause of the blast is not yet known, the fire "
            + "service said.";
    private static final String UPDATED = "Published 2026-07-02 08:10\nUpdated 2026-07-02 17:45\n\nBy Tarnby Post "
            + "staff\n\nA gas explosion destroyed a pharmacy on Quay Street in Tarnby early on Thursday, killing four "
            + "people, police said. Firefighters pulled three people from the rubble. The gas supplier Norvane said a "
            + "pipe had been damaged by road works on Wednesday. The cause of the blast is not yet known, the fire "
            + "service said.\n\nThis article was updated with the new death toll and the gas supplier's statement.";
    private static final String OTHER = "Published 2026-07-02\n\nTwo people were killed when a gas explosion tore "
            + "through a pharmacy on Quay Street in Tarnby on Thursday morning, police said. Neighbours said the blast "
            + "shattered windows across the street.";

    @Test
    void anUpdatedVersionUnderTheSameStampSupersedesTheFirstAndItsFigure() {
        Briefing briefing = STORYBRIEF.briefDocuments("blast", List.of(
                page("other", "Quay Gazette", "Two killed in Tarnby pharmacy blast", OTHER),
                page("v1", "Tarnby Post", "Gas explosion destroys pharmacy in Tarnby", FIRST),
                page("v2", "Tarnby Post", "Blast in Tarnby: toll rises", UPDATED)), List.of());
        assertThat(briefing.reprintOf("v1")).hasValue("v2");
        assertThat(briefing.warnings()).contains("note v1 is an earlier version of v2 (Tarnby Post): briefed from the"
                + " newer one");
        for (SummarySentence s : briefing.summary()) {
            assertThat(s.sentence().articleId()).isNotEqualTo("v1");
            assertThat(s.support()).as(s.text()).doesNotContain("v1");
            // the update note says what changed, not what happened
            assertThat(s.text()).doesNotContain("was updated");
        }
        // the outlet stands on one side only, with its new figure
        for (Disagreement d : briefing.disagreements()) {
            assertThat(d.claims()).extracting(Claim::source).doesNotContain("v1");
        }
        assertThat(briefing.disagreements()).flatExtracting(Disagreement::claims).extracting(Claim::statement)
                .anyMatch(t -> t.contains("four"));
    }

    @Test
    void twoArticlesOfOneOutletUnderOneStampStayTwo() {
        // an outlet's morning report and its own later story of the same day, even under one (midnight) stamp: other
        // words, so no versions. Their two counts may still be set side by side: DUC 2004's judged disagreements
        // include one agency's two stories of one day (DisagreementGoldTest)
        String stamp = "Published 2026-07-02 00:00\n\n";
        Briefing briefing = STORYBRIEF.briefDocuments("blast", List.of(
                page("other", "Quay Gazette", "Two killed in Tarnby pharmacy blast", OTHER),
                page("morning", "Tarnby Post", "Gas explosion destroys pharmacy in Tarnby", stamp + "A gas explosion "
                        + "destroyed a pharmacy on Quay Street in Tarnby early on Thursday, killing two people, police "
                        + "said. Firefighters pulled three people from the rubble."),
                page("evening", "Tarnby Post", "Tarnby mourns pharmacy blast victims", stamp + "Four people died in "
                        + "the gas explosion that destroyed a pharmacy on Quay Street in Tarnby on Thursday, police said "
                        + "in the evening. Residents laid flowers outside the ruins as the gas supplier Norvane began "
                        + "checking every pipe in the street.")), List.of());
        assertThat(briefing.articles()).extracting(a -> a.id()).contains("morning", "evening");
        assertThat(briefing.reprintOf("morning")).isEmpty();
        assertThat(briefing.reprintOf("evening")).isEmpty();
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("earlier version"));
    }

    @Test
    void aLightlyEditedCopyUnderTheSameHeadlineFromAnotherOutletStaysItsReprint() {
        Briefing briefing = STORYBRIEF.briefDocuments("mill", List.of(ReprintedWire.reprinted().get(0),
                ReprintedWire.reprinted().get(1),
                ReprintedWire.doc("tribune", "Redfield Tribune", "2026-03-03", "Fire destroys Kellport grain mill",
                        ReprintedWire.WIRE.replace("nearly 6,000", "almost 6,000").replace("stays closed",
                                "remains closed"))), List.of());
        assertThat(briefing.reprintOf("tribune")).hasValue("ap");
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("earlier version"));
        assertThat(Renderer.forFormat("text").render(briefing, false))
                .contains("Redfield Tribune (reprint of Associated Press)");
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
