package dev.storybrief.server;

import dev.storybrief.ingest.RawDocument;
import java.util.List;

/**
 * The articles of one request as the pipeline reads them, and the one-line notes about inputs that were
 * skipped or doubtful.
 *
 * @param documents documents to brief, in request order, with unique ids
 * @param sources   for each document, where it came from (file name or article id)
 * @param warnings  notes for the client
 */
record ReadArticles(List<RawDocument> documents, List<String> sources, List<String> warnings) {
    ReadArticles {
        documents = List.copyOf(documents);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }
}
