package dev.storybrief.spark;

import dev.storybrief.ingest.html.ExtractedPage;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The news articles in a WARC file (web archive, as crawlers write them; gzip or not): every successful HTML response
 * goes through core's {@link HtmlArticleExtractor}; pages without article text are skipped. The article's date is
 * the page's own publication date, else the capture date, so that crawls group by time too.
 */
final class WarcArticles {
    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();
    /** Web pages larger than this are not news articles; the extractor has its own limits beyond. */
    private static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

    private WarcArticles() {
    }

    /** The articles of one WARC stream. */
    static List<ArticleRecord> read(InputStream in, String source) throws IOException {
        List<ArticleRecord> articles = new ArrayList<>();
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            reader.onWarning(message -> { });
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    article(response, source).ifPresent(articles::add);
                }
            }
        }
        return articles;
    }

    private static Optional<ArticleRecord> article(WarcResponse response, String source) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        MediaType type = http.contentType();
        if (http.status() != 200 || !type.base().toString().toLowerCase(Locale.ROOT).contains("html")) {
            return Optional.empty();
        }
        byte[] body = http.bodyDecoded().stream().readNBytes(MAX_PAGE_BYTES);
        String url = response.target();
        ExtractedPage page;
        try {
            page = EXTRACTOR.extract(body, url);
        } catch (RuntimeException | StackOverflowError e) {
            // A corrupt page is skipped like one without an article: one record never stops the job.
            return Optional.empty();
        }
        if (!page.hasArticle() || page.paragraphs().isEmpty()) {
            return Optional.empty();
        }
        String date = page.published() != null ? page.published() : response.date().toString();
        return Optional.of(new ArticleRecord(null, url, page.title(), date, page.outlet(),
                String.join("\n\n", page.paragraphs()), source, true));
    }
}
