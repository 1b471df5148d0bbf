package dev.storybrief.spark;

import dev.storybrief.ingest.WarcPages;
import dev.storybrief.ingest.html.ExtractedPage;
import dev.storybrief.ingest.html.HtmlArticleExtractor;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The news articles in a WARC file (web archive, as crawlers write them; gzip or not): core's {@link WarcPages} walks
 * the records, and every HTML page it finds goes through core's {@link HtmlArticleExtractor}; pages without article
 * text are skipped. The article's date is the page's own publication date, else the capture date, so that crawls
 * group by time too. A record cut short (a crawler killed mid-write leaves its file so) or otherwise unreadable is
 * skipped and counted, and the file's good records before it are kept: one bad record never stops the job.
 */
final class WarcArticles {
    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();
    /** Web pages larger than this are not news articles (their first bytes are read); the extractor has its own limits beyond. */
    private static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

    private WarcArticles() {
    }

    /**
     * The articles of one WARC stream, which is closed after.
     *
     * @param skipped told why a record gave no article; a broken record or file is counted there, never thrown
     */
    static List<ArticleRecord> read(InputStream in, String source, Consumer<SkippedInput.Reason> skipped) {
        List<ArticleRecord> articles = new ArrayList<>();
        WarcPages.walk(in, MAX_PAGE_BYTES - 1L, new WarcPages.Visitor() {
            @Override
            public void page(String url, Instant captured, byte[] body) {
                ArticleRecord article = article(url, captured, body, source);
                if (article == null) {
                    skipped.accept(SkippedInput.Reason.NO_ARTICLE);
                } else {
                    articles.add(article);
                }
            }

            @Override
            public void notAPage(String url) {
                skipped.accept(SkippedInput.Reason.NOT_A_PAGE);
            }

            @Override
            public void brokenRecord(String url, Exception why) {
                skipped.accept(SkippedInput.Reason.BROKEN_RECORD);
            }

            @Override
            public void cutShort(int pages, Exception why) {
                skipped.accept(SkippedInput.Reason.BROKEN_RECORD);
            }

            @Override
            public void unreadable(Exception why) {
                // not a WARC at all (a fake .gz, an empty file): one unreadable record
                skipped.accept(SkippedInput.Reason.BROKEN_RECORD);
            }
        });
        return articles;
    }

    /** The page's article, or null when it has none. */
    private static ArticleRecord article(String url, Instant captured, byte[] body, String source) {
        ExtractedPage page;
        try {
            page = EXTRACTOR.extract(body, url);
        } catch (RuntimeException | StackOverflowError e) {
            // A corrupt page is skipped like one without an article: one record never stops the job.
            return null;
        }
        if (!page.hasArticle() || page.paragraphs().isEmpty()) {
            return null;
        }
        String date = page.published() != null ? page.published() : String.valueOf(captured);
        return new ArticleRecord(null, url, page.title(), date, page.outlet(),
                String.join("\n\n", page.paragraphs()), source, true);
    }
}
