package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page saved with "Save as, web page complete" comes with a folder of its resources: its embedded frames are no
 * articles and its scripts no inputs to warn of. Every page is made up.
 */
class SavedPageFolderTest {
    private static final String ARTICLE = "<html><head><title>Ferry strikes cargo ship - Kellport Courier</title></head>"
            + "<body><article><h1>Ferry strikes cargo ship in Kellport harbour</h1>"
            + "<p>A passenger ferry struck a moored cargo ship in Kellport harbour on Wednesday morning, the port authority"
            + " said, leaving a two-metre gash in the ferry's bow above the waterline.</p>"
            + "<p>All 212 passengers were taken ashore by the harbour's pilot boats within an hour. Four were treated for"
            + " minor injuries at Kellport General Hospital and released, a hospital spokeswoman said.</p>"
            + "<p>The operator has suspended the morning crossings to Vessa island while divers inspect the hull, and"
            + " crossings are expected to resume on Friday, the company said in a statement.</p></article></body></html>";
    private static final String FRAME = "<html><head><title>Advertisement</title></head><body><div class=\"ad\"><p>Save"
            + " 30% on winter tyres this week only at Vessa Motors. Book your fitting online today and get a free wheel"
            + " alignment check from our friendly team of fitters in Kellport.</p><p>Vessa Motors has served drivers in"
            + " the harbour town for forty years and fitted more than a million tyres.</p></div></body></html>";

    @Test
    void theResourceFolderOfASavedPageIsLeftOutWithOneNote(@TempDir Path dir) throws Exception {
        String page = "Ferry strikes cargo ship - Kellport Courier";
        Files.writeString(dir.resolve(page + ".html"), ARTICLE);
        Path resources = Files.createDirectory(dir.resolve(page + "_files"));
        Files.writeString(resources.resolve("saved_resource.html"), FRAME);
        Files.writeString(resources.resolve("analytics.js"), "window.dataLayer=[];");
        Files.writeString(resources.resolve("main.css"), "body{margin:0}");
        Path german = Files.createDirectory(dir.resolve("Fähre - Kurier-Dateien"));
        Files.writeString(dir.resolve("Fähre - Kurier.htm"), ARTICLE.replace("Wednesday", "Tuesday"));
        Files.writeString(german.resolve("frame.html"), FRAME);

        Ingested read = new InputReader().read(List.of(dir));

        assertThat(read.documents()).extracting(RawDocument::id).hasSize(2)
                .noneMatch(id -> id.contains("saved_resource") || id.contains("frame"));
        assertThat(read.problems()).extracting(InputProblem::line)
                .noneMatch(line -> line.contains("analytics.js") || line.contains("main.css"))
                .filteredOn(line -> line.contains(SavedPageResources.NOT_READ)).hasSize(2);
    }

    @Test
    void aFolderThatOnlyLooksLikeOneIsRead(@TempDir Path dir) throws Exception {
        // no page of its name beside it: a folder of articles a reader named so
        Path folder = Files.createDirectory(dir.resolve("ferry_files"));
        Files.writeString(folder.resolve("courier.html"), ARTICLE);
        Files.writeString(dir.resolve("ferry-notes.txt"), "Notes on the ferry.");

        Ingested read = new InputReader().read(List.of(dir));

        assertThat(read.documents()).extracting(RawDocument::id).contains("courier");
        assertThat(read.problems()).extracting(InputProblem::line)
                .noneMatch(line -> line.contains(SavedPageResources.NOT_READ));
    }
}
