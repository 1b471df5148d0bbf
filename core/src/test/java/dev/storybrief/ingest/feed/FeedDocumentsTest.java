package dev.storybrief.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which feed items carry their article and which only a teaser of it (made-up items). */
class FeedDocumentsTest {
    private static final String LONG = "The harbour board closed the north quay on Tuesday after engineers found"
            + " cracks in two of its concrete pillars during a routine inspection of the old harbour walls. ";

    private static FeedDocuments.Item only(String html) {
        SyndicationEntry entry = new SyndicationEntry("https://echo.example/news/quay.html", null, "Quay closed", null,
                null, null, null, html);
        List<FeedDocuments.Item> items = FeedDocuments.items("echo", null,
                new SyndicationFeed("rss_2.0", "Harbour Echo", List.of(entry)));
        assertThat(items).singleElement().satisfies(i -> assertThat(i.id()).isEqualTo("echo-quay"));
        return items.get(0);
    }

    @Test
    void aShortDescriptionIsATeaserAndAnArticleLongTextIsNot() {
        assertThat(only("<p>" + LONG + "</p>").teaser()).isTrue();
        assertThat(only("<p>" + LONG.repeat(5) + "</p><p>" + LONG + "</p>").teaser()).isFalse();
        // 28 words a sentence: 4 are below the article's 120 words, 5 are not
        assertThat(only(LONG.repeat(4)).teaser()).isTrue();
    }

    @Test
    void anExcerptThatSaysItIsCutIsATeaserHoweverLong() {
        assertThat(only("<p>" + LONG.repeat(6) + " The board said [&#8230;]</p>").teaser()).isTrue();
        assertThat(only("<p>" + LONG.repeat(6) + "</p><p><a href=\"/q\">Continue reading...</a></p>").teaser()).isTrue();
        assertThat(only("<p>" + LONG.repeat(6) + "</p><p>The post Quay closed appeared first on Harbour Echo.</p>")
                .teaser()).isTrue();
    }

    @Test
    void anItemWithNothingBeyondItsTitleHasNoDocument() {
        FeedDocuments.Item item = only("<a href=\"/q\">Quay closed</a>");
        assertThat(item.document()).isNull();
        assertThat(item.teaser()).isTrue();
        assertThat(item.label()).isEqualTo("feed item 1 (echo-quay, \"Quay closed\")");
    }

    @Test
    void chineseCharactersCountAsWords() {
        String sentence = "港务局星期二关闭了北码头，因为工程师在两根柱子上发现了裂缝。"; // 28 characters and 2 marks
        assertThat(only(sentence.repeat(3)).teaser()).isTrue();
        assertThat(only(sentence.repeat(6)).teaser()).isFalse();
    }
}
