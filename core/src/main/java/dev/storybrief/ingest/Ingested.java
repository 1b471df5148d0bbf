package dev.storybrief.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ingest stage produced: documents, in input order, and the problems met on the way.
 *
 * @param documents documents read
 * @param problems  one-line problems, in the order met
 */
public record Ingested(List<RawDocument> documents, List<InputProblem> problems) {

    public Ingested {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    /** Documents grouped by JSON Lines cluster; loose files form one group under the key {@code ""}. */
    public Map<String, List<RawDocument>> byCluster() {
        Map<String, List<RawDocument>> groups = new LinkedHashMap<>();
        for (RawDocument doc : documents) {
            String key = doc.meta(MetaKey.CLUSTER) == null ? "" : doc.meta(MetaKey.CLUSTER);
            groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(doc);
        }
        return groups;
    }
}
