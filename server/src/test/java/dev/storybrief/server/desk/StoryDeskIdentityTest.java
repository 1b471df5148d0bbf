package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.group.stories.StoryOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A story's id follows its articles when the desk groups them afresh (a restart, a provisional regrouping): it stays
 * with most of the articles that had it, not with whichever was stored first, and an article updated at its source
 * stays with the articles it was stored beside (QA tour 20, the live desk).
 */
class StoryDeskIdentityTest {
    private static final String FERRY_A = "The harbour council of Kestrel Point voted on Tuesday to close the old ferry"
            + " terminal. Engineers said the pier was unsafe after winter storms damaged its piles, and the ferry to"
            + " Orrin Island will sail from the fishing quay until a new pier is built.";
    private static final String FERRY_B = "Kestrel Point's old ferry terminal will close after Tuesday's vote of the"
            + " harbour council. Storms damaged the pier's piles, engineers told the council, and the Orrin Island ferry"
            + " moves to the fishing quay.";
    private static final String FERRY_C = "Ferry passengers to Orrin Island will board at Kestrel Point's fishing quay"
            + " once the old terminal closes, the harbour council said on Tuesday, after engineers found storm damage to"
            + " the pier's piles.";
    private static final String ORCHESTRA = "The Valmont city orchestra named Ilse Marchetti its new conductor for the"
            + " spring season of symphonies. Musicians praised her work with young violinists, and the choir will"
            + " perform Brahms at the opening concert in March.";

    /** A feed's teaser stored in place of a page that answered 404: a line or two, its words mostly its own. */
    private static final String TEASER = "Volunteers at the Brannock animal shelter ask readers to adopt the kittens"
            + " left at its door.";

    private static DeskArticle stored(long seq, String text, String story, boolean revised) {
        return new DeskArticle(seq, DeskArticle.idOf(seq), "https://news.example/" + seq, "https://news.example/feed",
                null, "Outlet " + seq, null, "2026-11-17", "feed", "2026-11-17T10:00:00Z", text, story, null,
                revised ? "2026-11-17T12:00:00Z" : null);
    }

    private static Map<Long, String> settle(List<DeskArticle> articles) {
        StoryDesk desk = StoryDesk.replay(articles, StoryOptions.defaults());
        Map<Long, String> stories = new java.util.HashMap<>();
        articles.forEach(a -> stories.put(a.seq(), a.storyId()));
        desk.settle().forEach(a -> stories.put(a.seq(), a.storyId()));
        return stories;
    }

    @Test
    void theStoryIdStaysWithMostOfItsArticlesNotWithTheFirstStored() {
        // the first article stored now reads as another story: the story's id stays with the other two
        Map<Long, String> stories = settle(List.of(stored(1, ORCHESTRA, "story-2", false),
                stored(2, FERRY_A, "story-2", false), stored(3, FERRY_B, "story-2", false)));
        assertThat(stories.get(2L)).isEqualTo("story-2");
        assertThat(stories.get(3L)).isEqualTo("story-2");
        assertThat(stories.get(1L)).isNotEqualTo("story-2");
    }

    @Test
    void anArticleUpdatedAtItsSourceStaysWithTheArticlesItWasStoredBeside() {
        // the updated page's newer text reads as another story; it is the same article, so it keeps its story
        Map<Long, String> stories = settle(List.of(stored(1, FERRY_A, "story-1", false),
                stored(2, FERRY_B, "story-1", false), stored(3, ORCHESTRA, "story-1", true),
                stored(4, FERRY_C, null, false)));
        assertThat(stories.values()).containsOnly("story-1");
        // an article not updated goes where its text takes it
        Map<Long, String> notUpdated = settle(List.of(stored(1, FERRY_A, "story-1", false),
                stored(2, FERRY_B, "story-1", false), stored(3, ORCHESTRA, "story-1", false)));
        assertThat(notUpdated.get(3L)).isNotEqualTo("story-1");
    }

    /**
     * QA tour 20 #8, as the desk met it: the story is stored (a teaser first, then two pages), a later cycle updates one
     * page in place and adds a new article, and the provisional regrouping parts them. The updated page stays in its
     * story, and the story keeps its id with its pages, not with the teaser that was stored first.
     */
    @Test
    void anUpdateInALaterCycleKeepsItsStoryAndTheTeaserDoesNotTakeItsId() {
        List<DeskArticle> before = List.of(stored(1, TEASER, "story-2", false), stored(2, FERRY_A, "story-2", false),
                stored(3, ORCHESTRA, "story-2", false));
        StoryDesk desk = StoryDesk.replay(before, StoryOptions.defaults());
        desk.revised(3);
        desk.add(stored(4, FERRY_B, null, false));
        Map<Long, String> stories = new java.util.HashMap<>();
        before.forEach(a -> stories.put(a.seq(), a.storyId()));
        desk.settle().forEach(a -> stories.put(a.seq(), a.storyId()));
        assertThat(stories.get(2L)).isEqualTo("story-2");
        assertThat(stories.get(3L)).as("the page updated in this cycle").isEqualTo("story-2");
        assertThat(stories.get(4L)).isEqualTo("story-2");
        assertThat(stories.get(1L)).as("the teaser parted from the story").isNotEqualTo("story-2");
    }

    /** On a tie of the story's articles, the larger group keeps the id: not the teaser stored first, alone now. */
    @Test
    void aTeaserStoredFirstAndPartedAloneDoesNotTakeTheStorysId() {
        Map<Long, String> stories = settle(List.of(stored(1, TEASER, "story-2", false),
                stored(2, FERRY_A, "story-2", false), stored(3, FERRY_B, null, false)));
        assertThat(stories.get(2L)).isEqualTo("story-2");
        assertThat(stories.get(3L)).isEqualTo("story-2");
        assertThat(stories.get(1L)).isNotEqualTo("story-2");
    }
}
