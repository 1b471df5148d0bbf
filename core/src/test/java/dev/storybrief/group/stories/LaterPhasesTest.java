package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestSeed;
import dev.storybrief.ingest.RawDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestSeed.class)
class LaterPhasesTest {
    private static final long SEED = TestSeed.value();
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    /** The election topic of {@link SyntheticNews}, which no filler article below is about. */
    private static final int POLITICS = 1;

    @Test
    void twoCoresAgreeOnSeveralKeysWithANameAndAPlaceAmongThem() {
        List<String> first = List.of("n:ardelean", "n:cabinet", "n:parliament", "n:tomas", "p:korvath", "p:velmoria");
        // the next phase: another actor, the same president, parliament and capital
        assertThat(LaterPhases.agree(List.of("n:ardelean", "n:ilse", "n:parliament", "n:varga", "n:tomas",
                "p:korvath", "p:velmoria"), first)).isTrue();
        // the same leader and country only: another story of one region
        assertThat(LaterPhases.agree(List.of("n:ardelean", "n:tomas", "n:summit", "p:velmoria", "p:geneva"), first))
                .isFalse();
        // four names and no place: one company's trial and its merger
        assertThat(LaterPhases.agree(List.of("n:ardelean", "n:cabinet", "n:parliament", "n:tomas"), first)).isFalse();
        // places only
        assertThat(LaterPhases.agree(List.of("p:korvath", "p:velmoria", "n:flood", "n:mayor"), first)).isFalse();
    }

    @Test
    void aStorysCoreIsWhatAtLeastHalfOfItsArticlesName() {
        Map<Facet, Map<String, Integer>> one = Map.of(Facet.NAMES, Map.of("zelenik", 1, "horvat", 1),
                Facet.PLACES, Map.of("ljubljana", 1));
        Map<Facet, Map<String, Integer>> two = Map.of(Facet.NAMES, Map.of("zelenik", 2), Facet.PLACES,
                Map.of("ljubljana", 1, "maribor", 1));
        Map<Facet, Map<String, Integer>> three = Map.of(Facet.NAMES, Map.of("novak", 1), Facet.PLACES, Map.of());
        assertThat(LaterPhases.core(List.of(profile(one), profile(two), profile(three))))
                .containsExactly("n:zelenik", "p:ljubljana");
        assertThat(LaterPhases.core(List.of(profile(one), profile(two))))
                .containsExactly("n:horvat", "n:zelenik", "p:ljubljana", "p:maribor");
    }

    @Test
    void aRunningStorysPhaseBeyondTheWindowJoinsItInALargeStream() {
        Random random = new Random(SEED);
        List<RawDocument> docs = new ArrayList<>();
        // a large stream: 240 articles of seven other topics over three months
        for (int n = 0; n < 240; n++) {
            int topic = n % 7 >= POLITICS ? n % 7 + 1 : 0;
            docs.add(SyntheticNews.doc("filler-" + n, SyntheticNews.text(topic, 150, random),
                    DAY.plusDays(random.nextInt(90)), "Outlet " + n % 5));
        }
        for (int n = 0; n < 4; n++) {
            docs.add(SyntheticNews.doc("elected-" + n, "President-elect Marko Zelenik met party leaders in "
                    + "Ljubljana, Slovenia, to talk about a new cabinet, parliament officials said. "
                    + SyntheticNews.text(POLITICS, 150, random), DAY.plusDays(10 + n), "Outlet " + n));
            // 47 days after the first phase ended: past the 30-day window, so no article of it could join on arrival
            docs.add(SyntheticNews.doc("cabinet-" + n, "Prime Minister Ana Horvat refused to form a cabinet "
                    + "under President Marko Zelenik, parliament officials in Ljubljana, Slovenia, said. "
                    + SyntheticNews.text(POLITICS, 150, random), DAY.plusDays(60 + n), "Outlet " + n));
        }
        Collections.shuffle(docs, random);
        Map<String, String> storyOf = StoryClustererTest.storyOf(new StoryClusterer().addAll(docs).stories());
        for (int n = 0; n < 4; n++) {
            assertThat(storyOf.get("cabinet-" + n)).as("seed %d", SEED).isEqualTo(storyOf.get("elected-0"));
            assertThat(storyOf.get("elected-" + n)).as("seed %d", SEED).isEqualTo(storyOf.get("elected-0"));
        }
        // a small stream (a reader's folder) is left as its window makes it
        List<RawDocument> phases = docs.stream().filter(doc -> !doc.id().startsWith("filler")).toList();
        Map<String, String> folder = StoryClustererTest.storyOf(new StoryClusterer().addAll(phases).stories());
        assertThat(folder.get("cabinet-0")).as("seed %d", SEED).isNotEqualTo(folder.get("elected-0"));
    }

    private static ArticleProfile profile(Map<Facet, Map<String, Integer>> keys) {
        Map<Facet, SparseVector.Weighted> vectors = new java.util.EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            vectors.put(facet, SparseVector.weigh(keys.getOrDefault(facet, Map.of()), new IncrementalIdf(), 60));
        }
        return new ArticleProfile(vectors);
    }
}
