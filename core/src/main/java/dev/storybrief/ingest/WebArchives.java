package dev.storybrief.ingest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a WARC web archive ({@code .warc}, {@code .warc.gz}: what wget's {@code --warc-file}, Webrecorder and
 * crawlers write) as the pages it holds: every successful HTML response, and every HTML resource record, is read
 * exactly as a fetched page is, with its address. Requests, metadata, redirects, styles and images are no articles and
 * are passed over without a word; a page without article text, or a record cut short, is one line and the records
 * around it are read. Big crawls are the Spark job's; a WARC of a few saved pages is a user's. Both walk the
 * archive with {@link WarcPages}.
 */
final class WebArchives {
    private WebArchives() {
    }

    /** The archive's pages as raw documents, each named by its address, with the archive as their path. */
    static ReadOutcome read(Path file, byte[] bytes, HtmlReader htmlReader, long pageMax) {
        Pages pages = new Pages(file, htmlReader, pageMax);
        try {
            WarcPages.walk(new ByteArrayInputStream(bytes), pageMax, pages);
        } catch (RuntimeException e) {
            pages.problems.add(new InputProblem(file, "web archive cannot be read (" + describe(e) + ")", true));
        }
        if (pages.count == 0 && pages.problems.isEmpty()) {
            pages.problems.add(new InputProblem(file, "web archive holds no HTML page", true));
        }
        return new ReadOutcome(pages.documents, pages.problems);
    }

    /** The archive's pages read as saved pages, and one problem line for each record that gave none. */
    private static final class Pages implements WarcPages.Visitor {
        private final Path file;
        private final HtmlReader htmlReader;
        private final long pageMax;
        private final List<RawDocument> documents = new ArrayList<>();
        private final List<InputProblem> problems = new ArrayList<>();
        private int count;

        Pages(Path file, HtmlReader htmlReader, long pageMax) {
            this.file = file;
            this.htmlReader = htmlReader;
            this.pageMax = pageMax;
        }

        @Override
        public void page(String url, Instant captured, byte[] body) {
            count++;
            if (body.length > pageMax) {
                problems.add(new InputProblem(file, url + ": " + InputReader.tooLarge(body.length, pageMax), true));
                return;
            }
            ReadOutcome outcome = htmlReader.read(pageId(url, SourceFormat.idOf(file) + "-" + count), null, url, body);
            for (RawDocument doc : outcome.documents()) {
                documents.add(new RawDocument(doc.id(), file, doc.format(), doc.text(), doc.meta()));
            }
            for (InputProblem problem : outcome.problems()) {
                problems.add(new InputProblem(file, problem.message(), problem.skipped()));
            }
        }

        @Override
        public void brokenRecord(String url, Exception why) {
            problems.add(new InputProblem(file, (url == null ? "" : url + ": ") + "record cannot be read ("
                    + describe(why) + ")", true));
        }

        @Override
        public void cutShort(int pagesBefore, Exception why) {
            problems.add(new InputProblem(file, "web archive cut short after " + pagesBefore + " page(s) ("
                    + describe(why) + "): the records before it were read", true));
        }

        @Override
        public void unreadable(Exception why) {
            problems.add(new InputProblem(file, "web archive cannot be read (" + describe(why) + ")", true));
        }
    }

    /**
     * A page's name: its host and the last segment of its path without extension ("wire.example-island-cut-off"),
     * else its host. The host keeps two outlets' pages of one name ("/news/ferry") apart, as a crawl holds many.
     */
    static String pageId(String url, String fallback) {
        try {
            URI uri = URI.create(url.strip());
            String host = PageAddress.host(url);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String[] segments = path.split("/");
            for (int i = segments.length - 1; i >= 0; i--) {
                String segment = segments[i].replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
                if (!segment.isBlank() && !segment.equalsIgnoreCase("index")) {
                    return host == null ? segment : host + "-" + segment;
                }
            }
            return host == null ? fallback : host;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
