package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsFoldersRecursivelyInNameOrderAndKeepsSourcePaths() throws IOException {
        write("b.txt", "Second story text.");
        write("sub/a.txt", "First story text.");
        write("notes.pdf", "ignored");
        Ingested in = new InputReader().read(List.of(dir));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("b", "a");
        assertThat(in.documents().get(1).path()).isEqualTo(dir.resolve("sub/a.txt"));
        assertThat(in.problems()).singleElement().satisfies(p -> {
            assertThat(p.skipped()).isTrue();
            assertThat(p.line()).contains("notes.pdf").contains("not an article format");
        });
    }

    /** Saved pages are often all "index.html": two articles of one name stay two articles, the second renamed. */
    @Test
    void twoInputsOfOneNameGetTwoIds() throws IOException {
        write("metro/index.txt", "The bridge reopened on Monday, the council said.");
        write("courier/index.txt", "Traffic returned to the old bridge after repairs.");
        write("courier/notes.txt", "A third article about the harbour.");
        Ingested in = new InputReader().read(List.of(dir.resolve("courier"), dir.resolve("metro")));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("index", "notes", "index-2");
        assertThat(in.problems()).singleElement().satisfies(p -> {
            assertThat(p.skipped()).isFalse();
            assertThat(p.line()).contains("metro").contains("also named index").contains("index-2");
        });
    }

    @Test
    void skipsBinaryEmptyAndDuplicateFilesWithOneLineEach() throws IOException {
        write("good.txt", "A real article about the harbor.");
        write("copy.txt", "A real article about the harbor.\n");
        write("empty.txt", "");
        Files.write(dir.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Ingested in = new InputReader().read(List.of(dir));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("copy");
        assertThat(in.problems()).extracting(InputProblem::line)
                .anySatisfy(l -> assertThat(l).contains("empty.txt").contains("empty file"))
                .anySatisfy(l -> assertThat(l).contains("image.txt").contains("binary"))
                .anySatisfy(l -> assertThat(l).contains("good.txt").contains("duplicate of"))
                .allSatisfy(l -> assertThat(l).doesNotContain("\n"));
    }

    /**
     * The same text laid out otherwise (line ends, runs of spaces, more than one chunk of the digest) is a duplicate;
     * one word or one space between words more is not.
     */
    @Test
    void aDuplicateIsTheSameWordsWhateverTheWhiteSpace() throws IOException {
        String body = "The ferry to Kessel Island was cancelled on Monday. ".repeat(400);
        write("a.txt", "Ferry cancelled\n\n" + body);
        write("b.txt", "\r\n  Ferry   cancelled\r\n\r\n" + body.replace(". ", ".\t\t") + "\n\n");
        write("c.txt", "Ferry cancelled\n\n" + body + "Again.");
        write("d.txt", "Ferry cancelled\n\n" + body.replace("Kessel Island", "KesselIsland"));
        Ingested in = new InputReader().read(List.of(dir));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("a", "c", "d");
        assertThat(in.problems()).singleElement().satisfies(p -> assertThat(p.line()).contains("b.txt")
                .contains("duplicate of").contains("a.txt"));
    }

    @Test
    void refusesAHundredMegabyteFileWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        write("ok.txt", "Still briefed.");
        Ingested in = new InputReader().read(List.of(dir));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("ok");
        assertThat(in.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("too large").contains("104,857,600"));
    }

    @Test
    void decodesWindows1252TextAndSaysSo() throws IOException {
        Path p = dir.resolve("legacy.txt");
        Files.write(p, "Caf\u00e9 owners \u201cworried\u201d".getBytes(Charset.forName("windows-1252")));
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.documents().get(0).text()).isEqualTo("Caf\u00e9 owners \u201cworried\u201d");
        assertThat(in.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.skipped()).isFalse();
            assertThat(pr.message()).contains("windows-1252");
        });
    }

    /** A link to nothing and a named pipe in a folder are said, not passed over; a pipe is never opened. */
    @Test
    void aLinkToNothingAndANamedPipeAreSkippedWithALineEach() throws Exception {
        write("good.txt", "A real article about the harbor.");
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        boolean pipe = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor() == 0;
        Ingested in = new InputReader().read(List.of(dir));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("good");
        assertThat(in.problems()).extracting(InputProblem::line)
                .anySatisfy(l -> assertThat(l).contains("gone.txt").contains("a link to nothing"));
        if (pipe) {
            assertThat(in.problems()).extracting(InputProblem::line)
                    .anySatisfy(l -> assertThat(l).contains("pipe.txt").contains("not a regular file"));
            assertThat(new InputReader().read(List.of(dir.resolve("pipe.txt"))).problems())
                    .extracting(InputProblem::message).containsExactly("not a regular file (a named pipe, socket or device)");
        }
    }

    /** A PDF saved as ".txt" opens with printable bytes; its signature says it is no text. */
    @Test
    void aPdfSavedAsTextIsABinaryFile() throws IOException {
        write("doc.txt", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nA few readable words here.\n");
        Ingested in = new InputReader().read(List.of(dir.resolve("doc.txt")));
        assertThat(in.documents()).isEmpty();
        assertThat(in.problems()).extracting(InputProblem::message).containsExactly(DecodedText.BINARY);
    }

    @Test
    void aSizeLimitBelowOneByteIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InputReader(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--max-bytes must be at least 1, got -1");
    }

    /**
     * A JSON line may carry the page's markup as "html", as the service accepts it: read as a saved page, the line's
     * own fields first. A number in a text field is no article.
     */
    @Test
    void aJsonLineWithHtmlIsReadAsAPageAndANumberIsNoText() throws IOException {
        Path p = write("mixed.jsonl", """
                {"id":"page","title":"Given title","date":"2026-10-07","html":"<html><head><title>Page title</title></head><body><nav>Home | World</nav><article><p>A chlorine leak at the plant in Dunmore sent fourteen people to hospital on Tuesday, the fire service said.</p><p>The plant's owner said the valve that failed had been inspected in May.</p></article></body></html>"}
                {"id":"number","title":"Text is a number","text":12345}
                """);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("page");
        RawDocument page = in.documents().get(0);
        assertThat(page.text()).contains("fourteen people to hospital").doesNotContain("<p>").doesNotContain("Home | World");
        assertThat(page.meta(MetaKey.TITLE)).isEqualTo("Given title");
        assertThat(page.meta(MetaKey.PUBLISHED)).isEqualTo("2026-10-07");
        assertThat(in.problems()).extracting(InputProblem::message)
                .containsExactly("line 2: no article text (a \"text\" string or an \"html\" page)");
    }

    /**
     * A line with a page and its address but no outlet field: the name the page states for itself (JSON-LD publisher,
     * og:site_name) beats the bare domain of the address; an outlet field on the line still beats both, and a page
     * that names no outlet leaves the domain.
     */
    @Test
    void aPagesOwnPublisherBeatsTheBareDomainOfTheLinesAddress() throws IOException {
        String body = "<article><p>A chlorine leak at the plant in Dunmore sent fourteen people to hospital on Tuesday,"
                + " the fire service said.</p><p>The plant's owner said the valve that failed had been inspected in May.</p>"
                + "</article></body></html>";
        String jsonLd = "<script type=\\\"application/ld+json\\\">{\\\"@type\\\":\\\"NewsArticle\\\","
                + "\\\"publisher\\\":{\\\"@type\\\":\\\"Organization\\\",\\\"name\\\":\\\"Dunmore Evening Post\\\"}}</script>";
        String siteName = "<meta property=\\\"og:site_name\\\" content=\\\"Dunmore Evening Post\\\">";
        Path p = write("pages.jsonl", String.join("\n",
                "{\"id\":\"ld\",\"url\":\"https://www.dunmorepost.example/news/leak\",\"html\":\"<html><head>" + jsonLd
                        + "</head><body>" + body.replace("fourteen", "twelve") + "\"}",
                "{\"id\":\"og\",\"url\":\"https://www.dunmorepost.example/news/leak2\",\"html\":\"<html><head>" + siteName
                        + "</head><body>" + body.replace("fourteen", "eleven") + "\"}",
                "{\"id\":\"field\",\"outlet\":\"Dunmore Radio\",\"url\":\"https://www.dunmorepost.example/news/leak3\","
                        + "\"html\":\"<html><head>" + siteName + "</head><body>" + body.replace("fourteen", "nine") + "\"}",
                "{\"id\":\"bare\",\"url\":\"https://www.dunmorepost.example/news/leak4\",\"html\":\"<html><head></head><body>"
                        + body + "\"}") + "\n");
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.problems()).isEmpty();
        assertThat(in.documents()).extracting(d -> d.id() + "=" + d.meta(MetaKey.OUTLET)).containsExactly(
                "ld=Dunmore Evening Post", "og=Dunmore Evening Post", "field=Dunmore Radio", "bare=dunmorepost.example");
    }

    @Test
    void readsJsonLinesClustersAndSingleArticlesAndReportsBadLines() throws IOException {
        Path p = write("set.jsonl", """
                {"id":"c1","documents":[{"id":"d1","title":"T1","date":"2011-10-24","source":"APW","text":"One."},{"id":"d2","text":"Two."}],"references":["r"]}
                not json
                {"id":"solo","outlet":"Wire","text":"Three."}
                {"id":"c2","documents":[{"id":"d3","text":""}]}
                """);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("d1", "d2", "solo");
        RawDocument d1 = in.documents().get(0);
        assertThat(d1.meta(MetaKey.CLUSTER)).isEqualTo("c1");
        assertThat(d1.meta(MetaKey.OUTLET)).isEqualTo("APW");
        assertThat(d1.meta(MetaKey.PUBLISHED)).isEqualTo("2011-10-24");
        assertThat(in.byCluster()).containsOnlyKeys("c1", "");
        assertThat(in.problems()).extracting(InputProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("line 2: invalid JSON"))
                .anySatisfy(m -> assertThat(m).startsWith("line 4 document 1: no article text"));
    }

    @Test
    void readsTheFieldNamesOfCommonNewsToolsAndACollectionsOwnOutlet() throws IOException {
        Path p = write("saved.jsonl", """
                {"title":"A","maintext":"Text A.","date_publish":"2020-03-01 10:00:00","source_domain":"example.org","authors":["Ann Lee","Bo Chen"]}
                {"headline":"B","content":"Text B.","publishedAt":"2020-03-02T08:00:00Z","source":{"id":null,"name":"Gazette"},"author":null}
                {"text":"Text C.","url":"https://news.example.net/2020/03/03/story.html"}
                {"id":"set","source":"wire","documents":[{"id":"d1","text":"Text D."},{"id":"d2","outlet":"Herald","text":"Text E."}]}
                {"text":"Text F.","url":"not a url","source":["",null]}
                """);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.documents()).extracting(RawDocument::text)
                .containsExactly("Text A.", "Text B.", "Text C.", "Text D.", "Text E.", "Text F.");
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.OUTLET))
                .containsExactly("example.org", "Gazette", "news.example.net", "wire", "Herald", null);
        RawDocument a = in.documents().get(0);
        assertThat(a.meta(MetaKey.AUTHOR)).isEqualTo("Ann Lee, Bo Chen");
        assertThat(a.meta(MetaKey.PUBLISHED)).isEqualTo("2020-03-01 10:00:00");
        assertThat(a.meta(MetaKey.PUBLISHED_ORIGIN)).isEqualTo("JSON field \"date_publish\"");
        assertThat(in.documents().get(1).meta(MetaKey.TITLE)).isEqualTo("B");
        assertThat(in.documents().get(1).meta(MetaKey.AUTHOR)).isNull();
        assertThat(in.problems()).isEmpty();
    }

    /**
     * Odd JSON Lines as scrapers write them (QA tour 24): a "text" list is the article's paragraphs, a Unix time in
     * milliseconds or seconds is a date, and a line opening with a byte-order mark (files joined with cat) is read.
     */
    @Test
    void readsParagraphListsEpochDatesAndLinesAfterAByteOrderMark() throws IOException {
        Path p = write("odd.jsonl", "{\"id\":\"ms\",\"date\":1796112000000,\"text\":[\"The pass closed on Wednesday.\","
                + "\"About 300 homes lost power.\"]}\n"
                + "{\"id\":\"s\",\"date\":1796112000,\"text\":\"The pass reopened.\"}\n"
                + "\uFEFF{\"id\":\"bom\",\"date\":7,\"text\":\"Power is back.\"}\n");
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.problems()).isEmpty();
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("ms", "s", "bom");
        assertThat(in.documents().get(0).text()).isEqualTo("The pass closed on Wednesday.\n\nAbout 300 homes lost power.");
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.PUBLISHED))
                .containsExactly("2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z", "7");
    }

    /**
     * A news tool's "source_domain" is a bare host name: the name the page states for itself (og:site_name) is the
     * outlet, as it is beside a "url" alone (QA tour 21).
     */
    @Test
    void aPagesOwnNameBeatsADomainField() throws IOException {
        Path p = write("domains.jsonl", """
                {"source_domain":"tollan-post.example","html":"<html><head><meta property='og:site_name' content='Tollan Post'></head><body><article><p>The council approved the harbour plan on Monday after a long debate among its members.</p><p>Opponents said the plan would raise rents for the small shops along the waterfront.</p></article></body></html>"}
                {"source":"Tollan Wire","html":"<html><head><meta property='og:site_name' content='Tollan Post'></head><body><article><p>The council rejected the ferry plan on Tuesday after a long debate among its members.</p><p>Opponents said the plan would raise rents for the small shops along the waterfront.</p></article></body></html>"}
                """);
        Ingested in = new InputReader().read(List.of(p));
        assertThat(in.documents()).extracting(d -> d.meta(MetaKey.OUTLET)).containsExactly("Tollan Post", "Tollan Wire");
    }

    @Test
    void readsGzippedHtmlAndReportsMissingPaths() throws IOException {
        Path page = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
            out.write(("<html><head><meta property=\"og:site_name\" content=\"Gazette\"></head><body><article>"
                    + "<p>The council approved the harbor plan on Monday after a long debate among its members.</p>"
                    + "<p>Opponents said the plan would raise rents for the small shops along the waterfront.</p>"
                    + "</article></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        Ingested in = new InputReader().read(List.of(page, dir.resolve("missing.txt")));
        assertThat(in.documents()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("page");
            assertThat(d.meta(MetaKey.OUTLET)).isEqualTo("Gazette");
            assertThat(d.text()).contains("harbor plan").contains("waterfront");
        });
        assertThat(in.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("no such file or folder"));
    }

    @Test
    void reportsAnEmptyFolder() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Ingested in = new InputReader().read(List.of(empty));
        assertThat(in.documents()).isEmpty();
        assertThat(in.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("holds no"));
    }

    @Test
    void aPageWithNullsInItsJsonLdIsReadAndCostsNoOtherPage() throws IOException {
        String body = "<p>The council voted on Tuesday to reopen the old bridge after two years of repairs, officials said."
                + " Traffic will return in stages over the coming month, according to the plan they approved.</p>";
        write("a-nulls.html", "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Bridge\",\"publisher\":{\"name\":\"P\",\"sameAs\":[null,\"https://p.example\"]},"
                + "\"author\":[null]}</script></head><body><article>" + body + "</article></body></html>");
        write("b-plain.html", "<html><body><article>" + body.replace("bridge", "ferry") + "</article></body></html>");
        Ingested in = new InputReader().read(List.of(dir));
        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("a-nulls", "b-plain");
        assertThat(in.problems()).isEmpty();
    }

    @Test
    void aPageThatCannotBeReadBecomesOneLineNamingIt() throws IOException {
        byte[] corrupt = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'};
        Ingested page = new InputReader().readPage("p1", "https://news.example/a", corrupt);
        assertThat(page.documents()).isEmpty();
        assertThat(page.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).startsWith("skipped https://news.example/a: ").doesNotContain("\n");
            assertThat(p.skipped()).isTrue();
        });
    }

    @Test
    void aPagesModificationStampBoundsItsDateButIsNotIt() throws IOException {
        String paragraph = "<p>The harbour council voted on Friday to close the old ferry terminal at Kestrel Point after "
                + "engineers found the pier unsafe, and residents said they would appeal the decision in court.</p>";
        write("page.html", "<html><head><meta property='article:modified_time' content='2011-11-19T10:00:00Z'>"
                + "</head><body><article><h1>Terminal to close</h1>" + paragraph.repeat(4) + "</article></body></html>");
        RawDocument doc = new InputReader().read(List.of(dir)).documents().get(0);
        assertThat(doc.meta(MetaKey.PUBLISHED)).isNull();
        assertThat(doc.meta(MetaKey.UPDATED)).isEqualTo("2011-11-19T10:00:00Z");
        dev.storybrief.model.Article article = new dev.storybrief.clean.ArticleCleaner().clean(doc);
        assertThat(article.published()).isNull();
        assertThat(article.dating().notAfter()).isEqualTo(java.time.LocalDate.of(2011, 11, 19));
    }
}
