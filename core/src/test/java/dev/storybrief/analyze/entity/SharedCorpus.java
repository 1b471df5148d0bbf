package dev.storybrief.analyze.entity;

import dev.storybrief.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Reads the publishers' texts the gold sets point into, from the shared folder {@link SharedData} finds. The
 * texts are never copied into the project: gold files hold only document ids, sentence indexes, a CRC of each
 * sentence (to catch a changed split) and offsets.
 *
 * <p>Document ids: a DUC 2004 document id ({@code APW19981016.0240}) or a file name without {@code .txt} from
 * {@code examples/nato-libya-2011}. When the data is missing, {@link #load()} fails as {@link SharedData} does.
 */
public final class SharedCorpus {

    /** One article, split by {@link TestSentenceSplitter}. {@code date} is null for example files. */
    public record Document(String id, LocalDate date, List<String> sentences) {
    }

    private static SharedCorpus instance;

    private final Map<String, Document> documents;

    private SharedCorpus(Map<String, Document> documents) {
        this.documents = documents;
    }

    /** Loads (once) all DUC 2004 documents and the NATO example files. */
    public static synchronized SharedCorpus load() {
        if (instance == null) {
            Map<String, Document> documents = new HashMap<>();
            readDuc(SharedData.evalData("duc2004/test.jsonl"), documents);
            readExamples(SharedData.natoCluster(), documents);
            instance = new SharedCorpus(documents);
        }
        return instance;
    }

    public Document document(String id) {
        Document document = documents.get(id);
        if (document == null) {
            throw new AssertionError("gold refers to document '" + id + "', which the shared data does not contain");
        }
        return document;
    }

    /** The sentence a gold row points at, after checking its CRC so a changed split fails loudly. */
    public String sentence(String documentId, int index, String expectedCrc) {
        List<String> sentences = document(documentId).sentences();
        if (index < 0 || index >= sentences.size()) {
            throw new AssertionError("gold sentence " + documentId + "#" + index + " does not exist");
        }
        String sentence = sentences.get(index);
        if (!crc(sentence).equals(expectedCrc)) {
            throw new AssertionError("gold sentence " + documentId + "#" + index + " changed (CRC " + crc(sentence)
                    + ", gold " + expectedCrc + "): the shared data or TestSentenceSplitter differs from annotation");
        }
        return sentence;
    }

    public static String crc(String sentence) {
        CRC32 crc = new CRC32();
        crc.update(sentence.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    @SuppressWarnings("unchecked")
    private static void readDuc(Path jsonl, Map<String, Document> into) {
        for (String line : readLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> cluster = (Map<String, Object>) MiniJson.parse(line);
            for (Object item : (List<Object>) cluster.get("documents")) {
                Map<String, Object> doc = (Map<String, Object>) item;
                String id = (String) doc.get("id");
                LocalDate date = doc.get("date") == null ? null : LocalDate.parse((String) doc.get("date"));
                into.put(id, new Document(id, date, TestSentenceSplitter.split((String) doc.get("text"))));
            }
        }
    }

    private static void readExamples(Path folder, Map<String, Document> into) {
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                into.put(id, new Document(id, null, TestSentenceSplitter.split(text)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
