package dev.storybrief.spark;

import dev.storybrief.ingest.html.ExtractedPage;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The news articles in a WARC file (web archive, as crawlers write them; gzip or not): every successful HTML response
 * goes through core's {@link HtmlArticleExtractor}; pages without article text are skipped. The article's date is
 * the page's own publication date, else the capture date, so that crawls group by time too. A record cut short (a
 * crawler killed mid-write leaves its file so) or otherwise unreadable is skipped and counted, and the file's good
 * records before it are kept: one bad record never stops the job.
 */
final class WarcArticles {
    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();
    /** Web pages larger than this are not news articles; the extractor has its own limits beyond. */
    private static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

    private WarcArticles() {
    }

    /**
     * The articles of one WARC stream.
     *
     * @param skipped told why a record gave no article
     * @throws IOException only when closing the stream fails; a broken record or file is counted, not thrown
     */
    static List<ArticleRecord> read(InputStream in, String source, Consumer<SkippedInput.Reason> skipped)
            throws IOException {
        List<ArticleRecord> articles = new ArrayList<>();
        WarcReader opened;
        try {
            opened = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            // not a WARC at all (a fake .gz, an empty file): one unreadable record
            skipped.accept(SkippedInput.Reason.BROKEN_RECORD);
            return articles;
        }
        try (WarcReader reader = opened) {
            reader.setLenient(true);
            reader.onWarning(message -> { });
            boolean lastBroken = false;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // the stream ends inside a header (or after a broken body): nothing more can be read from it;
                    // a broken body already counted is not counted again
                    if (!lastBroken) {
                        skipped.accept(SkippedInput.Reason.BROKEN_RECORD);
                    }
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                lastBroken = false;
                if (next.get() instanceof WarcResponse response) {
                    try {
                        article(response, source, skipped).ifPresent(articles::add);
                    } catch (IOException | RuntimeException e) {
                        // a body shorter than its Content-Length: the record is cut short
                        skipped.accept(SkippedInput.Reason.BROKEN_RECORD);
                        lastBroken = true;
                    }
                }
            }
        }
        return articles;
    }

    private static Optional<ArticleRecord> article(WarcResponse response, String source,
                                                   Consumer<SkippedInput.Reason> skipped) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            skipped.accept(SkippedInput.Reason.BROKEN_RECORD);
            return Optional.empty();
        }
        MediaType type = http.contentType();
        if (http.status() != 200 || !type.base().toString().toLowerCase(Locale.ROOT).contains("html")) {
            skipped.accept(SkippedInput.Reason.NOT_A_PAGE);
            return Optional.empty();
        }
        byte[] body = http.bodyDecoded().stream().readNBytes(MAX_PAGE_BYTES);
        String url = response.target();
        ExtractedPage page;
        try {
            page = EXTRACTOR.extract(body, url);
        } catch (RuntimeException | StackOverflowError e) {
            // A corrupt page is skipped like one without an article: one record never stops the job.
            skipped.accept(SkippedInput.Reason.NO_ARTICLE);
            return Optional.empty();
        }
        if (!page.hasArticle() || page.paragraphs().isEmpty()) {
            skipped.accept(SkippedInput.Reason.NO_ARTICLE);
            return Optional.empty();
        }
        String date = page.published() != null ? page.published() : response.date().toString();
        return Optional.of(new ArticleRecord(null, url, page.title(), date, page.outlet(),
                String.join("\n\n", page.paragraphs()), source, true));
    }
}
