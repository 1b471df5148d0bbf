package dev.storybrief.cjk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.clean.FoundDocument;
import dev.storybrief.group.stories.StoryClusterer;
import dev.storybrief.group.stories.StoryGroup;
import dev.storybrief.group.stories.StoryOptions;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.model.Briefing;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Chinese and Japanese stories as {@code storybrief stories} and {@code brief} see them, on the made-up articles
 * ({@link MadeUpCjkArticles}): under character bigrams the three articles of one story came out as two or three
 * stories (cosines of 0.11 to 0.54, below the join model's bar without names), and no Japanese summary sentence was
 * told by a second outlet.
 */
class CjkStoriesTest {
    private static List<Set<String>> stories(List<RawDocument> articles) {
        List<RawDocument> asGrouped = Storybrief.builder().build().findMetadata(articles).stream()
                .map(FoundDocument::forGrouping).toList();
        List<StoryGroup> found = new StoryClusterer(StoryOptions.defaults()).addAll(asGrouped).stories();
        return found.stream().map(s -> Set.copyOf(s.allIds())).toList();
    }

    private static Set<Set<String>> trueStories(List<RawDocument> articles) {
        return articles.stream().collect(Collectors.groupingBy(d -> MadeUpCjkArticles.storyOf(d.id()),
                Collectors.mapping(RawDocument::id, Collectors.toSet()))).values().stream().collect(Collectors.toSet());
    }

    @Test
    void twoChineseArticlesOfOneStoryGroupAndAnotherStoryStaysApart() {
        List<RawDocument> articles = new ArrayList<>(MadeUpCjkArticles.read("tuning", "zh-fire"));
        articles.addAll(MadeUpCjkArticles.read("tuning", "zh-snow-a"));
        articles.removeIf(d -> d.id().equals("zh-fire-b"));
        assertThat(stories(articles)).containsExactlyInAnyOrder(Set.of("zh-fire-a", "zh-fire-c"), Set.of("zh-snow-a"));
    }

    @Test
    void eachChineseAndJapaneseStoryOfAMixedFolderIsOneStory() {
        List<RawDocument> articles = MadeUpCjkArticles.read("tuning", "");
        assertThat(articles).hasSize(18);
        assertThat(Set.copyOf(stories(articles))).isEqualTo(trueStories(articles));
    }

    @Test
    void aJapaneseSummarySentenceIsSupportedByTheOutletsThatTellIt() {
        Briefing b = Storybrief.builder().words(120).build()
                .briefDocuments("台風", MadeUpCjkArticles.read("tuning", "ja-typhoon"), List.of());
        assertThat(b.language()).isEqualTo("ja");
        // "約3万世帯が停電" is told by all three outlets in their own words
        assertThat(b.summary()).anyMatch(s -> s.text().contains("3万世帯") && !s.support().isEmpty());
    }

    @Test
    void aChineseArticleOfAnotherStoryInTheFolderIsNamed() {
        List<RawDocument> articles = new ArrayList<>(MadeUpCjkArticles.read("tuning", "zh-fire"));
        articles.addAll(MadeUpCjkArticles.read("tuning", "zh-snow-a"));
        Briefing b = Storybrief.builder().build().briefDocuments("火灾", articles, List.of());
        assertThat(b.warnings()).anyMatch(w -> w.startsWith("note zh-snow-a comes close to none"));
        assertThat(b.warnings()).noneMatch(w -> w.contains("comes close to none") && w.contains("zh-fire"));
    }
}
