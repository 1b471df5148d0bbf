package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Feed (jsonfeed.org, version 1 and 1.1) is read item by item as an RSS or Atom feed is: QA tour 27 #1, its
 * items were all skipped as having "no article text", since the feed names it {@code content_text} or
 * {@code content_html}, its dates {@code date_published} and its outlet only in the feed's {@code title}.
 */
class JsonFeedTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aJsonFeedsItemsAreArticlesWithTheFeedsOutletTheirDatesAndAuthors() throws IOException {
        Path p = write("feed.json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Delta Courant - Binnenland",
                 "home_page_url": "https://deltacourant.example/",
                 "items": [
                  {"id": "1", "url": "https://deltacourant.example/binnenland/dijk", "title": "Dijk houdt stand",
                   "content_text": "De dijk bij Zandvoorde heeft de storm doorstaan, zei de dijkgraaf vrijdag.",
                   "date_published": "2026-12-04T08:00:00+01:00", "authors": [{"name": "Anke Bos"}]},
                  {"id": "2", "url": "https://deltacourant.example/binnenland/storm", "title": "Storm over de kust",
                   "content_html": "<p>Een zware storm trok donderdagnacht over de kust.</p><p>Honderd bewoners werden geëvacueerd.</p>",
                   "date_published": "2026-12-03T22:00:00+01:00", "author": {"name": "Piet Kok"}}
                 ]}
                """);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.problems()).isEmpty();
        assertThat(in.documents()).hasSize(2);
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.OUTLET)).containsExactly("Delta Courant", "Delta Courant");
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.PUBLISHED))
                .containsExactly("2026-12-04T08:00:00+01:00", "2026-12-03T22:00:00+01:00");
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.AUTHOR)).containsExactly("Anke Bos", "Piet Kok");
        assertThat(in.documents().get(0).text()).startsWith("De dijk bij Zandvoorde");
        assertThat(in.documents().get(1).text()).contains("zware storm").contains("Honderd bewoners");
        assertThat(in.documents().get(1).meta(MetaKey.TITLE)).isEqualTo("Storm over de kust");
    }

    /** Only a JSON Feed's title names its items' outlet: an export that lists "items" under a "title" is no feed. */
    @Test
    void anExportWithItemsIsNoFeedAndAFeedItemWithOnlyATitleIsSkipped() throws IOException {
        Path feed = write("feed.json", """
                {"version": "https://jsonfeed.org/version/1", "title": "Harbour Post",
                 "items": [{"id": "a", "url": "https://harbourpost.example/ferry-halted", "title": "Ferry halted",
                            "content_text": "The ferry stopped on Monday.\\n\\nRepairs will take a week."},
                           {"id": "b", "url": "https://harbourpost.example/ferry-resumes", "title": "Ferry resumes"}]}
                """);
        Path export = write("export.json", """
                {"title": "My saved articles",
                 "items": [{"id": "c", "title": "Ferry resumes", "text": "The ferry ran again on Tuesday."}]}
                """);
        Ingested in = new InputReader().read(List.of(feed, export));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("feed-ferry-halted", "c");
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.OUTLET)).containsExactly("Harbour Post", null);
        assertThat(in.documents().get(0).text()).isEqualTo("The ferry stopped on Monday.\n\nRepairs will take a week.");
        assertThat(in.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no text beyond its title"));
    }
}
