package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The desk shows its stories as {@code stories} reads them (every article placed again, stories of two events split),
 * not as the articles' arrivals left them, and the same after a restart as when it ran on.
 */
class StoryDeskReadingTest {
    /** No warm-up: the desk's real stories from the first article, so that four articles are enough. */
    private static final StoryOptions OPTIONS = StoryOptions.defaults().withWarmupArticles(1);

    // two barn fires two days apart, alike in every word; each lead names the one county fire service that fights both,
    // and the farmer, the neighbour and the village of its own fire
    private static final String[] TEXTS = {
        "A barn fire destroyed hay and machinery at a farm near Hollinbeck on Monday night. Crews of the Marrow County"
            + " Fire Service fought the blaze for six hours. \"The flames were higher than the oak trees,\" said"
            + " neighbour Peter Gillam.\n\nThe farmer, Ruth Ashdown, led her cattle out before the roof fell in. Fire"
            + " investigators will examine the wiring and the hay dryer.",
        "Fire investigators examined the burnt barn at a farm near Hollinbeck, where hay and machinery were destroyed."
            + " The Marrow County Fire Service said the roof fell in after six hours. The farmer, Ruth Ashdown, had led"
            + " her cattle out.\n\nInvestigators will examine the wiring and the hay dryer, the fire service said.",
        "A barn fire destroyed hay and machinery at a farm near Tressick on Wednesday night. Crews of the Marrow County"
            + " Fire Service fought the blaze for five hours. \"The sky was orange over the whole valley,\" said"
            + " neighbour Alan Probert.\n\nThe farmer, Colin Venn, led his sheep out before the roof fell in. Fire"
            + " investigators will examine the wiring and the hay dryer.",
        "Fire investigators examined the burnt barn at a farm near Tressick, where hay and machinery were destroyed."
            + " The Marrow County Fire Service said the roof fell in after five hours. The farmer, Colin Venn, had led his"
            + " sheep out.\n\nInvestigators will examine the wiring and the hay dryer, the fire service said."};
    private static final String[] DAYS = {"2026-05-04", "2026-05-05", "2026-05-06", "2026-05-07"};

    private static List<DeskArticle> articles() {
        List<DeskArticle> articles = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            long seq = i + 1;
            articles.add(new DeskArticle(seq, DeskArticle.idOf(seq), "https://news.example/" + seq,
                    "https://news.example/feed", "Barn fire", "Outlet " + seq, null, DAYS[i], "feed",
                    DAYS[i] + "T10:00:00Z", TEXTS[i], null, null, null));
        }
        return articles;
    }

    @Test
    void theDeskPartsTwoEventsAsOneRunReadingItsStoriesDoes() {
        List<DeskArticle> articles = articles();
        StoryDesk live = StoryDesk.replay(List.of(), OPTIONS);
        Map<Long, String> shown = new HashMap<>();
        for (DeskArticle article : articles) {
            live.add(article);
            List<StoryTable.Assignment> settled = live.settle();
            settled.forEach(a -> shown.put(a.seq(), a.storyId()));
            live.settled(settled);
        }
        assertThat(shown.get(1L)).isEqualTo(shown.get(2L)).isNotEqualTo(shown.get(3L));
        assertThat(shown.get(3L)).isEqualTo(shown.get(4L));
        List<String> oneRun = new StoryClusterer(OPTIONS).addAll(articles.stream().map(DeskArticle::document).toList())
                .storyIds();
        assertThat(oneRun.get(0)).isEqualTo(oneRun.get(1)).isNotEqualTo(oneRun.get(2));

        // restarted on what was stored: nothing to change
        List<DeskArticle> stored = articles.stream().map(a -> new DeskArticle(a.seq(), a.id(), a.url(), a.feedUrl(),
                a.title(), a.outlet(), a.author(), a.published(), a.publishedOrigin(), a.fetched(), a.text(),
                shown.get(a.seq()), null, null)).toList();
        assertThat(StoryDesk.replay(stored, OPTIONS).settle()).isEmpty();
    }
}
