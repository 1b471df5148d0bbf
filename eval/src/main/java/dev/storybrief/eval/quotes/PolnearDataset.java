package dev.storybrief.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storybrief.eval.annotate.Span;
import dev.storybrief.eval.dataset.EvalDataException;
import dev.storybrief.eval.dataset.JsonlFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code ../shared/eval-data/polnear}: one article a line, {@code {"id","text","attributions":[{"source":
 * {"start","end","text"}|null,"content":{...}|null}]}}; a folder gives every {@code *.jsonl} (train, dev), the file name
 * being the split. The main annotator's attributions are read; relations without content are skipped. Every span is
 * checked against the text.
 */
public final class PolnearDataset {
    private PolnearDataset() {
    }

    /** True when the first record of the folder or file has {@code attributions}. */
    public static boolean isPolnearData(Path dirOrFile) {
        return JsonlFiles.firstRecord(dirOrFile).map(n -> n.has("attributions")).orElse(false);
    }

    /** Every article, in file and line order. */
    public static List<PolnearDocument> load(Path dirOrFile) {
        List<PolnearDocument> docs = new ArrayList<>();
        for (Path file : JsonlFiles.list(dirOrFile)) {
            String split = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
            JsonlFiles.forEachRecord(file, (node, where) -> docs.add(document(node, split, where)));
        }
        return docs;
    }

    private static PolnearDocument document(JsonNode node, String split, String where) {
        String text = node.path("text").asText();
        List<GoldAttribution> attributions = new ArrayList<>();
        for (JsonNode a : node.path("attributions")) {
            Span content = span(a.get("content"), text, where);
            if (content != null) {
                attributions.add(new GoldAttribution(content, span(a.get("source"), text, where)));
            }
        }
        return new PolnearDocument(node.path("id").asText(), split, text, attributions);
    }

    private static Span span(JsonNode node, String text, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        int start = node.path("start").asInt(-1);
        int end = node.path("end").asInt(-1);
        if (start < 0 || end < start || end > text.length()) {
            throw new EvalDataException(where + ": span [" + start + ", " + end + ") outside the text");
        }
        return new Span(start, end, text.substring(start, end));
    }
}
