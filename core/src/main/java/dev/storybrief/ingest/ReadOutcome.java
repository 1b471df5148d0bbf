package dev.storybrief.ingest;

import java.util.List;

/**
 * What reading one file produced: documents, problems, or both (a JSON Lines file with one bad line).
 *
 * @param documents the documents read
 * @param problems  the problems met
 */
record ReadOutcome(List<RawDocument> documents, List<InputProblem> problems) {

    static ReadOutcome of(List<RawDocument> documents) {
        return new ReadOutcome(documents, List.of());
    }

    static ReadOutcome problem(InputProblem problem) {
        return new ReadOutcome(List.of(), List.of(problem));
    }
}
