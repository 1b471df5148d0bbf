package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Many articles sent as one file: a {@code .zip} of a folder of pages and texts, a WARC web archive of a few pages
 * (wget's {@code --warc-file}, Webrecorder). Each is read as the articles it holds; a member or record that cannot be
 * read is one line and the others go on.
 */
class PageArchivesTest {

    private static String page(String title, String outlet, String day, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" | ").append(outlet).append("</title><meta property=\"og:site_name\" content=\"")
                .append(outlet).append("\"><meta property=\"article:published_time\" content=\"").append(day)
                .append("T09:00:00Z\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                        + "<article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article><footer>© 2026 ").append(outlet).append("</footer></body></html>").toString();
    }

    private static final String COURIER = page("Ferry fire forces evacuation off Orrin Bay", "Coastal Courier",
            "2026-12-05", "All 212 passengers were taken off the ferry Marla Quest after a fire broke out in its"
                    + " engine room on Saturday morning, the coastguard said.",
            "Three crew members were treated in hospital for smoke inhalation, according to the operator.",
            "The crossing between Orrin Bay and Pellham Island is suspended until the vessel has been inspected.");
    private static final String WIRE = page("Island cut off after ferry blaze", "Northern Wire", "2026-12-06",
            "Pellham Island is without its main ferry link after Saturday's fire aboard the Marla Quest, the island"
                    + " council said on Sunday.",
            "Council leader Tom Arbery said food deliveries would come by a chartered boat while the ship is repaired.",
            "The coastguard praised the crew for an orderly evacuation of all 212 passengers.");

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                // the binary members are given as ISO-8859-1 strings: one char a byte
                boolean binary = namesAndTexts[i].matches(".*\\.(png|zip)|.*/\\._.*|.*\\.DS_Store");
                zip.write(namesAndTexts[i + 1].getBytes(binary ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aZipOfPagesIsReadMemberByMemberAndABadMemberIsOneLine(@TempDir Path dir) throws Exception {
        String text = "Harbour Post\n\nBoat fire: passengers praise crew\n\nPassengers rescued from the burning ferry"
                + " Marla Quest on Saturday praised the crew, who led all 212 of them to the lifeboats within"
                + " twenty minutes, the operator said.\n\nThe ferry was towed to Orrin Bay on Sunday.";
        Files.write(dir.resolve("pages.zip"), zip(
                "pages/courier.html", COURIER,
                "pages/wire.html", WIRE,
                "pages/wire_files/ad.html", page("Win a cruise", "Ads", "2026-12-01", "Click here to win a cruise"
                        + " for two around the islands this winter, terms apply to every entrant."),
                "pages/post.txt", text,
                "pages/logo.png", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0000\u0001",
                "__MACOSX/pages/._courier.html", "\u0000\u0005\u0016\u0007",
                "pages/.DS_Store", "\u0000\u0000\u0000\u0001Bud1"));

        Ingested read = new InputReader().read(List.of(dir));

        assertThat(read.documents()).extracting(RawDocument::id).containsExactly("courier", "post", "wire");
        assertThat(read.documents().get(0).meta(MetaKey.OUTLET)).isEqualTo("Coastal Courier");
        assertThat(read.documents().get(0).path()).isEqualTo(dir.resolve("pages.zip").resolve("pages/courier.html"));
        assertThat(read.documents().get(1).format()).isEqualTo(SourceFormat.TEXT);
        assertThat(read.documents().get(2).text()).contains("Tom Arbery").doesNotContain("cruise");
        // one line for the image, none for the hidden files or the page's frames
        assertThat(read.problems()).extracting(InputProblem::line).singleElement().asString()
                .contains("pages.zip/pages/logo.png").contains("binary");
    }

    @Test
    void aBrokenZipIsOneLineAndAZipInsideIsNotOpened(@TempDir Path dir) throws Exception {
        byte[] whole = zip("a.html", COURIER, "b.html", WIRE);
        Files.write(dir.resolve("cut.zip"), Arrays.copyOf(whole, whole.length * 2 / 3));
        Files.write(dir.resolve("outer.zip"), zip("inner.zip", new String(zip("c.html", COURIER),
                StandardCharsets.ISO_8859_1)));

        // a word processor's file is a zip inside, but no folder of articles: one line, its parts not listed
        Files.write(dir.resolve("notes.docx"), zip("word/document.xml", "<w:document/>", "[Content_Types].xml",
                "<Types/>"));

        Ingested read = new InputReader().read(List.of(dir.resolve("cut.zip"), dir.resolve("outer.zip"),
                dir.resolve("notes.docx")));

        assertThat(read.documents()).extracting(RawDocument::id).containsExactly("a");
        assertThat(read.problems()).extracting(InputProblem::line).filteredOn(l -> l.contains("notes.docx"))
                .singleElement().asString().contains("binary");
        assertThat(read.problems()).extracting(InputProblem::line)
                .anyMatch(l -> l.startsWith("skipped " + dir.resolve("cut.zip")) && l.contains("cut short"))
                .anyMatch(l -> l.contains("inner.zip") && l.contains("not opened"));
    }

    private static void response(WarcWriter writer, String url, int status, String type, String body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-12-06T10:00:00Z"))
                .body(http).build());
    }

    private static byte[] warc(WarcCompression compression) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = bytes; WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            response(writer, "https://courier.example/news/ferry-fire-evacuation.html", 200, "text/html; charset=utf-8",
                    COURIER);
            response(writer, "https://courier.example/logo.png", 200, "image/png", "PNG");
            response(writer, "https://courier.example/missing", 404, "text/html", "<p>Not found</p>");
            response(writer, "https://courier.example/about", 200, "text/html", "<html><body><p>Contact us</p></body></html>");
            writer.write(new WarcResource.Builder(URI.create("https://wire.example/2026/12/06/island-cut-off/"))
                    .date(Instant.parse("2026-12-06T11:00:00Z"))
                    .body(MediaType.parse("text/html"), WIRE.getBytes(StandardCharsets.UTF_8)).build());
        }
        return bytes.toByteArray();
    }

    @Test
    void aWarcOfPagesIsReadAsItsPagesWithTheirAddresses(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("crawl.warc"), warc(WarcCompression.NONE));
        Files.write(dir.resolve("crawl2.warc.gz"), warc(WarcCompression.GZIP));

        Ingested plain = new InputReader().read(List.of(dir.resolve("crawl.warc")));
        Ingested gzipped = new InputReader().read(List.of(dir.resolve("crawl2.warc.gz")));

        for (Ingested read : List.of(plain, gzipped)) {
            assertThat(read.documents()).extracting(RawDocument::id)
                    .containsExactly("courier.example-ferry-fire-evacuation", "wire.example-island-cut-off");
            assertThat(read.documents()).extracting(d -> d.meta(MetaKey.URL)).containsExactly(
                    "https://courier.example/news/ferry-fire-evacuation.html",
                    "https://wire.example/2026/12/06/island-cut-off/");
            assertThat(read.documents()).extracting(d -> d.meta(MetaKey.OUTLET))
                    .containsExactly("Coastal Courier", "Northern Wire");
            assertThat(read.documents().get(1).text()).contains("Tom Arbery");
            // the image and the 404 say nothing; the page without an article is one line naming its address
            assertThat(read.problems()).extracting(InputProblem::line).singleElement().asString()
                    .contains("https://courier.example/about");
        }
    }

    @Test
    void aWarcCutShortKeepsTheRecordsBeforeTheDamage(@TempDir Path dir) throws Exception {
        byte[] whole = warc(WarcCompression.NONE);
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("Council leader");
        Files.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, cut));
        Files.write(dir.resolve("renamed.txt"), whole);

        Ingested read = new InputReader().read(List.of(dir.resolve("cut.warc"), dir.resolve("renamed.txt")));

        assertThat(read.documents()).extracting(RawDocument::id)
                .containsExactly("courier.example-ferry-fire-evacuation", "wire.example-island-cut-off");
        assertThat(read.problems()).extracting(InputProblem::line)
                .anyMatch(l -> l.startsWith("skipped " + dir.resolve("cut.warc"))
                        && l.contains("wire.example/2026/12/06/island-cut-off"));
    }
}
