package dev.storybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.Claim;
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
}
