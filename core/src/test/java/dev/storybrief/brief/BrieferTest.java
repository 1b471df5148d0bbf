package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Layer;
import dev.storybrief.model.Section;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The brief stage as a named list of parts, on the bundled example. */
class BrieferTest {
    private static final List<java.nio.file.Path> EXAMPLE = List.of(SharedData.bundledExample());

    @Test
    void theStandardPartsFillTheirSectionsInOrder() {
        Storybrief storybrief = Storybrief.builder().build();
        assertThat(storybrief.briefer().names())
                .containsExactly("summary", "timeline", "quotes", "entities", "disagreements", "unique");
        Briefing b = storybrief.brief(EXAMPLE);
        assertThat(b.sections().keySet()).containsExactly("summary", "timeline", "quotes", "entities",
                "disagreements", "unique");
        assertThat(b.summary()).isNotEmpty();
        assertThat(b.timeline()).isNotEmpty();
        assertThat(b.summary()).allSatisfy(s -> assertThat(s.verbatim()).isEqualTo(s.sentence().text()));
    }

    @Test
    void aDroppedPartLeavesItsSectionOutAndAnAddedPartReadsTheOnesBefore() {
        BriefingPart count = new BriefingPart() {
            @Override
            public String name() {
                return "summary-size";
            }

            @Override
            public Set<Layer> needs() {
                return Set.of();
            }

            @Override
            public void addTo(BriefingDraft draft) {
                draft.put(new Section<Integer>("summarySize"), draft.get(Section.SUMMARY).orElseThrow().size());
            }
        };
        Briefing b = Storybrief.builder().withoutPart("timeline").part(count).build().brief(EXAMPLE);
        assertThat(b.has(Section.TIMELINE)).isFalse();
        assertThat(b.timeline()).isEmpty();
        assertThat(b.get(new Section<Integer>("summarySize"))).contains(b.summary().size());
    }

    @Test
    void aPartWhoseLayerNoAnnotatorAddsIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> Storybrief.builder().withoutAnnotator("quantities").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("briefing part \"disagreements\" needs the quantities layer");
        assertThat(Storybrief.builder().withoutAnnotator("quantities").withoutPart("disagreements").build()
                .brief(EXAMPLE).disagreements()).isEmpty();
    }

    @Test
    void articlesAnnotatedSeveralAtATimeGiveTheSameBriefing() {
        String one = new dev.storybrief.render.JsonRenderer().render(Storybrief.builder().build().brief(EXAMPLE), true);
        String four = new dev.storybrief.render.JsonRenderer().render(Storybrief.builder().threads(4).build()
                .brief(EXAMPLE), true);
        assertThat(four).isEqualTo(one);
    }

    @Test
    void manyFollowUpsMakeOneNote() {
        assertThat(Briefer.laterNotes(List.of("a", "b"), java.util.Set.of(), java.util.Set.of(), false, null)).hasSize(2)
                .allSatisfy(n -> assertThat(n).contains("follow-up").endsWith("kept out of the summary"));
        List<String> many = IntStream.range(0, 40).mapToObj(i -> "doc" + i).toList();
        assertThat(Briefer.laterNotes(many, java.util.Set.of(), java.util.Set.of(), false, null)).singleElement().satisfies(n -> {
            assertThat(n).startsWith("note 40 articles are from other periods").contains("doc0, doc1").endsWith(", ...");
            assertThat(n).doesNotContain("doc39");
        });
    }

    /** An undated article set apart by the months it names is not called a follow-up: nothing says it came later. */
    @Test
    void anUndatedArticleOfOtherMonthsIsNotCalledAFollowUp() {
        assertThat(Briefer.laterNotes(List.of("u", "d"), java.util.Set.of(), java.util.Set.of("u"), false, null))
                .satisfiesExactly(
                        n -> assertThat(n).startsWith("note u names other months").contains("earlier or later")
                                .doesNotContain("follow-up"),
                        n -> assertThat(n).startsWith("note d is from another period").contains("follow-up"));
    }

    /** In a developing story the note on a follow-up says what the summary holds, never what it was meant to hold. */
    @Test
    void aFollowUpNoteSaysWhatTheSummaryHolds() {
        Briefer.Summarised holds = new Briefer.Summarised(java.util.Set.of("in"), java.util.Set.of("other"), 120);
        assertThat(Briefer.laterNotes(List.of("in", "out", "other"), java.util.Set.of(), java.util.Set.of(), true, holds))
                .containsExactly(
                        "note in is from another period than the rest of the story (a follow-up): summarised as a later development",
                        "note out is from another period than the rest of the story (a follow-up): left out of the summary"
                                + " (its 120 words went to the other articles)",
                        "note other is from another period than the rest of the story (a follow-up): kept out of the summary");
        List<String> many = IntStream.range(0, 8).mapToObj(i -> "doc" + i).toList();
        Briefer.Summarised two = new Briefer.Summarised(java.util.Set.of("doc0", "doc5"), java.util.Set.of(), 90);
        assertThat(Briefer.laterNotes(many, java.util.Set.of(), java.util.Set.of(), true, two)).singleElement()
                .satisfies(n -> assertThat(n).contains("summarised as later developments (2 of them have a sentence within 90 words)"));
    }
}
