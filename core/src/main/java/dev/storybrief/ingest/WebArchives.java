package dev.storybrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC web archive ({@code .warc}, {@code .warc.gz}: what wget's {@code --warc-file}, Webrecorder and
 * crawlers write) as the pages it holds: every successful HTML response, and every HTML resource record, is read
 * exactly as a fetched page is, with its address. Requests, metadata, redirects, styles and images are no articles and
 * are passed over without a word; a page without article text, or a record cut short, is one line and the records
 * around it are read. Big crawls are the Spark job's; a WARC of a few saved pages is a user's.
 */
final class WebArchives {
    private WebArchives() {
    }

    /** The archive's pages as raw documents, each named by its address, with the archive as their path. */
    static ReadOutcome read(Path file, byte[] bytes, HtmlReader htmlReader, long pageMax) {
        List<RawDocument> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        int pages = 0;
        // a record whose body is cut short is told once: the stream then ends inside it, which is the same damage
        boolean lastBroken = false;
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes))) {
            reader.setLenient(true);
            reader.onWarning(message -> { });
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    if (!lastBroken) {
                        problems.add(new InputProblem(file, "web archive cut short after " + pages + " page(s) ("
                                + describe(e) + "): the records before it were read", true));
                    }
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                Page page;
                try {
                    page = page(next.get(), pageMax);
                } catch (IOException | RuntimeException e) {
                    problems.add(new InputProblem(file, where(next.get()) + "record cannot be read (" + describe(e)
                            + ")", true));
                    lastBroken = true;
                    continue;
                }
                lastBroken = false;
                if (page == null) {
                    continue;
                }
                pages++;
                if (page.body().length > pageMax) {
                    problems.add(new InputProblem(file, page.url() + ": "
                            + InputReader.tooLarge(page.body().length, pageMax), true));
                    continue;
                }
                ReadOutcome outcome = htmlReader.read(pageId(page.url(), SourceFormat.idOf(file) + "-" + pages),
                        null, page.url(), page.body());
                for (RawDocument doc : outcome.documents()) {
                    documents.add(new RawDocument(doc.id(), file, doc.format(), doc.text(), doc.meta()));
                }
                for (InputProblem problem : outcome.problems()) {
                    problems.add(new InputProblem(file, problem.message(), problem.skipped()));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new InputProblem(file, "web archive cannot be read (" + describe(e) + ")", true));
        }
        if (pages == 0 && problems.isEmpty()) {
            problems.add(new InputProblem(file, "web archive holds no HTML page", true));
        }
        return new ReadOutcome(documents, problems);
    }

    /** A page the archive holds: its address and its body with transfer and content encodings undone. */
    private record Page(String url, byte[] body) {
    }

    /** The record's page, or null when it is no successful HTML page. */
    private static Page page(WarcRecord record, long pageMax) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, pageMax + 1);
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
                return null; // a response of another protocol (DNS, FTP)
            }
            var http = response.http();
            if (http.status() != 200 || !isHtml(http.contentType())) {
                return null;
            }
            return new Page(response.target(), http.bodyDecoded().stream().readNBytes(cap));
        }
        if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
            return new Page(resource.target(), resource.body().stream().readNBytes(cap));
        }
        return null;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The address of a record, for a note about it. */
    private static String where(WarcRecord record) {
        String target = record.headers().first("WARC-Target-URI").orElse(null);
        return target == null ? "" : target + ": ";
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
