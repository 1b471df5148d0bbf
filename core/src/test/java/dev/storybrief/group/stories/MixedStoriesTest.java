package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A story of two events of one kind is cut in two; one story told from several angles is not. */
class MixedStoriesTest {
    private static final List<String> COMMON = List.of("said", "officials", "tuesday");

    /** An IDF that has seen a large stream: the common words in every article, each article's own word once. */
    private static IncrementalIdf streamIdf() {
        IncrementalIdf idf = new IncrementalIdf();
        for (int i = 0; i < 300; i++) {
            List<String> terms = new ArrayList<>(COMMON);
            terms.add("other" + i);
            idf.count(terms);
        }
        return idf;
    }

    private static ArticleProfile article(IncrementalIdf idf, String... words) {
        List<String> terms = new ArrayList<>(COMMON);
        terms.addAll(List.of(words));
        idf.count(terms);
        Map<String, Integer> counts = new LinkedHashMap<>();
        terms.forEach(term -> counts.put(term, 1));
        Map<Facet, SparseVector.Weighted> vectors = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            vectors.put(facet, SparseVector.weigh(facet == Facet.TERMS ? counts : Map.of(), idf, 60));
        }
        return new ArticleProfile(vectors);
    }

    @Test
    void twoEventsInOneStoryAreCutAndTheLaterEventSplitOff() {
        IncrementalIdf idf = streamIdf();
        List<ArticleProfile> members = List.of(
                article(idf, "budget", "congress", "deadline", "spending"),
                article(idf, "airport", "gaza", "palestinian", "runway"),
                article(idf, "budget", "congress", "deadline", "shutdown"),
                article(idf, "airport", "gaza", "palestinian", "inaugurated"),
                article(idf, "budget", "congress", "spending", "shutdown"),
                article(idf, "airport", "gaza", "runway", "inaugurated"));
        assertThat(MixedStories.partToSplitOff(members, idf)).containsExactly(1, 3, 5);
    }

    @Test
    void oneStoryToldFromSeveralAnglesStaysWhole() {
        IncrementalIdf idf = streamIdf();
        List<ArticleProfile> members = List.of(
                article(idf, "mill", "kellport", "fire", "brigade"),
                article(idf, "mill", "kellport", "insurance", "owner"),
                article(idf, "mill", "kellport", "fire", "river"),
                article(idf, "mill", "kellport", "arson", "police"),
                article(idf, "mill", "kellport", "police", "suspect"));
        assertThat(MixedStories.partToSplitOff(members, idf)).isEmpty();
    }

    @Test
    void aStoryTooSmallToCutIsLeftAlone() {
        IncrementalIdf idf = streamIdf();
        List<ArticleProfile> members = List.of(
                article(idf, "budget", "congress", "deadline"),
                article(idf, "airport", "gaza", "runway"),
                article(idf, "budget", "congress", "shutdown"));
        assertThat(MixedStories.partToSplitOff(members, idf)).isEmpty();
    }
}
