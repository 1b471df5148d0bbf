package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} lists what {@code brief} reads of a browser's saved shapes: a "complete" save's frames are no
 * articles, a page saved as MHTML is its page (not its MIME source), a zip of pages is its pages.
 */
class ExtractSavedShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String page(String title, String outlet) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + outlet + "\"></head><body><article><h1>" + title
                + "</h1><p>All 212 passengers were taken off the ferry Marla Quest after a fire broke out in its engine"
                + " room on Saturday morning, the coastguard said.</p><p>Three crew members were treated in hospital"
                + " for smoke inhalation, according to the operator, which has suspended the crossing.</p><p>The"
                + " vessel was towed to Orrin Bay on Sunday for an inspection of its engine room.</p></article>"
                + "</body></html>";
    }

    private static String mhtml(String html) {
        return "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://gazette.example/news/ferry\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                + "\tboundary=\"----B----\"\r\n\r\n------B----\r\nContent-Type: text/html\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://gazette.example/news/ferry"
                + "\r\n\r\n" + html.replace("=", "=3D") + "\r\n------B------\r\n";
    }

    private static List<JsonNode> rows(CliRun run) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    @Test
    void aFolderOfSavedShapesListsTheArticlesBriefReads(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ferry.html"), page("Ferry fire forces evacuation", "Harbour Post"));
        Path frames = Files.createDirectories(dir.resolve("ferry_files"));
        Files.writeString(frames.resolve("ad.html"), page("Win a cruise for two", "Ads Network"));
        Files.writeString(dir.resolve("island.mhtml"), mhtml(page("Island cut off after ferry blaze",
                "Pellham Island Gazette")), StandardCharsets.US_ASCII);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("wire.html"));
            zip.write(page("Crew praised after ferry fire", "Northern Wire").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("more.zip"), zipped.toByteArray());

        CliRun run = CliRun.of("extract", dir.toString(), "--format", "jsonl");

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> rows = rows(run);
        assertThat(rows).extracting(r -> r.get("title").asText()).containsExactly("Ferry fire forces evacuation",
                "Island cut off after ferry blaze", "Crew praised after ferry fire");
        assertThat(rows.get(1).get("outlet").asText()).isEqualTo("Pellham Island Gazette");
        assertThat(rows.get(1).get("text").asText()).contains("212 passengers").doesNotContain("=3D", "Content-Type");
        assertThat(run.err()).contains("ferry_files").contains("not read").doesNotContain("\tat ");
    }

    @Test
    void anMhtmlFileGivenByNameIsItsPage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("island.mht"), mhtml(page("Island cut off after ferry blaze",
                "Pellham Island Gazette")), StandardCharsets.US_ASCII);

        CliRun run = CliRun.of("extract", file.toString(), "--format", "jsonl");

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> rows = rows(run);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("title").asText()).isEqualTo("Island cut off after ferry blaze");
            assertThat(r.get("text").asText()).startsWith("All 212 passengers").doesNotContain("=3D");
        });
    }
}
