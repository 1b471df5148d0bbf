package dev.storybrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;

/** A WARC cut short, as a crawler killed mid-write leaves it: its good records are read, the broken one counted. */
class WarcArticlesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void aRecordCutShortIsSkippedAndCountedAndTheRecordsBeforeItAreRead(WarcCompression compression)
            throws IOException {
        List<ArticleRecord> pages = TestArticles.stream().subList(0, 6);
        Path warc = tmp.resolve("crawl.warc");
        TestWarc.write(pages, warc, compression, false);
        byte[] whole = Files.readAllBytes(warc);
        byte[] cut = Arrays.copyOf(whole, whole.length - 300);

        List<SkippedInput.Reason> skipped = new ArrayList<>();
        List<ArticleRecord> read = WarcArticles.read(new ByteArrayInputStream(cut), "crawl.warc", skipped::add);

        assertThat(read).extracting(ArticleRecord::id).containsExactlyElementsOf(pages.subList(0, 5).stream()
                .map(a -> "https://news.example/" + a.id()).toList());
        assertThat(skipped).containsExactly(SkippedInput.Reason.BROKEN_RECORD);
        // the same file uncut: all six, nothing skipped
        skipped.clear();
        assertThat(WarcArticles.read(new ByteArrayInputStream(whole), "crawl.warc", skipped::add)).hasSize(6);
        assertThat(skipped).isEmpty();
    }

    @Test
    void aFileThatIsNoWarcIsOneUnreadableRecordAndPagesThatAreNoArticlesAreCountedByReason() throws IOException {
        List<SkippedInput.Reason> skipped = new ArrayList<>();
        assertThat(WarcArticles.read(new ByteArrayInputStream("This is a note, not an archive.\n".getBytes()),
                "note.warc", skipped::add)).isEmpty();
        assertThat(skipped).containsExactly(SkippedInput.Reason.BROKEN_RECORD);

        skipped.clear();
        Path warc = tmp.resolve("mixed.warc");
        TestWarc.write(TestArticles.stream().subList(0, 2), warc, WarcCompression.NONE);
        assertThat(WarcArticles.read(Files.newInputStream(warc), "mixed.warc", skipped::add)).hasSize(2);
        assertThat(skipped).containsExactly(SkippedInput.Reason.NOT_A_PAGE, SkippedInput.Reason.NOT_A_PAGE);
    }

    /**
     * A page archived as a resource record (Webrecorder's, or a crawler's capture of a page it rendered) is a page as a
     * response is: the job reads what a user's {@code brief crawl.warc} reads, by one walk of the records. Undated, its
     * capture time dates it.
     */
    @Test
    void aPageArchivedAsAResourceRecordIsReadAndDatedByItsCapture() throws IOException {
        ArticleRecord article = TestArticles.stream().get(0);
        String html = "<html><head><title>Harbour ferry fire</title></head><body><article><h1>Harbour ferry fire</h1>"
                + Arrays.stream(article.text().split("(?<=\\.) ")).map(p -> "<p>" + p + "</p>")
                        .reduce("", String::concat) + "</article></body></html>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
            writer.write(new WarcResource.Builder(URI.create("https://news.example/resource-page"))
                    .date(Instant.parse("2026-12-06T10:00:00Z"))
                    .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        List<SkippedInput.Reason> skipped = new ArrayList<>();
        List<ArticleRecord> read = WarcArticles.read(new ByteArrayInputStream(bytes.toByteArray()), "res.warc",
                skipped::add);
        assertThat(skipped).isEmpty();
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("https://news.example/resource-page");
            assertThat(a.date()).startsWith("2026-12-06");
            assertThat(a.text()).contains(article.text().split("(?<=\\.) ")[0]);
        });
    }
}
