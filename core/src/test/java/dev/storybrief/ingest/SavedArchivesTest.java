package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a browser, a mail program or a tool writes around an article: a page saved as MHTML (Chrome's "Webpage,
 * Single File"), a gzipped JSON Lines file, an e-mail forwarding an article as an attachment. Each is read as what it
 * holds, never as its container's raw text.
 */
class SavedArchivesTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=3D\"en\"><head><meta charset=3D\"utf-8\">"
            + "<title>Island cut off after ferry blaze | Pellham Island Gazette</title>\r\n"
            + "<meta property=3D\"og:site_name\" content=3D\"Pellham Island Gazette\">\r\n"
            + "<meta property=3D\"article:published_time\" content=3D\"2026-12-05T15:30:00Z\"></head>\r\n"
            + "<body><nav><a href=3D\"/\">Home</a> <a href=3D\"/news\">News</a></nav><article>"
            + "<h1>Island cut off after ferry blaze</h1>\r\n"
            + "<p>Pellham Island is without its main ferry link after a fire aboard the Marla Quest on Saturday, the"
            + " isl=\r\nand council said.</p>\r\n"
            + "<p>Council leader Tom Arbery said food deliveries would come by a chartered boat on Sunday and"
            + " Monday while the ferry=E2=80=99s engine room is inspected.</p>\r\n"
            + "<p>The coastguard said all 212 passengers were evacuated and three crew members were treated in"
            + " hospital for smoke inhalation.</p></article>\r\n"
            + "<footer>=C2=A9 2026 Pellham Island Gazette</footer></body></html>";

    /** An archive as Chrome writes it: headers, the page quoted-printable, then a style sheet and an image. */
    private static String archive() {
        return "From: <Saved by Blink>\r\n"
                + "Snapshot-Content-Location: https://gazette.example/news/island-cut-off\r\n"
                + "Subject: Island cut off after ferry blaze\r\n"
                + "Date: Sat, 5 Dec 2026 16:02:11 -0000\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                + "\tboundary=\"----MultipartBoundary--QXk3z8----\"\r\n\r\n\r\n"
                + "------MultipartBoundary--QXk3z8----\r\n"
                + "Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://gazette.example/news/island-cut-off\r\n\r\n"
                + PAGE + "\r\n"
                + "------MultipartBoundary--QXk3z8----\r\n"
                + "Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://gazette.example/s.css\r\n\r\nbody { color: black; }\r\n"
                + "------MultipartBoundary--QXk3z8----\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: https://gazette.example/logo.png\r\n\r\n"
                + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n"
                + "------MultipartBoundary--QXk3z8------\r\n";
    }

    @Test
    void anMhtmlArchiveInAFolderIsReadAsTheSavedPageItHolds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("island.mhtml"), archive(), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("older.mht"), archive().replace("Marla Quest", "Marla Star"),
                StandardCharsets.US_ASCII);

        Ingested read = new InputReader().read(List.of(dir));

        assertThat(read.problems()).extracting(InputProblem::line).noneMatch(l -> l.contains("not an article format"));
        assertThat(read.documents()).extracting(RawDocument::id).containsExactly("island", "older");
        RawDocument doc = read.documents().get(0);
        assertThat(doc.format()).isEqualTo(SourceFormat.HTML);
        assertThat(doc.meta(MetaKey.TITLE)).isEqualTo("Island cut off after ferry blaze");
        assertThat(doc.meta(MetaKey.OUTLET)).isEqualTo("Pellham Island Gazette");
        assertThat(doc.meta(MetaKey.PUBLISHED)).startsWith("2026-12-05");
        assertThat(doc.meta(MetaKey.URL)).isEqualTo("https://gazette.example/news/island-cut-off");
        assertThat(doc.text()).contains("the island council said", "the ferry’s engine room", "212 passengers")
                .doesNotContain("=3D", "Content-Type", "MultipartBoundary", "iVBORw0", "color: black");
    }

    @Test
    void anArchiveUnderAnotherNameIsToldByItsHeaders(@TempDir Path dir) throws Exception {
        // an upload or a file renamed by a download manager: given by name, it is read by what it is
        Path file = dir.resolve("island-cut-off.download");
        Files.writeString(file, archive(), StandardCharsets.US_ASCII);

        Ingested read = new InputReader().read(List.of(file));

        assertThat(read.documents()).hasSize(1);
        assertThat(read.documents().get(0).meta(MetaKey.OUTLET)).isEqualTo("Pellham Island Gazette");
        assertThat(read.documents().get(0).text()).doesNotContain("MIME-Version", "=3D");
    }

    @Test
    void aGzippedJsonLinesFileIsReadAsJsonLinesByNameOrInAFolder(@TempDir Path dir) throws Exception {
        String lines = "{\"id\":\"post-1\",\"title\":\"Ferry fire off Orrin Bay\",\"date\":\"2026-12-05\","
                + "\"outlet\":\"Harbour Post\",\"text\":\"All 212 passengers were evacuated from the ferry Marla"
                + " Quest after a fire broke out in its engine room off Orrin Bay on Saturday.\"}\n"
                + "{\"id\":\"wire-2\",\"title\":\"Passengers safe after ferry fire\",\"date\":\"2026-12-05\","
                + "\"outlet\":\"Northern Wire\",\"text\":\"A fire broke out on the ferry Marla Quest off Orrin Bay"
                + " on Saturday and all 212 passengers were evacuated, the coastguard said.\"}\n";
        Path gz = dir.resolve("news.jsonl.gz");
        Files.write(gz, gzip(lines));

        Ingested inFolder = new InputReader().read(List.of(dir));
        Ingested byName = new InputReader().read(List.of(gz));

        for (Ingested read : List.of(inFolder, byName)) {
            assertThat(read.documents()).extracting(RawDocument::id).containsExactly("post-1", "wire-2");
            assertThat(read.documents()).extracting(RawDocument::format).containsOnly(SourceFormat.JSON_LINES);
            assertThat(read.documents().get(1).meta(MetaKey.OUTLET)).isEqualTo("Northern Wire");
            assertThat(read.documents().get(0).text()).doesNotContain("\"id\"");
        }
        assertThat(SourceFormat.idOf(gz)).isEqualTo("news");
        assertThat(SourceFormat.of(Path.of("crawl.warc.gz"))).isEmpty();
    }

    @Test
    void aForwardedArticleIsReadWithItsOwnHeadersNotTheForwardersNote(@TempDir Path dir) throws Exception {
        String forward = "From: Sam Friend <sam@mail.example>\r\nTo: me@mail.example\r\n"
                + "Subject: Fwd: Island cut off after ferry blaze\r\n"
                + "Date: Mon, 07 Dec 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"m1\"\r\n\r\n"
                + "--m1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThought you'd want to see this.\r\n\r\n"
                + "--m1\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"article.eml\"\r\n\r\n"
                + "From: Pellham Island Gazette <desk@gazette.example>\r\n"
                + "Subject: Island cut off after ferry blaze\r\n"
                + "Date: Sat, 05 Dec 2026 15:30:00 +0000\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Pellham Island is without its main ferry link after a fire aboard the Marla Quest on Saturday.\r\n\r\n"
                + "The island council said food deliveries would come by a chartered boat on Sunday and Monday, a=\r\n"
                + "nd the coastguard said all 212 passengers were evacuated.\r\n\r\n--m1--\r\n";
        Files.writeString(dir.resolve("forwarded.eml"), forward, StandardCharsets.US_ASCII);

        Ingested read = new InputReader().read(List.of(dir));

        assertThat(read.documents()).hasSize(1);
        RawDocument doc = read.documents().get(0);
        assertThat(doc.text()).contains("Pellham Island is without its main ferry link", "Monday, and the coastguard")
                .doesNotContain("Thought you'd want");
        assertThat(doc.meta(MetaKey.OUTLET)).isEqualTo("Pellham Island Gazette");
        assertThat(doc.meta(MetaKey.PUBLISHED)).isEqualTo("2026-12-05");
        assertThat(doc.meta(MetaKey.TITLE)).isEqualTo("Island cut off after ferry blaze");
    }

    @Test
    void aForwardsSubjectLosesItsMarkAndANoteLongerThanTheAttachmentStays(@TempDir Path dir) throws Exception {
        // the forward's own text is the article (pasted in), the attachment a short receipt: the forward is read
        String article = "Pellham Island is without its main ferry link after a fire aboard the Marla Quest on"
                + " Saturday. The island council said food deliveries would come by a chartered boat on Sunday and"
                + " Monday, and the coastguard said all 212 passengers were evacuated.";
        String forward = "From: Sam Friend <sam@mail.example>\r\nSubject: FW: Fwd: Island cut off after ferry blaze\r\n"
                + "Date: Sat, 05 Dec 2026 18:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"m2\"\r\n\r\n"
                + "--m2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + article + "\r\n\r\n"
                + "--m2\r\nContent-Type: message/rfc822\r\n\r\n"
                + "From: Shop <shop@store.example>\r\nSubject: Your receipt\r\n"
                + "Content-Type: text/plain\r\n\r\nThank you for your order.\r\n\r\n--m2--\r\n";
        Files.writeString(dir.resolve("pasted.eml"), forward, StandardCharsets.US_ASCII);

        RawDocument doc = new InputReader().read(List.of(dir)).documents().get(0);

        assertThat(doc.text()).contains("Pellham Island is without").doesNotContain("Thank you for your order");
        assertThat(doc.meta(MetaKey.TITLE)).isEqualTo("Island cut off after ferry blaze");
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
