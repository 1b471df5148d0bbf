package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limit is one article's: a JSON Lines file or a feed of many articles is limited per line or item, not as a
 * whole, and a refusal names the option that raises the limit. A web archive, which brief cannot read, is skipped with
 * one line whether it is named or found in a folder. Made-up inputs.
 */
class ManyArticleFilesTest {
    @TempDir
    Path dir;

    private static String line(int i, int repeat) {
        String sentence = "The ferry ran aground off the island on Tuesday and all passengers were rescued. ";
        return "{\"id\":\"a" + i + "\",\"date\":\"2026-04-14\",\"title\":\"Item " + i + "\",\"text\":\""
                + sentence.repeat(repeat) + "\"}\n";
    }

    @Test
    void aJsonLinesFileLargerThanTheLimitIsReadLineByLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append(line(i, 3));
        }
        Path file = dir.resolve("spool.jsonl");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        long limit = 1_000; // far below the file (about 11 kB), above each line (about 300 bytes)
        assertThat(Files.size(file)).isGreaterThan(limit * 5);

        Ingested in = new InputReader(limit).read(List.of(file));

        assertThat(in.documents()).hasSize(40);
        assertThat(in.problems()).isEmpty();
    }

    @Test
    void aLineLargerThanTheLimitIsSkippedAloneAndTheOptionIsNamed() throws IOException {
        Path file = dir.resolve("spool.jsonl");
        Files.writeString(file, line(1, 3) + line(2, 40) + line(3, 3), StandardCharsets.UTF_8);

        Ingested in = new InputReader(1_000).read(List.of(file));

        assertThat(in.documents()).extracting(RawDocument::id).containsExactly("a1", "a3");
        assertThat(in.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("line 2: too large").contains("--max-bytes"));
    }

    @Test
    void aSingleArticleFileOverTheLimitNamesTheOption() throws IOException {
        Path file = dir.resolve("long.txt");
        Files.writeString(file, "A sentence of the article. ".repeat(100), StandardCharsets.UTF_8);

        Ingested in = new InputReader(1_000).read(List.of(file));

        assertThat(in.documents()).isEmpty();
        assertThat(in.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("not a single article").contains("--max-bytes 2700"));
    }

    @Test
    void aFeedLargerThanTheLimitIsReadItemByItem() throws IOException {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            items.append("<item><title>Quay news ").append(i).append("</title><link>https://echo.example/n/").append(i)
                    .append("</link><description>The harbour board closed quay ").append(i)
                    .append(" on Tuesday after engineers found cracks in two pillars.</description></item>");
        }
        Path file = dir.resolve("echo.rss");
        Files.writeString(file, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Echo</title>" + items
                + "</channel></rss>", StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(2_000);

        Ingested in = new InputReader(500).read(List.of(file));

        assertThat(in.documents()).hasSize(20);
    }

    private static final String WARC = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: 120\r\n\r\nHTTP/1.1 200 OK\r\n"
            + "Content-Type: text/html\r\n\r\n<html><body><p>The ferry ran aground on Tuesday.</p></body></html>\r\n\r\n";

    @Test
    void aWebArchiveNamedDirectlyIsReadAsItsPagesWithOneLineForABadRecord() throws IOException {
        Path plain = dir.resolve("crawl.warc");
        Files.writeString(plain, WARC, StandardCharsets.UTF_8);
        Path zipped = dir.resolve("crawl2.warc.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(WARC.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(zipped, bytes.toByteArray());
        Path renamed = dir.resolve("crawl.txt"); // by its content, whatever its name
        Files.writeString(renamed, WARC, StandardCharsets.UTF_8);

        Ingested in = new InputReader().read(List.of(plain, zipped, renamed));

        // read as the pages it holds (qa29), never as text: its one record (whose Content-Length promises more bytes
        // than it has) is one line naming its address
        assertThat(in.documents()).isEmpty();
        assertThat(in.problems()).hasSize(3).allSatisfy(p -> assertThat(p.message())
                .contains("https://news.example/a").doesNotContain("WARC/1.0"));
    }

    @Test
    void aWebArchiveInAFolderSaysTheSame() throws IOException {
        Files.writeString(dir.resolve("crawl.warc"), WARC, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt"), "The ferry ran aground off the island on Tuesday.");

        Ingested in = new InputReader().read(List.of(dir));

        assertThat(in.documents()).hasSize(1);
        assertThat(in.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("https://news.example/a"));
    }
}
