package dev.storybrief.eval.dataset;

import dev.storybrief.ingest.RawDocument;
import java.util.List;

/**
 * One evaluation cluster: the source articles of a story and the human reference summaries it is scored against.
 *
 * @param id         the cluster id from the data set (for example {@code d30001t})
 * @param documents  the source articles as core's ingest stage reads them, in file order
 * @param references the reference summaries, verbatim (line breaks kept)
 */
public record EvalCluster(String id, List<RawDocument> documents, List<String> references) {

    public EvalCluster {
        documents = List.copyOf(documents);
        references = List.copyOf(references);
    }
}
