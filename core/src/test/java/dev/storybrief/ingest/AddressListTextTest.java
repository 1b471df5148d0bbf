package dev.storybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text file of nothing but web addresses (a list of links a new user hands over) is no article: one line says what
 * it holds and how its articles are read, where cleaning it used to leave nothing and blame "boilerplate"; the
 * other inputs are read. A text that quotes an address among its sentences is an article as before.
 */
class AddressListTextTest {
    @TempDir
    Path dir;

    @Test
    void aTextOfAddressesAloneIsOneClearLineAndTheRestIsRead() throws Exception {
        Path list = Files.writeString(dir.resolve("urls.txt"), "https://kelby.example/news/pier-to-close\n\n"
                + "  http://harbour-post.example/2026/11/24/pier  \n");
        Path article = Files.writeString(dir.resolve("pier.txt"), "Pier to close\n\nThe harbour council of Kelby voted"
                + " on Tuesday to close the old pier for repairs, the mayor said. Details are at"
                + " https://kelby.example/council.\n");
        Ingested read = new InputReader().read(List.of(list, article));
        assertThat(read.documents()).extracting(RawDocument::path).containsExactly(article);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).contains("urls.txt").contains("holds 2 web addresses and no article text")
                    .contains("give the addresses themselves as inputs").doesNotContain("boilerplate");
            assertThat(p.line().lines()).hasSize(1);
        });
    }
}
