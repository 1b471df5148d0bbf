package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story id the desk gave up (its articles went to another story when it grouped them again) is never handed out
 * again, after a restart on its store as when it runs on: a reader's link to it must not open another story. The texts
 * are made up.
 */
class StoryIdsAfterRestartTest {
    private static final String FERRY_A = "The harbour council of Kestrel Point voted on Tuesday to close the old ferry"
            + " terminal. Engineers said the pier was unsafe after winter storms damaged its piles, and the ferry to"
            + " Orrin Island will sail from the fishing quay until a new pier is built.";
    private static final String FERRY_B = "Kestrel Point's old ferry terminal will close after Tuesday's vote of the"
            + " harbour council. Storms damaged the pier's piles, engineers told the council, and the Orrin Island ferry"
            + " moves to the fishing quay.";
    private static final String ORCHESTRA = "The Valmont city orchestra named Ilse Marchetti its new conductor for the"
            + " spring season of symphonies. Musicians praised her work with young violinists, and the choir will"
            + " perform Brahms at the opening concert in March.";
    private static final Instant T0 = Instant.parse("2026-11-17T10:00:00Z");

    @TempDir
    Path data;

    private static DeskArticle store(DeskStore store, int n, String text) {
        RawDocument doc = new RawDocument("d" + n, null, SourceFormat.HTML, text,
                Map.of(MetaKey.TITLE, "Report " + n, MetaKey.PUBLISHED, "2026-11-17", MetaKey.OUTLET, "Outlet " + n));
        String url = "https://news.example/" + n;
        return store.articles().store(url, "https://news.example/feed.xml", url, doc, T0.plusSeconds(n)).orElseThrow();
    }

    /** One cycle's grouping, stored as the watcher stores it. */
    private static void settle(StoryDesk desk, DeskStore store, Instant now) {
        List<StoryTable.Assignment> assignments = desk.settle();
        store.stories().assign(assignments, now);
        desk.settled(assignments);
    }

    private static Map<Long, String> stories(DeskStore store) {
        Map<Long, String> out = new HashMap<>();
        store.articles().forEach(0, a -> out.put(a.seq(), a.storyId()));
        return out;
    }

    /**
     * Two reports of one event stored in two stories (as an earlier grouping left them): the desk joins them and gives
     * story-2 up. Restarted, it then meets a new event, which the clusterer numbers story-2: it must get another id.
     */
    @Test
    void anIdGivenUpDoesNotComeBackAfterARestart() {
        StoryOptions options = StoryOptions.defaults();
        List<String> shownAsStory2 = new ArrayList<>();
        try (DeskStore store = DeskStore.open(data)) {
            DeskArticle a = store(store, 1, FERRY_A);
            DeskArticle b = store(store, 2, FERRY_B);
            store.stories().assign(List.of(new StoryTable.Assignment(a.seq(), "story-1", null),
                    new StoryTable.Assignment(b.seq(), "story-2", null)), T0.plusSeconds(10));
            store.queries().story("story-2").ifPresent(s -> shownAsStory2.add(s.articles().get(0).id()));
            settle(StoryDesk.replay(store, options), store, T0.plusSeconds(20));
            assertThat(stories(store)).containsValues("story-1").doesNotContainValue("story-2");
            assertThat(store.queries().story("story-2")).isEmpty();
            assertThat(store.queries().joinedInto("story-2")).contains("story-1");
        }
        assertThat(shownAsStory2).containsExactly("a2");
        try (DeskStore store = DeskStore.open(data)) {
            StoryDesk restarted = StoryDesk.replay(store, options);
            DeskArticle c = store(store, 3, ORCHESTRA);
            restarted.add(c);
            settle(restarted, store, T0.plusSeconds(30));
            Map<Long, String> stories = stories(store);
            assertThat(stories.get(c.seq())).as("the new event's story").isNotEqualTo("story-1")
                    .isNotEqualTo("story-2");
            assertThat(store.queries().story("story-2")).as("the old link opens no other story").isEmpty();
            assertThat(store.queries().joinedInto("story-2")).contains("story-1");
        }
    }
}
