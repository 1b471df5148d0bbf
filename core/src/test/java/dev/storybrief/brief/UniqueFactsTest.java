package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
import dev.storybrief.model.Section;
import dev.storybrief.model.Sentence;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.model.Story;
import dev.storybrief.model.vector.TermVector;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniqueFactsTest {

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).analyzed();
    }

    private static List<Claim> uniqueFacts(AnalyzedArticle... articles) {
        Story story = new StoryGrouper().group("s", List.of(articles));
        return new UniqueFacts(3).find(story);
    }

    @Test
    void theMainEventToldInDifferentlyCutSentencesIsNotUniqueButAFactOnlyOneOutletHasIs() {
        List<Claim> facts = uniqueFacts(
                article("a", "Harbour Post",
                        "The Millbrook council voted on Tuesday to close the old river bridge from May, despite a plea from"
                                + " shop owners to keep it open until the summer.",
                        "Engineers found deep cracks in two of the bridge's supporting piers during an inspection.",
                        "A ferry run by volunteers from the rowing club will carry pedestrians across the river."),
                article("b", "Valley Courier",
                        "Millbrook's old bridge will shut in May.",
                        "Shop owners had asked the council to keep the crossing open until the summer.",
                        "The river crossing, closed to all traffic, had deep cracks in its piers, engineers said."),
                article("c", "County Radio",
                        "Councillors in Millbrook voted on Tuesday.",
                        "The old river bridge must close, they decided, despite the shop owners' plea.",
                        "An inspection by engineers had found cracks in the supporting piers of the bridge."));
        assertThat(facts).extracting(Claim::statement)
                .anySatisfy(s -> assertThat(s).contains("ferry run by volunteers"))
                .noneSatisfy(s -> assertThat(s).contains("voted on Tuesday"))
                .noneSatisfy(s -> assertThat(s).contains("shut in May"))
                .noneSatisfy(s -> assertThat(s).contains("voted on Tuesday."));
    }

    @Test
    void aFactThatLeansOnTheSentenceBeforeIsNotShownAlone() {
        List<Claim> facts = uniqueFacts(
                article("a", "Harbour Post",
                        "The Millbrook council voted on Tuesday to close the old river bridge from May.",
                        "It can lend rowing boats and help carry bicycles across the water, he said, from June onwards.",
                        "However, any request for extra moorings might be met with opposition from the anglers' society.",
                        "A ferry run by volunteers from the rowing club will carry pedestrians across the river."),
                article("b", "Valley Courier",
                        "Millbrook's old bridge will shut in May after the council voted on Tuesday."));
        assertThat(facts).extracting(Claim::statement)
                .anySatisfy(s -> assertThat(s).contains("ferry run by volunteers"))
                .noneSatisfy(s -> assertThat(s).contains("rowing boats"))
                .noneSatisfy(s -> assertThat(s).contains("extra moorings"));
    }

    @Test
    void noveltyIsTheShareOfTermWeightNoOtherOutletUses() {
        TermVector vector = TermVector.normalised(Map.of("ferry", 3.0, "bridge", 1.0));
        assertThat(UniqueFacts.novelty(vector, Set.of("bridge")::contains)).isCloseTo(0.75, offset(1e-9));
        assertThat(UniqueFacts.novelty(vector, Set.of("bridge", "ferry")::contains)).isZero();
    }

    private static Story bridgeStory(String... ownParagraphs) {
        return new StoryGrouper().group("s", List.of(
                article("a", "Harbour Post", ownParagraphs),
                article("b", "Valley Courier",
                        "Millbrook's old bridge will shut in May after the council voted on Tuesday.",
                        "The river crossing, closed to all traffic, had deep cracks in its piers, engineers said.")));
    }

    /**
     * A sentence the summary already tells is no addition of one outlet beside it: the list names the outlet's next
     * fact instead of repeating the summary.
     */
    @Test
    void whatTheSummaryTellsIsNotListedAgain() {
        Story story = bridgeStory(
                "The Millbrook council voted on Tuesday to close the old river bridge from May.",
                "A ferry run by volunteers from the rowing club will carry pedestrians across the river.",
                "The rowing club will also run a shuttle bus for wheelchair users from the station to the ferry.");
        List<Claim> alone = new UniqueFacts(1).find(story).stream().filter(c -> c.source().equals("a")).toList();
        assertThat(alone).hasSize(1);
        String first = alone.get(0).statement();
        Sentence told = story.articles().stream().flatMap(a -> a.sentences().stream())
                .filter(s -> s.text().equals(first)).findFirst().orElseThrow();

        BriefingDraft draft = new BriefingDraft(story, 120);
        draft.put(Section.SUMMARY, List.of(new SummarySentence(told, List.of("Harbour Post"), 1.0)));
        new UniqueFacts(1).addTo(draft);

        assertThat(draft.get(Section.UNIQUE).orElseThrow()).filteredOn(c -> c.source().equals("a"))
                .extracting(Claim::statement).doesNotContain(first).singleElement().asString().containsAnyOf("ferry run", "shuttle bus");
    }

    /**
     * A sentence "Where sources disagree" sets against another outlet's figure is one side of that disagreement, not a
     * fact no one else reports: the list leaves it out, as it leaves out what the summary tells.
     */
    @Test
    void aSentenceGivingADisputedFigureIsNotListedAsAnOutletsAlone() {
        Story story = bridgeStory(
                "The Millbrook council voted on Tuesday to close the old river bridge from May.",
                "A ferry run by volunteers from the rowing club will carry pedestrians across the river.",
                "The rowing club will also run a shuttle bus for wheelchair users from the station to the ferry.");
        List<Claim> alone = new UniqueFacts(1).find(story).stream().filter(c -> c.source().equals("a")).toList();
        assertThat(alone).hasSize(1);
        String disputed = alone.get(0).statement();

        BriefingDraft draft = new BriefingDraft(story, 120);
        draft.put(Section.DISAGREEMENTS, List.of(new dev.storybrief.model.Disagreement("ferries",
                dev.storybrief.model.DisagreementKind.NUMBER, List.of(new Claim(disputed, "a", "two ferries", null, 0),
                new Claim("Three ferries will run.", "b", "Three ferries", null, 1)))));
        new UniqueFacts(1).addTo(draft);

        assertThat(draft.get(Section.UNIQUE).orElseThrow()).filteredOn(c -> c.source().equals("a"))
                .extracting(Claim::statement).doesNotContain(disputed);
    }

    /** An article that says one sentence twice (a long read's paragraph repeated in a box) lists it once. */
    @Test
    void aSentenceSaidTwiceIsListedOnce() {
        String ferry = "A ferry run by volunteers from the rowing club will carry pedestrians across the river.";
        List<Claim> facts = new UniqueFacts(3).find(bridgeStory(
                "The Millbrook council voted on Tuesday to close the old river bridge from May.", ferry,
                "The rowing club will also run a shuttle bus for wheelchair users from the station to the ferry.",
                ferry));
        assertThat(facts).extracting(Claim::statement).containsOnlyOnce(ferry);
    }
}
