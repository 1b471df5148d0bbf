package dev.storybrief.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Made-up WARC files for the job's tests: one news page per article (with navigation and a footer around it, ids in
 * the URLs), then (unless asked not to) an image and a 404 page, which are no articles.
 */
final class TestWarc {
    private TestWarc() {
    }

    static void write(List<ArticleRecord> articles, Path path, WarcCompression compression) throws IOException {
        write(articles, path, compression, true);
    }

    static void write(List<ArticleRecord> articles, Path path, WarcCompression compression, boolean nonArticles)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(path);
             WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            for (ArticleRecord a : articles) {
                String html = "<html><head><title>" + a.id() + "</title>"
                        + "<meta property=\"og:site_name\" content=\"" + a.outlet() + "\">"
                        + "<meta property=\"article:published_time\" content=\"" + a.date() + "\"></head><body>"
                        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + a.id() + "</h1>"
                        + Stream.of(a.text().split("(?<=\\.) ")).map(p -> "<p>" + p + "</p>").reduce("", String::concat)
                        + "</article><footer>Copyright</footer></body></html>";
                record(writer, "https://news.example/" + a.id(), 200, MediaType.HTML_UTF8, html, a.date());
            }
            if (!nonArticles) {
                return;
            }
            record(writer, "https://news.example/logo.png", 200, MediaType.parse("image/png"), "PNG", "2024-03-01");
            record(writer, "https://news.example/missing", 404, MediaType.HTML_UTF8, "<p>Not found</p>", "2024-03-01");
        }
    }

    private static void record(WarcWriter writer, String url, int status, MediaType type, String body, String date)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create(url))
                .date(LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC)).body(http).build());
    }
}
