package dev.storybrief.eval.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The {@code .jsonl} files of a data set folder, and a peek at the first record to tell what kind of set it is. */
public final class JsonlFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlFiles() {
    }

    /**
     * The file itself, or every {@code *.jsonl} directly in the folder, in name order.
     *
     * @throws EvalDataException when there is no such file or folder, or the folder has no {@code .jsonl}
     */
    public static List<Path> list(Path dirOrFile) {
        if (Files.isRegularFile(dirOrFile)) {
            return List.of(dirOrFile);
        }
        if (!Files.isDirectory(dirOrFile)) {
            throw new EvalDataException(dirOrFile + ": no such file or folder");
        }
        try (Stream<Path> list = Files.list(dirOrFile)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new EvalDataException(dirOrFile + ": no .jsonl file");
            }
            return files;
        } catch (IOException e) {
            throw new EvalDataException(dirOrFile + ": cannot list (" + e.getMessage() + ")");
        }
    }

    /**
     * Parses every non-blank line of a file as JSON and hands it on with where it was ({@code file: line N}).
     *
     * @throws EvalDataException when the file cannot be read or a line is not JSON
     */
    public static void forEachRecord(Path file, BiConsumer<JsonNode, String> action) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ": line " + number;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new EvalDataException(where + ": invalid JSON");
                }
                action.accept(node, where);
            }
        } catch (IOException e) {
            throw new EvalDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The first record of the first file, or empty when there is none or it is not JSON. */
    public static Optional<JsonNode> firstRecord(Path dirOrFile) {
        try {
            Path first = list(dirOrFile).get(0);
            try (BufferedReader in = Files.newBufferedReader(first, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        return Optional.ofNullable(JSON.readTree(line));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
