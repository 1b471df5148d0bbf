package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Briefing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two events of one kind, told in the same words, are told apart by the people and places they name; one event whose
 * reports name different people, but share one name, stays one.
 */
class NameComponentsTest {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 3);

    /** Two floods of one month, each told by three reports in one wire style. */
    private static List<RawDocument> twoFloods() {
        return List.of(
                SyntheticNews.doc("a1", "River floods Dunvale\n\nThe river burst its banks in the town of Dunvale on"
                        + " Tuesday, flooding 300 homes, officials said. Mayor Ilse Brandt said rescue teams had"
                        + " reached every street by the evening.", MARCH, "Eastern Wire"),
                SyntheticNews.doc("a2", "Dunvale flood leaves 300 homes under water\n\nThe river flooded 300 homes in"
                        + " Dunvale on Tuesday, and rescue teams evacuated the old town, officials said. Ilse Brandt"
                        + " asked residents to stay away from the banks.", MARCH, "Highland Times"),
                SyntheticNews.doc("a3", "Dunvale counts the cost of the flood\n\nEngineers checked the homes of"
                        + " Dunvale on Wednesday, a day after the river flooded the old town, officials said.",
                        MARCH.plusDays(1), "Eastern Wire"),
                SyntheticNews.doc("b1", "River floods Corrin\n\nThe river burst its banks in the town of Corrin on"
                        + " Saturday, flooding 120 homes, officials said. Mayor Paul Ostrander said rescue teams had"
                        + " reached every street by the evening.", MARCH.plusDays(18), "Eastern Wire"),
                SyntheticNews.doc("b2", "Corrin flood leaves 120 homes under water\n\nThe river flooded 120 homes in"
                        + " Corrin on Saturday, and rescue teams evacuated the old town, officials said. Paul Ostrander"
                        + " asked residents to stay away from the banks.", MARCH.plusDays(18), "Highland Times"),
                SyntheticNews.doc("b3", "Corrin counts the cost of the flood\n\nEngineers checked the homes of Corrin"
                        + " on Sunday, a day after the river flooded the old town, officials said.",
                        MARCH.plusDays(19), "Eastern Wire"));
    }

    @Test
    void articlesLinkedOnlyThroughSharedNamesFormTheirOwnEvents() {
        List<List<Integer>> events = NameComponents.events(List.of(Set.of("dunvale", "ilse brandt"),
                Set.of("corrin"), Set.of("dunvale"), Set.of("corrin", "paul ostrander"), Set.of("nobody else")));
        assertThat(events).containsExactly(List.of(0, 2), List.of(1, 3));
    }

    @Test
    void oneSharedNameKeepsTheGroupsOneEvent() {
        assertThat(NameComponents.events(List.of(Set.of("dunvale", "ilse brandt"), Set.of("dunvale"),
                Set.of("corrin", "ilse brandt"), Set.of("corrin")))).isEmpty();
        assertThat(NameComponents.events(List.of(Set.of("dunvale"), Set.of("dunvale"), Set.of("corrin"))))
                .as("a group of one article is an angle, not an event").isEmpty();
    }

    /** Two pairs of articles, close within (0.5) and less so across (0.2): a cut of ratio 0.4. */
    private static final double[][] TWO_PAIRS = {
        {1, 0.5, 0.2, 0.2}, {0.5, 1, 0.2, 0.2}, {0.2, 0.2, 1, 0.5}, {0.2, 0.2, 0.5, 1}};

    @Test
    void aCutOfTheWordsWhoseSidesQuoteNobodyInCommonPartsTwoEvents() {
        assertThat(NameComponents.partedByWords(TWO_PAIRS, List.of(Set.of("marsh"), Set.of("marsh"), Set.of("lee"),
                Set.of("grant")), NameComponents.PARTED_BY_WORDS)).hasValueSatisfying(cut -> {
                    assertThat(List.of(cut.first(), cut.second())).containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3));
                });
    }

    @Test
    void aPersonQuotedOnBothSidesOrAnArticleQuotingNobodyKeepsTheCutOneEvent() {
        assertThat(NameComponents.partedByWords(TWO_PAIRS, List.of(Set.of("marsh"), Set.of("marsh"), Set.of("lee"),
                Set.of("marsh")), NameComponents.PARTED_BY_WORDS)).isEmpty();
        assertThat(NameComponents.partedByWords(TWO_PAIRS, List.of(Set.of("marsh"), Set.of("marsh"), Set.of("lee"),
                Set.of()), NameComponents.PARTED_BY_WORDS)).isEmpty();
        assertThat(NameComponents.partedByWords(TWO_PAIRS, List.of(Set.of("marsh"), Set.of("marsh"), Set.of("lee"),
                Set.of("grant")), 0.35)).as("the words too close").isEmpty();
    }

    @Test
    void theBriefingOfTwoStrikesOfOneTownSaysItMixesTwoStories() throws java.io.IOException {
        List<String> notes = new ArrayList<>();
        Briefing briefing = Storybrief.builder().build().briefDocuments("strikes",
                SmallStreamStoriesTest.read("two-strikes-one-town.jsonl"), notes);
        notes.addAll(briefing.warnings());
        assertThat(notes).anyMatch(note -> note.contains("look like 2 stories")
                && note.contains("(t1-tram, t2-tram)") && note.contains("(h1-cleaners, h2-cleaners)"));
    }

    @Test
    void aSmallStreamListsTwoEventsOfOneKindApart() {
        List<StoryGroup> stories = new StoryClusterer().addAll(twoFloods()).stories();
        assertThat(stories).extracting(StoryGroup::allIds).containsExactlyInAnyOrder(
                List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
    }

    @Test
    void theBriefingOfAFolderOfBothSaysItMixesTwoStories() {
        List<String> notes = new ArrayList<>();
        Briefing briefing = Storybrief.builder().build().briefDocuments("floods", twoFloods(), notes);
        notes.addAll(briefing.warnings());
        assertThat(notes).anyMatch(note -> note.contains("look like 2 stories")
                && note.contains("(a1, a2, a3)") && note.contains("(b1, b2, b3)"));
    }
}
