package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void extractsTheBundledPageAsText() {
        CliRun run = CliRun.of("extract", SharedData.bundledExample().resolve("gazette.html").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Engineers warned of bridge corrosion a year before collapse\n")
                .contains("Bayside Gazette").contains("by Grace Holloway").contains("2026-03-13")
                .contains("free ferry service").doesNotContain("Accept all cookies").doesNotContain("Finally someone admits");
    }

    @Test
    void aFolderOfGzippedPagesGivesOneJsonLinePerPage() throws IOException {
        Path dir = SharedData.evalData("article-extraction/html");
        CliRun run = CliRun.of("extract", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        long pages;
        try (var files = Files.list(dir)) {
            pages = files.filter(p -> p.toString().endsWith(".html.gz")).count();
        }
        assertThat(lines).hasSize((int) pages);
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            assertThat(row.has("path") && row.has("title") && row.has("published") && row.has("outlet")
                    && row.has("author") && row.has("text")).as(line.substring(0, Math.min(200, line.length()))).isTrue();
        }
    }

    /** A feed file, even one saved under a page's name, is its items: one row each, never the feed's markup. */
    @Test
    void aFeedFileGivesOneRowPerItem() throws IOException {
        Path feed = tmp.resolve("feed-saved.html");
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour Echo</title><item><title>North quay closed</title>"
                + "<link>https://harbourecho.example/quay-closed</link><pubDate>Tue, 10 Mar 2026 09:15:00 GMT</pubDate>"
                + "<description><![CDATA[<p>The harbour board closed the north quay on Tuesday.</p>]]></description>"
                + "</item><item><title>Only a title</title><link>https://harbourecho.example/t</link></item>"
                + "</channel></rss>");
        CliRun run = CliRun.of("extract", feed.toString(), "--format", "jsonl");
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode row = JSON.readTree(lines.get(0));
        assertThat(row.get("path").asText()).endsWith("feed-saved.html#feed-saved-quay-closed");
        assertThat(row.get("title").asText()).isEqualTo("North quay closed");
        assertThat(row.get("outlet").asText()).isEqualTo("Harbour Echo");
        assertThat(row.get("text").asText()).isEqualTo("The harbour board closed the north quay on Tuesday.");
        assertThat(run.err()).contains("feed item 2").contains("no text beyond its title").doesNotContain("\tat ");
    }

    /** A feed item's text is what brief reads: the footer, share row and related link a feed appends are cleaned out. */
    @Test
    void aFeedItemsTextIsCleanedAsBriefReadsIt() throws IOException {
        Path feed = tmp.resolve("echo.rss");
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour Echo</title><item><title>North quay closed</title>"
                + "<link>https://harbourecho.example/quay-closed</link><pubDate>Tue, 10 Mar 2026 09:15:00 GMT</pubDate>"
                + "<description><![CDATA[<p>The harbour board closed the north quay on Tuesday after cracks were found.</p>"
                + "<p>Share this: <a href='#'>Twitter</a> <a href='#'>Facebook</a></p>"
                + "<p>Related: <a href='#'>Ferry fares to rise</a></p>"
                + "<p>The post <a href='#'>North quay closed</a> appeared first on <a href='#'>Harbour Echo</a>.</p>]]>"
                + "</description></item></channel></rss>");
        CliRun run = CliRun.of("extract", feed.toString(), "--format", "jsonl");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode row = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(row.get("text").asText())
                .isEqualTo("The harbour board closed the north quay on Tuesday after cracks were found.");
    }

    /** An item whose pubDate no reading makes a date (qa22 #13): no "published" of that text, and one warning line. */
    @Test
    void aFeedItemsDateThatIsNoDateIsSaidNotShown() throws IOException {
        Path feed = tmp.resolve("dates.rss");
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour Echo</title><item><title>North quay closed</title>"
                + "<link>https://harbourecho.example/quay-closed</link><pubDate>not a date</pubDate>"
                + "<description><![CDATA[<p>The harbour board closed the north quay on Tuesday.</p>]]></description>"
                + "</item></channel></rss>");
        CliRun run = CliRun.of("extract", feed.toString(), "--format", "jsonl");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode row = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(row.get("published").isNull()).as(row.toString()).isTrue();
        assertThat(run.err()).contains("dates.rss#dates-quay-closed: its date \"not a date\" is not a date")
                .doesNotContain("\tat ");
    }

    @Test
    void aPageWithoutArticleIsSaidAndFailsWhenAlone() throws IOException {
        Path nav = tmp.resolve("nav.html");
        Files.writeString(nav, "<html><body><nav><a href='/'>Home</a> <a href='/b'>Blog</a></nav></body></html>");
        CliRun run = CliRun.of("extract", nav.toString(), "--format", "json");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no article text").doesNotContain("\tat ");
        assertThat(JSON.readTree(run.out()).get("hasArticle").asBoolean()).isFalse();
    }

    @Test
    void aPageThatCannotBeReadIsNamedAndTheOthersGoOn() throws IOException {
        Path dir = tmp.resolve("batch");
        Files.createDirectories(dir);
        // gzip magic in a plain .html file, then garbage: the extractor cannot inflate it.
        Files.write(dir.resolve("a-corrupt.html"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4});
        Files.copy(SharedData.bundledExample().resolve("gazette.html"), dir.resolve("b-good.html"));
        Files.writeString(dir.resolve("c-nulls.html"), Files.readString(dir.resolve("b-good.html")).replace("</head>",
                "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"sameAs\":[null]},"
                        + "\"author\":[null,{\"name\":null}]}</script></head>"));
        CliRun run = CliRun.of("extract", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("a-corrupt.html: skipped, cannot extract (corrupt gzip input").doesNotContain("\tat ");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("hasArticle").asBoolean()).as(line).isTrue();
        }
    }

    /** A text file is an article already: read as brief reads it (cleaned), never parsed as a page. */
    @Test
    void aTextFileIsReadAsBriefReadsIt() throws IOException {
        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "Fire at the mill\n\nA fire broke out at the old mill on Tuesday night, firefighters said. "
                + "Nobody was hurt, and the cause is not yet known.\n\nShare this article\n");
        CliRun alone = CliRun.of("extract", text.toString(), "--format", "json");
        assertThat(alone.status()).as(alone.err()).isZero();
        JsonNode row = JSON.readTree(alone.out());
        assertThat(row.get("title").asText()).isEqualTo("Fire at the mill");
        assertThat(row.get("text").asText()).startsWith("A fire broke out at the old mill").doesNotContain("Share");

        Path page = tmp.resolve("page.html");
        Files.copy(SharedData.bundledExample().resolve("gazette.html"), page);
        CliRun both = CliRun.of("extract", text.toString(), page.toString());
        assertThat(both.status()).as(both.err()).isZero();
        assertThat(both.out().lines()).hasSize(2);
    }

    /**
     * A plain-text copy (a browser's print to text) shows the date brief gives it, with where it came from, whether a
     * date line gives it or the lead's "on Thursday, Nov. 26, 2026" does (desk30; "published: null" before). The
     * texts are made up.
     */
    @Test
    void aTextCopyShowsTheDateBriefGivesIt() throws IOException {
        String body = "A blast at the Holmvik quarry broke windows in three streets, the town's fire service said. "
                + "Nobody was hurt, and the quarry's owner said work would stop until inspectors had visited the site.";
        Path printed = tmp.resolve("print.txt");
        Files.writeString(printed, "Quarry blast shakes Holmvik\n\nBy Tomas Ekberg\n28 November 2026\n\n" + body + "\n");
        Path lead = tmp.resolve("lead.txt");
        Files.writeString(lead, "Quarry blast shakes Holmvik\n\nA blast at the Holmvik quarry on Thursday, Nov. 26, "
                + "2026, broke windows in three streets, the town's fire service said. Nobody was hurt, and the quarry's "
                + "owner said work would stop until inspectors had visited the site.\n");
        for (Path text : List.of(printed, lead)) {
            CliRun extracted = CliRun.of("extract", text.toString(), "--format", "json");
            assertThat(extracted.status()).as(extracted.err()).isZero();
            JsonNode row = JSON.readTree(extracted.out());
            CliRun briefed = CliRun.of("brief", text.toString(), "--format", "json");
            assertThat(briefed.status()).as(briefed.err()).isZero();
            JsonNode article = JSON.readTree(briefed.out()).get("articles").get(0);
            assertThat(row.get("published").isNull()).as(text + ": " + row).isFalse();
            assertThat(row.get("published").asText()).as(text.toString()).isEqualTo(article.get("published").asText());
            assertThat(row.get("dateOrigin").asText()).as(text.toString()).isEqualTo(article.get("dateOrigin").asText());

            CliRun plain = CliRun.of("extract", text.toString());
            assertThat(plain.out().lines().skip(1).findFirst().orElse(""))
                    .contains(article.get("published").asText() + " (" + article.get("dateOrigin").asText() + ")");
        }
    }

    /** A JSON Feed (QA 27 #9: "not a web page") and a JSON Lines file give one row per item or record. */
    @Test
    void aJsonFeedAndAJsonLinesFileGiveOneRowPerDocument() throws IOException {
        Path feed = tmp.resolve("feed.json");
        Files.writeString(feed, """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Echo",
                 "items": [
                  {"id": "1", "url": "https://harbourecho.example/quay-closed", "title": "North quay closed",
                   "date_published": "2026-03-10T09:15:00Z",
                   "content_text": "The harbour board closed the north quay on Tuesday after divers found cracks."},
                  {"id": "2", "url": "https://harbourecho.example/fares", "title": "Ferry fares to rise",
                   "date_published": "2026-03-11T08:00:00Z",
                   "content_text": "Ferry fares will rise by six percent from April, the operator said on Wednesday."}
                 ]}
                """);
        CliRun run = CliRun.of("extract", feed.toString(), "--format", "jsonl");
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("title").asText()).isEqualTo("North quay closed");
        assertThat(JSON.readTree(lines.get(1)).get("text").asText()).startsWith("Ferry fares will rise");
        assertThat(run.err()).doesNotContain("not a web page");

        Path records = tmp.resolve("articles.jsonl");
        Files.writeString(records, "{\"id\":\"a\",\"title\":\"Pier to close\",\"text\":\"The council voted on"
                + " Monday to close the pier for repairs.\"}\n{\"id\":\"b\",\"title\":\"Pier repairs\",\"text\":"
                + "\"Repairs to the pier will take a year, the council said on Tuesday.\"}\n");
        CliRun jsonl = CliRun.of("extract", records.toString(), "--format", "jsonl");
        assertThat(jsonl.status()).as(jsonl.err()).isZero();
        assertThat(jsonl.out().lines().map(l -> {
            try {
                return JSON.readTree(l).get("title").asText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).containsExactly("Pier to close", "Pier repairs");
    }

    /** A page of teasers for other sites' articles says what it is and lists their links, one a line, to read on. */
    @Test
    void aListOfOtherSitesArticlesShowsItsLinks() throws IOException {
        String[] hosts = {"kellportcourier.example", "harbourtimes.example", "dailyledger.example"};
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            teasers.append("<article><h3><a href='https://www.").append(hosts[i % 3]).append("/news/story-").append(i)
                    .append("'>Storm closes the harbour as ferries stay in port ").append(i).append("</a></h3><div>")
                    .append("Ferry crossings were cancelled for a second day as gales battered the coast.</div>")
                    .append("<div>").append(hosts[i % 3]).append(" · ").append(i + 1).append(" hours ago</div></article>");
        }
        Path list = tmp.resolve("storm.html");
        Files.writeString(list, "<html><head><title>Kellport storm</title></head><body><main><h1>Kellport storm</h1>"
                + teasers + "</main></body></html>");
        CliRun text = CliRun.of("extract", list.toString());
        assertThat(text.status()).as(text.err()).isZero();
        List<String> addresses = text.out().lines().filter(l -> l.startsWith("https://")).toList();
        assertThat(addresses).hasSize(5).first().isEqualTo("https://www.kellportcourier.example/news/story-0");
        assertThat(text.out()).contains("A list of links to 5 other articles (on 3 sites), not an article.");
        assertThat(text.err().lines()).hasSize(1);
        assertThat(text.err()).contains("storm.html: a list of links to 5 other articles");

        CliRun json = CliRun.of("extract", list.toString(), "--format", "json");
        JsonNode row = JSON.readTree(json.out());
        assertThat(row.get("hasArticle").asBoolean()).isFalse();
        assertThat(row.get("links")).hasSize(5);
    }

    @Test
    void aLonePageWithoutArticleIsOneLine() throws IOException {
        Path nav = tmp.resolve("nav.html");
        Files.writeString(nav, "<html><body><nav><a href='/'>Home</a> <a href='/b'>Blog</a></nav></body></html>");
        CliRun run = CliRun.of("extract", nav.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("storybrief: error: ").contains("nav.html: no article text");
    }

    /** A folder of text files holds no page: one line that says so, without an empty list of reasons. */
    @Test
    void aFolderWithoutPagesSaysSoInOneLine() throws Exception {
        Path dir = tmp.resolve("texts");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "The harbour council voted to close the pier.");
        java.nio.file.Files.writeString(dir.resolve("b.txt"), "The pier will close for repairs, the council said.");
        CliRun run = CliRun.of("extract", dir.toString());
        assertThat(run.status()).isNotZero();
        assertThat(run.err().strip()).hasLineCount(1).contains("no .html, .htm or .html.gz page").doesNotEndWith("()");
    }

    /**
     * {@code extract --date} takes what {@code brief --date} takes, with its meaning (every page, or one by its id; the
     * date origin "--date") and its errors: a value that is no date is one line and status 2, an id no page has a
     * warning; extract had no such option.
     */
    @Test
    void extractTakesBriefsDateOptionWithItsMeaningAndErrors() throws IOException {
        String body = "A blast at the Holmvik quarry broke windows in three streets, the town's fire service said. "
                + "Nobody was hurt, and the quarry's owner said work would stop until inspectors had visited the site.";
        Path printed = tmp.resolve("print.txt");
        Files.writeString(printed, "Quarry blast shakes Holmvik\n\nBy Tomas Ekberg\n28 November 2026\n\n" + body + "\n");
        Path page = tmp.resolve("quarry.html");
        Files.writeString(page, "<html><head><title>Quarry blast shakes Holmvik</title><meta property=\"article:"
                + "published_time\" content=\"2026-11-27T08:00:00Z\"></head><body><article><h1>Quarry blast shakes "
                + "Holmvik</h1><p>" + body + "</p><p>" + body.replace("Holmvik", "the town") + "</p></article></body>"
                + "</html>");
        for (List<String> option : List.of(List.of("--date", "2026-12-01"), List.of("--date", "print=2026-12-02",
                "--date", "quarry=2026-12-03"))) {
            for (Path input : List.of(printed, page)) {
                List<String> extract = new java.util.ArrayList<>(List.of("extract", input.toString(), "--format", "json"));
                extract.addAll(option);
                CliRun extracted = CliRun.of(extract.toArray(String[]::new));
                assertThat(extracted.status()).as(extracted.err()).isZero();
                JsonNode row = JSON.readTree(extracted.out());
                List<String> brief = new java.util.ArrayList<>(List.of("brief", input.toString(), "--format", "json"));
                brief.addAll(option);
                CliRun briefed = CliRun.of(brief.toArray(String[]::new));
                assertThat(briefed.status()).as(briefed.err()).isZero();
                JsonNode article = JSON.readTree(briefed.out()).get("articles").get(0);
                assertThat(row.get("published").asText()).as(input + " " + option)
                        .isEqualTo(article.get("published").asText()).startsWith("2026-12-0");
                assertThat(row.get("dateOrigin").asText()).isEqualTo(article.get("dateOrigin").asText())
                        .isEqualTo("--date");
            }
        }
        CliRun bad = CliRun.of("extract", page.toString(), "--date", "28/11/2026");
        CliRun badBrief = CliRun.of("brief", page.toString(), "--date", "28/11/2026");
        assertThat(bad.status()).isEqualTo(badBrief.status()).isNotZero();
        assertThat(bad.err()).isEqualTo(badBrief.err()).hasLineCount(1).contains("--date 28/11/2026");
        CliRun typo = CliRun.of("extract", page.toString(), "--date", "quary=2026-12-03");
        assertThat(typo.status()).isZero();
        assertThat(typo.err()).contains("--date quary=...: no article has the id \"quary\"");
    }
}
