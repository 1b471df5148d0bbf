package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.TestSeed;
import dev.storybrief.ingest.RawDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestSeed.class)
class BlockedStoryGrouperTest {
    private static final long SEED = TestSeed.value();
    private static final StoryOptions OPTIONS = StoryOptions.defaults();
    /** The first day of a block: stories around it are split between two blocks and must be linked. */
    private static final LocalDate EDGE = LocalDate.ofEpochDay(
            (Math.floorDiv(LocalDate.of(2024, 3, 4).toEpochDay(), OPTIONS.blockDays()) + 1) * OPTIONS.blockDays());

    static Set<Set<String>> partition(List<StoryGroup> stories) {
        Set<Set<String>> partition = new HashSet<>();
        stories.forEach(s -> partition.add(new HashSet<>(s.allIds())));
        return partition;
    }

    @Test
    void linksAStoryThatCrossesABlockEdge() {
        Random random = new Random(SEED);
        List<RawDocument> docs = new ArrayList<>();
        for (int i = -5; i <= 5; i++) {
            docs.add(SyntheticNews.doc("bridge" + i, SyntheticNews.text(0, 150, random), EDGE.plusDays(i), null));
            docs.add(SyntheticNews.doc("vote" + i, SyntheticNews.text(1, 150, random), EDGE.plusDays(i), null));
        }
        List<StoryGroup> stories = new BlockedStoryGrouper(OPTIONS).group(docs);
        assertThat(partition(stories)).hasSize(2).isEqualTo(partition(new StoryClusterer().addAll(docs).stories()));
        assertThat(stories).extracting(StoryGroup::id).allSatisfy(id -> assertThat(id).contains("#"));
    }

    @Test
    void collapsesCopiesOnBothSidesOfAnEdge() {
        Random random = new Random(SEED);
        String wire = SyntheticNews.text(3, 250, random);
        List<RawDocument> docs = List.of(
                SyntheticNews.doc("before", wire, EDGE.minusDays(1), "AP"),
                SyntheticNews.doc("after", SyntheticNews.edited(wire, 50), EDGE, "Herald"),
                SyntheticNews.doc("analysis", SyntheticNews.text(3, 250, random), EDGE.plusDays(2), "Tribune"));
        List<StoryGroup> stories = new BlockedStoryGrouper(OPTIONS).group(docs);
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).duplicateIds()).containsExactlyInAnyOrder(List.of("after", "before"),
                List.of("analysis"));
        assertThat(stories.get(0).outlets()).contains(List.of("Herald", "AP"));
    }

    @Test
    void findsTheSameStoriesAsOneStreamOnRecurringTopics() {
        Random random = new Random(SEED);
        List<RawDocument> docs = new ArrayList<>();
        for (int period = 0; period < 6; period++) {
            for (int topic = 0; topic < 8; topic++) {
                for (int n = 0; n < 5; n++) {
                    docs.add(SyntheticNews.doc("p" + period + "t" + topic + "-" + n,
                            SyntheticNews.text(topic, 150, random),
                            EDGE.plusDays(period * 70L - 100 + random.nextInt(12)), null));
                }
            }
        }
        Collections.shuffle(docs, random);
        Set<Set<String>> blocked = partition(new BlockedStoryGrouper(OPTIONS).group(docs));
        assertThat(blocked).hasSize(48);
        assertThat(blocked).isEqualTo(partition(new StoryClusterer().addAll(docs).stories()));
    }

    @Test
    void refusesRepeatedIds() {
        RawDocument doc = SyntheticNews.doc("same", "Some text here.", EDGE, null);
        assertThatThrownBy(() -> new BlockedStoryGrouper(OPTIONS).group(List.of(doc, doc)))
                .hasMessageContaining("\"same\" appears twice");
    }
}
