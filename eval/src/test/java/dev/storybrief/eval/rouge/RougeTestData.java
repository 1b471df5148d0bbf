package dev.storybrief.eval.rouge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.eval.dataset.EvalData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference scorer's vectors from {@code <shared>/eval-data/rouge-vectors}; never copied into the project. */
final class RougeTestData {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RougeTestData() {
    }

    /** The vectors folder, or a test failure naming what is missing. */
    static Path vectorsDir() {
        return SharedData.evalData("rouge-vectors/cases.jsonl").getParent();
    }

    /** The scorer's data files (stopwords, WordNet exceptions) from the shared folder. */
    static RougeResources resources() {
        return EvalData.rouge();
    }

    /** Every line of a JSONL file in the vectors folder. */
    static List<JsonNode> readJsonLines(String fileName) {
        Path file = vectorsDir().resolve(fileName);
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A case's text split back into SEE units ({@code \n}-joined in the file). */
    static List<String> units(String joined) {
        return List.of(joined.split("\n", -1));
    }

    /** All references of a case as unit lists, in model-ID order. */
    static List<List<String>> referenceUnits(JsonNode row) {
        List<List<String>> references = new ArrayList<>();
        for (JsonNode reference : row.get("references")) {
            references.add(units(reference.asText()));
        }
        return references;
    }
}
