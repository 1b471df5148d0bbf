package dev.storybrief.analyze.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a hand-made gold file from the test resources: tab-separated rows, {@code #} comments. A row whose first
 * field is the block marker (e.g. {@code S} for a sentence, {@code D} for a document) opens a block; the rows after
 * it, up to the next marker, belong to it.
 */
public final class GoldFile {

    /** One block: the marker row's fields (marker dropped) and its member rows' fields. */
    public record Block(List<String> header, List<List<String>> rows) {
    }

    private GoldFile() {
    }

    public static List<Block> read(String resource, String marker) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines(resource)) {
            List<String> fields = Arrays.asList(line.split("\t", -1));
            if (fields.get(0).equals(marker)) {
                blocks.add(new Block(fields.subList(1, fields.size()), new ArrayList<>()));
            } else if (blocks.isEmpty()) {
                throw new IllegalStateException(resource + ": row before the first '" + marker + "' row: " + line);
            } else {
                blocks.get(blocks.size() - 1).rows().add(fields);
            }
        }
        return blocks;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = GoldFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
