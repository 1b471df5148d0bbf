package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.Storybrief;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.SummarySentence;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No summary states one sentence twice. The summary's steps swap lines for others (a backed twin, the latest figure,
 * one side of a disagreement); a swap that brings in a sentence already chosen under another score once printed
 * "Според директора на пристанището ..." twice in a three-article Bulgarian brief. Checked on every made-up stream
 * in {@code /small-streams}, each briefed whole and by the articles of each language (the id's letters).
 */
class NoRepeatedSummarySentenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noBriefOfTheMadeUpStreamsRepeatsASentence(@TempDir Path dir) throws IOException, URISyntaxException {
        Path streams = Path.of(Objects.requireNonNull(getClass().getResource("/small-streams")).toURI());
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(streams)) {
            for (Path stream : files.sorted().toList()) {
                inputs.add(stream);
                inputs.addAll(byIdLetters(stream, dir));
            }
        }
        Storybrief storybrief = Storybrief.builder().build();
        int briefed = 0;
        for (Path input : inputs) {
            Briefing briefing = storybrief.brief(List.of(input));
            List<SummarySentence> summary = briefing.summary();
            assertThat(summary.stream().map(SummarySentence::sentence).distinct().count())
                    .as("%s: %s", input.getFileName(), summary.stream().map(SummarySentence::text).toList())
                    .isEqualTo(summary.size());
            briefed += summary.isEmpty() ? 0 : 1;
        }
        assertThat(briefed).isGreaterThan(inputs.size() / 2);
    }

    /** The stream's lines split by the letters of their ids ("bg1", "bg2" -> "bg"), each part written as a file. */
    private static List<Path> byIdLetters(Path stream, Path dir) throws IOException {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(stream, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String id = JSON.readTree(line).path("id").asText();
            parts.computeIfAbsent(id.replaceAll("[^\\p{L}].*", ""), k -> new ArrayList<>()).add(line);
        }
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, List<String>> part : parts.entrySet()) {
            if (part.getValue().size() > 1 && parts.size() > 1) {
                String name = stream.getFileName().toString().replace(".jsonl", "") + "-" + part.getKey() + ".jsonl";
                files.add(Files.write(dir.resolve(name), part.getValue(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
