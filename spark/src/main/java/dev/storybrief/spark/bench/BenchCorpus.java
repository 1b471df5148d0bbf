package dev.storybrief.spark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a benchmark corpus of single articles (JSON Lines) to a scratch path: the evaluation clusters (DUC 2004
 * and the Multi-News sample) repeated until the wanted size. Repetition {@code r} is moved {@value #PERIOD_DAYS}
 * days later (DUC keeps its own dates plus the shift; the undated Multi-News clusters get a day within the period),
 * so the repetitions are separate news periods, as a long feed would be; one article in ten is also reprinted the
 * next day by a second outlet, for the near-duplicate stage. Ids get {@code ~r}. The corpus holds publishers' text:
 * write it to /tmp at run time, never into the repository.
 *
 * <pre>{@code java -cp ... dev.storybrief.spark.bench.BenchCorpus /work/shared 100000 /tmp/storybrief-bench/100k.jsonl}</pre>
 */
public final class BenchCorpus {
    static final int PERIOD_DAYS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 8;

    private BenchCorpus() {
    }

    /** Arguments: shared folder, number of articles, output file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BenchCorpus <shared folder> <articles> <output .jsonl>");
            System.exit(2);
        }
        int written = write(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        System.err.printf(Locale.ROOT, "wrote %,d articles to %s%n", written, args[2]);
    }

    /** Writes {@code size} articles; returns the number written. */
    public static int write(Path shared, int size, Path output) throws IOException {
        List<Map<String, String>> base = baseArticles(shared);
        Random random = new Random(SEED);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int r = 0; written < size; r++) {
                List<Map<String, String>> period = period(base, r);
                Collections.shuffle(period, random);
                for (Map<String, String> article : period) {
                    if (written == size) {
                        break;
                    }
                    out.write(JSON.writeValueAsString(article));
                    out.newLine();
                    written++;
                }
            }
        }
        return written;
    }

    private static List<Map<String, String>> period(List<Map<String, String>> base, int r) {
        List<Map<String, String>> period = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            Map<String, String> a = base.get(i);
            LocalDate date = LocalDate.parse(a.get("date")).plusDays((long) r * PERIOD_DAYS);
            Map<String, String> copy = new LinkedHashMap<>(a);
            copy.put("id", a.get("id") + "~" + r);
            copy.put("date", date.toString());
            period.add(copy);
            if (i % 10 == 0) {
                Map<String, String> reprint = new LinkedHashMap<>(copy);
                reprint.put("id", copy.get("id") + "-reprint");
                reprint.put("outlet", "Reprint Wire");
                reprint.put("date", date.plusDays(1).toString());
                reprint.put("text", "(Reprinted by Reprint Wire) " + a.get("text"));
                period.add(reprint);
            }
        }
        return period;
    }

    /** The evaluation articles once, each with a date: DUC's own, or a day of the first period for Multi-News. */
    private static List<Map<String, String>> baseArticles(Path shared) throws IOException {
        Path data = shared.resolve("eval-data");
        List<Path> files = new ArrayList<>();
        files.add(data.resolve("duc2004/test.jsonl"));
        try (Stream<Path> multiNews = Files.list(data.resolve("multinews-sample100"))) {
            multiNews.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
        List<Map<String, String>> articles = new ArrayList<>();
        LocalDate periodStart = LocalDate.of(1998, 10, 1);
        int cluster = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IOException("missing evaluation data " + file);
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode node = JSON.readTree(line);
                cluster++;
                for (JsonNode doc : node.get("documents")) {
                    Map<String, String> a = new LinkedHashMap<>();
                    a.put("id", doc.get("id").asText());
                    a.put("date", doc.hasNonNull("date") ? doc.get("date").asText()
                            : periodStart.plusDays((cluster * 7L) % 90).toString());
                    a.put("outlet", doc.hasNonNull("source") ? doc.get("source").asText()
                            : "Outlet " + (articles.size() % 13));
                    a.put("text", doc.get("text").asText());
                    articles.add(a);
                }
            }
        }
        return articles;
    }
}
