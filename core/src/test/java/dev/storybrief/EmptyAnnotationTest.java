package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.model.AnalyzedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotating a file that cleaning empties says so, instead of printing an empty text without a word. */
class EmptyAnnotationTest {
    @TempDir
    Path dir;

    private List<AnalyzedArticle> annotate(String name, String text, List<String> warnings) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        List<AnalyzedArticle> out = new ArrayList<>();
        Storybrief.builder().build().annotate(List.of(file), out::add, warnings::add);
        return out;
    }

    @Test
    void aFileOfBoilerplateIsAnnotatedWithAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<AnalyzedArticle> out = annotate("page.txt", "Share\n\nTweet\n\nAdvertisement\n", warnings);
        assertThat(out).singleElement().satisfies(a -> assertThat(a.text()).isBlank());
        assertThat(warnings).anyMatch(w -> w.contains("page.txt") && w.contains("nothing left after removing boilerplate"));
    }

    @Test
    void aChineseArticleIsAnnotatedWithItsText() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<AnalyzedArticle> out = annotate("zh.txt",
                "杭州湾大桥因大雾封闭\n\n受大雾影响，杭州湾跨海大桥4日清晨临时封闭，数百辆货车在两岸收费站排队等候。\n", warnings);
        assertThat(out).singleElement().satisfies(a -> assertThat(a.text()).startsWith("受大雾影响"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aSkippedArticleSaysWhichRulesEmptiedIt() {
        dev.storybrief.model.Article emptied = new dev.storybrief.clean.ArticleCleaner().clean(new dev.storybrief.ingest
                .RawDocument("p", dir.resolve("p.txt"), dev.storybrief.ingest.SourceFormat.TEXT,
                "Share\n\nTweet\n\nAdvertisement\n\n© 2026 Carrow Herald\n", java.util.Map.of()));
        assertThat(Storybrief.removedByRule(emptied)).isEqualTo(" (4 lines: copyright 1, share-bar 3)");
    }

    /**
     * One item of a feed file that cleaning empties (qa22 #13): the line names that item, not the whole feed, whose
     * other item is annotated.
     */
    @Test
    void anEmptiedFeedItemIsNamedNotItsFeed() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<AnalyzedArticle> out = annotate("feed.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Dales Daily</title><item><title>Quay closed</title><link>https://dd.example/quay</link>"
                + "<description>The quay at Kelby closed on Monday after a crane fell, the harbour master said, and"
                + " ferries were sent to Ostmark instead.</description></item><item><title>Broken item</title>"
                + "<link>https://dd.example/broken</link><description>Share Tweet</description></item>"
                + "</channel></rss>", warnings);
        assertThat(out).hasSize(2);
        assertThat(warnings).anyMatch(w -> w.contains("feed.rss (item feed-broken, \"Broken item\")")
                && w.contains("nothing left after removing boilerplate"));
    }
}
