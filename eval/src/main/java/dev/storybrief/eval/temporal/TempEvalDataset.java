package dev.storybrief.eval.temporal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storybrief.eval.annotate.Span;
import dev.storybrief.eval.annotate.TimexAnnotation;
import dev.storybrief.eval.dataset.EvalDataException;
import dev.storybrief.eval.dataset.JsonlFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code ../shared/eval-data/tempeval3}: one document a line, {@code {"id","corpus","dct","text","timexes":
 * [{"start","end","text","type","value"}]}}; a folder gives every {@code *.jsonl} in it, in name order. Every gold
 * span is checked against the text; any fault stops the load with an {@link EvalDataException}.
 */
public final class TempEvalDataset {
    private TempEvalDataset() {
    }

    /** True when the first line of the folder's (or file's) first {@code .jsonl} is a document with timexes and dct. */
    public static boolean isTempEvalData(Path dirOrFile) {
        return JsonlFiles.firstRecord(dirOrFile).map(n -> n.has("timexes") && n.has("dct")).orElse(false);
    }

    /** Every document, in file and line order. */
    public static List<TempEvalDocument> load(Path dirOrFile) {
        List<TempEvalDocument> docs = new ArrayList<>();
        for (Path file : JsonlFiles.list(dirOrFile)) {
            JsonlFiles.forEachRecord(file, (node, where) -> docs.add(document(node, where)));
        }
        return docs;
    }

    private static TempEvalDocument document(JsonNode node, String where) {
        String text = node.path("text").asText();
        List<TimexAnnotation> gold = new ArrayList<>();
        for (JsonNode t : node.path("timexes")) {
            int start = t.path("start").asInt(-1);
            int end = t.path("end").asInt(-1);
            if (start < 0 || end < start || end > text.length()) {
                throw new EvalDataException(where + ": timex " + t.path("tid").asText() + " has a bad span");
            }
            gold.add(new TimexAnnotation(new Span(start, end, text.substring(start, end)), t.path("type").asText(),
                    t.path("value").asText()));
        }
        LocalDate dct;
        try {
            dct = LocalDate.parse(node.path("dct").asText());
        } catch (DateTimeParseException e) {
            throw new EvalDataException(where + ": \"dct\" is not YYYY-MM-DD");
        }
        return new TempEvalDocument(node.path("id").asText(), node.path("corpus").asText(""), dct, text, gold);
    }
}
