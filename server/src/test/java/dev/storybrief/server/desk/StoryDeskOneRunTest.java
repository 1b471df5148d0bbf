package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestSeed;
import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After every cycle the desk shows the stories one run ({@code StoryClusterer.storyIds()}, as {@code stories} and
 * {@code brief} read them) gives over the articles stored so far, however the articles came in cycles, through the
 * warm-up and after it; a cycle that stored nothing changes nothing, and a desk restarted on what was stored has
 * nothing to move. Made-up stories ({@link SyntheticStories}) in seeded waves.
 */
@ExtendWith(TestSeed.class)
class StoryDeskOneRunTest {
    private static final Instant START = Instant.parse("2026-01-05T06:00:00Z");

    @Test
    void everyCycleShowsTheStoriesOfOneRunOverTheArticlesStoredSoFar() {
        long seed = TestSeed.value();
        Random random = new Random(seed);
        StoryOptions options = StoryOptions.defaults();
        List<SimArticle> sim = SyntheticStories.generate(10, 5, seed, LocalDate.parse("2026-01-05"), START,
                Duration.ofHours(3));
        List<DeskArticle> stored = new ArrayList<>();
        Map<Long, String> shown = new HashMap<>();
        StoryDesk desk = StoryDesk.replay(List.of(), options);
        int cycles = 0;
        while (stored.size() < sim.size()) {
            int wave = 1 + random.nextInt(8);
            for (SimArticle a : sim.subList(stored.size(), Math.min(sim.size(), stored.size() + wave))) {
                DeskArticle article = article(stored.size() + 1, a);
                stored.add(article);
                desk.add(article);
            }
            List<StoryTable.Assignment> settled = desk.settle();
            settled.forEach(a -> shown.put(a.seq(), a.storyId()));
            desk.settled(settled);
            cycles++;
            assertThat(partition(shown)).as("cycle %d, %d articles", cycles, stored.size())
                    .isEqualTo(partition(oneRun(stored, options)));
            assertThat(desk.settle()).as("a cycle that stored nothing").isEmpty();
            if (random.nextInt(3) == 0) {
                List<DeskArticle> asStored = stored.stream().map(a -> withStory(a, shown.get(a.seq()))).toList();
                desk = StoryDesk.replay(asStored, options);
                assertThat(desk.settle()).as("restarted after cycle %d", cycles).isEmpty();
            }
        }
        assertThat(cycles).isGreaterThan(5);
    }

    private static DeskArticle article(long seq, SimArticle a) {
        return new DeskArticle(seq, DeskArticle.idOf(seq), "https://news.example/" + a.id(), "https://news.example/feed",
                a.title(), "Outlet " + seq % 4, null, a.published().toString(), "page", a.appears().toString(),
                a.text(), null, null, null);
    }

    private static DeskArticle withStory(DeskArticle a, String story) {
        return new DeskArticle(a.seq(), a.id(), a.url(), a.feedUrl(), a.title(), a.outlet(), a.author(), a.published(),
                a.publishedOrigin(), a.fetched(), a.text(), story, null, a.revised());
    }

    private static Map<Long, String> oneRun(List<DeskArticle> stored, StoryOptions options) {
        List<String> ids = new StoryClusterer(options).addAll(stored.stream().map(DeskArticle::document).toList())
                .storyIds();
        Map<Long, String> out = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            out.put(stored.get(i).seq(), ids.get(i));
        }
        return out;
    }

    /** The stories as sets of articles, whatever they are called. */
    private static Set<Set<Long>> partition(Map<Long, String> storyOf) {
        Collection<TreeSet<Long>> stories = storyOf.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toCollection(TreeSet::new)))).values();
        return Set.copyOf(stories);
    }
}
