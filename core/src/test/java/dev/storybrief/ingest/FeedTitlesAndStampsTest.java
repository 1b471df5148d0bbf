package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What feeds write around an item's text: an Atom title of type "html" is markup (unescaped once more), its update
 * time bounds the item's date, and the footer WordPress appends to every item is no part of the article. Made-up feeds.
 */
class FeedTitlesAndStampsTest {
    @TempDir
    Path dir;

    private static final String ATOM = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Tolm Post</title><id>urn:tp</id>"
            + "<updated>2026-05-02T10:00:00Z</updated>"
            + "<entry><title type=\"html\">Mayor &amp;amp; council agree budget</title><id>urn:tp:1</id>"
            + "<link href=\"https://tolm.example/2026/05/01/budget\"/><published>2026-05-01T09:00:00Z</published>"
            + "<updated>2026-05-02T08:00:00Z</updated><content type=\"html\">&lt;p&gt;The mayor and the council of"
            + " Tolm agreed the town's budget for next year on Friday after three weeks of talks.&lt;/p&gt;</content>"
            + "</entry>"
            + "<entry><title>Fish &amp; chips stall closes</title><id>urn:tp:2</id>"
            + "<link href=\"https://tolm.example/2026/05/01/stall\"/><updated>2026-05-01T12:00:00Z</updated>"
            + "<summary>The fish stall on the quay closed on Friday after forty years, its owner said.</summary>"
            + "</entry></feed>";

    private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\""
            + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Tolm Post</title>"
            + "<item><title>Quay reopens</title><link>https://tolm.example/quay</link>"
            + "<pubDate>Fri, 01 May 2026 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>The north quay of Tolm"
            + " reopened on Friday after repairs that took six weeks, the harbour board said.</p><p>Ferries will use"
            + " it again from Monday.</p><p>The post <a href=\"https://tolm.example/quay\">Quay reopens</a> appeared"
            + " first on <a href=\"https://tolm.example\">Tolm Post</a>.</p>]]></content:encoded></item>"
            + "</channel></rss>";

    private Ingested read(String name, String feed) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, feed, StandardCharsets.UTF_8);
        return new InputReader().read(List.of(p));
    }

    @Test
    void anAtomHtmlTitleIsUnescapedOnceMore() throws IOException {
        Ingested in = read("post.atom", ATOM);

        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.TITLE))
                .containsExactly("Mayor & council agree budget", "Fish & chips stall closes");
    }

    @Test
    void anAtomUpdateTimeIsTheLatestTheItemCanDateFrom() throws IOException {
        Ingested in = read("post.atom", ATOM);

        assertThat(in.documents().get(0).meta(MetaKey.UPDATED)).isEqualTo("2026-05-02T08:00:00Z");
        // an item with only an update time has it as its date, not as a bound besides
        assertThat(in.documents().get(1).meta(MetaKey.UPDATED)).isNull();
        assertThat(in.documents().get(1).meta(MetaKey.PUBLISHED)).startsWith("2026-05-01");
    }

    @Test
    void theWordPressFeedFooterIsRemoved() throws IOException {
        RawDocument doc = read("post.rss", RSS).documents().get(0);
        assertThat(doc.text()).contains("appeared first on Tolm Post");

        Article article = new ArticleCleaner().clean(doc);

        assertThat(article.paragraphs()).hasSize(2).noneMatch(p -> p.contains("appeared first"));
        assertThat(article.removed()).anySatisfy(r -> assertThat(r.toString()).contains("feed-footer"));
    }
}
