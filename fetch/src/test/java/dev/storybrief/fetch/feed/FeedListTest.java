package dev.storybrief.fetch.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FeedListTest {

    @Test
    void opmlOutlinesWithAFeedUrlAreTheFeeds() {
        FeedList list = FeedList.parse("\ufeff<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
                + "<outline text=\"World\"><outline text=\"Example\" title=\"Example World\" type=\"rss\" "
                + "xmlUrl=\"https://news.example/world.xml\"/></outline>"
                + "<outline text=\"Again\" xmlUrl=\"https://news.example/world.xml\"/>"
                + "<outline text=\"Bad\" xmlUrl=\"javascript:alert(1)\"/></body></opml>");
        assertThat(list.feeds()).containsExactly(new FeedSource(URI.create("https://news.example/world.xml"), "Example World"));
        assertThat(list.problems()).singleElement().asString().contains("javascript:alert(1)");
    }

    @Test
    void textListsHaveOneUrlALineAndComments() {
        FeedList list = FeedList.parse("# my feeds\nhttps://a.example/rss\n\n  http://b.example/atom.xml # sports\nnot a url\n");
        assertThat(list.feeds()).extracting(FeedSource::url).containsExactly(URI.create("https://a.example/rss"),
                URI.create("http://b.example/atom.xml"));
        assertThat(list.problems()).hasSize(1);
    }

    @Test
    void aBinaryFileIsNoFeedListAndSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path png = dir.resolve("feeds.txt");
        java.nio.file.Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        java.nio.file.Path nul = dir.resolve("nul.txt");
        java.nio.file.Files.write(nul, "https://a.example/rss\n\0\0".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        for (java.nio.file.Path p : java.util.List.of(png, nul)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeedList.read(p))
                    .isInstanceOf(java.io.IOException.class).hasMessage(FeedList.NOT_TEXT);
        }
    }
}
