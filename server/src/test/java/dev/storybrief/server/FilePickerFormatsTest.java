package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.InputReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The page's "Choose files" dialog offers every kind of file an upload is read as: a browser's file dialog hides what
 * its {@code accept} list leaves out, so a saved {@code .mhtml} page, an {@code .eml} newsletter, a {@code .zip} of
 * pages or a {@code .warc} could be dropped on the page but not picked.
 */
class FilePickerFormatsTest {
    /** One file of each kind the README lists as an input. */
    private static final List<String> INPUTS = List.of("a.txt", "a.text", "a.md", "a.markdown", "a.html", "a.htm",
            "a.html.gz", "a.mhtml", "a.mht", "a.eml", "a.jsonl", "a.ndjson", "a.jsonl.gz", "a.json", "a.rss", "a.atom",
            "a.rdf", "a.xml", "a.zip", "a.warc", "a.warc.gz");

    @Test
    void theFileDialogOffersEveryFormatTheServerReads() throws IOException {
        Set<String> accepted = accepted();
        for (String name : INPUTS) {
            assertThat(InputReader.readsName(Path.of(name))).as(name + " is an input").isTrue();
            String extension = name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
            assertThat(accepted).as("the file dialog's accept list offers " + name).contains(extension);
        }
    }

    private static Set<String> accepted() throws IOException {
        try (InputStream in = FilePickerFormatsTest.class.getResourceAsStream("/dev/storybrief/server/web/index.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<input id=\"files\"[^>]*accept=\"([^\"]*)\"").matcher(html);
            assertThat(m.find()).as("the page's file input has an accept list").isTrue();
            return Arrays.stream(m.group(1).split(",")).map(String::strip).collect(Collectors.toSet());
        }
    }
}
