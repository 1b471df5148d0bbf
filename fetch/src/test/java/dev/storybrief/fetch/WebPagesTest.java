package dev.storybrief.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.fetch.feed.FeedItem;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebPagesTest {
    private static final FeedItem HINTS = new FeedItem(URI.create("https://news.example/a.html"), "Feed title",
            Instant.parse("2026-02-28T09:30:00Z"), "Feed Outlet");

    @Test
    void whatTheFeedSaysFillsOnlyWhatThePageDoesNot() {
        RawDocument bare = new RawDocument("a", null, SourceFormat.HTML, "Text.", Map.of());
        RawDocument filled = WebPages.withHints(bare, HINTS);
        assertThat(filled.meta(MetaKey.TITLE)).isEqualTo("Feed title");
        assertThat(filled.meta(MetaKey.OUTLET)).isEqualTo("Feed Outlet");
        assertThat(filled.meta(MetaKey.PUBLISHED)).isEqualTo("2026-02-28T09:30:00Z");
        assertThat(filled.meta(MetaKey.PUBLISHED_ORIGIN)).isEqualTo("feed");

        RawDocument own = new RawDocument("a", null, SourceFormat.HTML, "Text.", Map.of(MetaKey.TITLE, "Page title",
                MetaKey.OUTLET, "Page Outlet", MetaKey.PUBLISHED, "2026-02-27", MetaKey.PUBLISHED_ORIGIN, "HTML metadata"));
        assertThat(WebPages.withHints(own, HINTS).meta()).isEqualTo(own.meta());
        assertThat(WebPages.withHints(own, null)).isSameAs(own);
    }
}
