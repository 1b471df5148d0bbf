package dev.storybrief.cjk;

import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The made-up Chinese, Japanese and Korean news articles of the test resources ({@code dev/storybrief/cjk}), written
 * for these tests in several outlets' styles (agency cable, newspaper, web brief): {@code tuning/} is what the term
 * chains were measured on, {@code heldback/} only a gate. A file {@code STORY-x.txt} belongs to story {@code STORY}.
 */
public final class MadeUpCjkArticles {
    private MadeUpCjkArticles() {
    }

    /** The articles of one part ("tuning" or "heldback") whose names start with {@code prefix}, in name order. */
    public static List<RawDocument> read(String part, String prefix) {
        try {
            Path folder = Path.of(MadeUpCjkArticles.class.getResource("/dev/storybrief/cjk/" + part).toURI());
            return new InputReader().read(List.of(folder)).documents().stream()
                    .filter(d -> d.id().startsWith(prefix)).toList();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The story of an article: its name without the last "-x". */
    public static String storyOf(String id) {
        return id.substring(0, id.lastIndexOf('-'));
    }
}
