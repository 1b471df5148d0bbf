package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder named in a request to a server started with {@code --allow-dir} lists the files {@code brief} reads in a
 * folder: pages saved as MHTML and archives of pages too, and never the frames in a saved page's resources folder.
 */
class AllowedFolderFilesTest {
    @Test
    void theFolderListsWhatBriefReadsAndLeavesOutASavedPagesResources(@TempDir Path allowed) throws IOException {
        Path story = Files.createDirectories(allowed.resolve("ferry"));
        for (String name : List.of("chrome.mhtml", "ie.mht", "pages.zip", "crawl.warc.gz", "courier.html",
                "post.txt", "letter.eml", "logo.png")) {
            Files.writeString(story.resolve(name), "x");
        }
        Path frames = Files.createDirectories(story.resolve("courier_files"));
        Files.writeString(frames.resolve("ad.html"), "<p>advert</p>");

        List<String> listed = AllowedFolder.of(allowed).files("ferry", 100).stream()
                .map(p -> p.getFileName().toString()).toList();

        assertThat(listed).containsExactlyInAnyOrder("chrome.mhtml", "ie.mht", "pages.zip", "crawl.warc.gz",
                "courier.html", "post.txt", "letter.eml");
    }
}
