package dev.storybrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcCompression;

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
}
