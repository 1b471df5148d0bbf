package dev.storybrief.eval.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.eval.dataset.EvalDataException;
import dev.storybrief.ingest.Ingested;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * ECB+ (Cybulska and Vossen, 2014) as a story-grouping test: single undated articles, each labelled with its
 * event (the gold story: a topic and which of its two events) and its topic (the kind of event, which holds two
 * similar events, e.g. two different celebrity rehab check-ins). A clusterer must keep a topic's two events apart.
 * File: one article a line, {@code {"id", "topic", "cluster", "title"?, "text"}}, read by core's
 * {@link InputReader} so the articles carry what the {@code stories} command would give them.
 *
 * @param articles the articles, in file order
 * @param events   article id to its event
 * @param topics   article id to its topic
 */
public record EcbPlus(List<RawDocument> articles, Map<String, String> events, Map<String, String> topics) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The data set name in reports. */
    public static final String NAME = "ecbplus";

    public EcbPlus {
        articles = List.copyOf(articles);
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
        topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    }

    /** Loads {@code articles.jsonl}; any fault in the data stops the load with an {@link EvalDataException}. */
    public static EcbPlus load(Path file) {
        Ingested ingested = new InputReader().read(List.of(file));
        if (!ingested.problems().isEmpty()) {
            throw new EvalDataException(file + ": " + ingested.problems().get(0).line());
        }
        Map<String, String> events = new LinkedHashMap<>();
        Map<String, String> topics = new LinkedHashMap<>();
        try (var lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines.filter(l -> !l.isBlank())::iterator) {
                JsonNode node = JSON.readTree(line);
                String id = node.path("id").asText();
                if (!node.path("topic").isTextual() || !node.path("cluster").isTextual()) {
                    throw new EvalDataException(file + ": article \"" + id + "\" has no \"topic\" or \"cluster\"");
                }
                topics.put(id, node.get("topic").asText());
                events.put(id, node.get("cluster").asText());
            }
        } catch (IOException e) {
            throw new EvalDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (events.size() != ingested.documents().size()) {
            throw new EvalDataException(file + ": " + ingested.documents().size() + " articles read but "
                    + events.size() + " labelled (repeated ids?)");
        }
        return new EcbPlus(ingested.documents(), events, topics);
    }

    /** The articles of the topics in one part: odd topic numbers for tuning, even ones held back. */
    public EcbPlus part(DevSplit split) {
        List<RawDocument> kept = articles.stream()
                .filter(doc -> split.holds(Integer.parseInt(topics.get(doc.id())) - 1)).toList();
        Map<String, String> keptEvents = new LinkedHashMap<>();
        Map<String, String> keptTopics = new LinkedHashMap<>();
        kept.forEach(doc -> {
            keptEvents.put(doc.id(), events.get(doc.id()));
            keptTopics.put(doc.id(), topics.get(doc.id()));
        });
        return new EcbPlus(kept, keptEvents, keptTopics);
    }

    /** The articles shuffled with {@code seed} into one stream whose truth is the event. */
    public ArticleStream stream(long seed) {
        List<RawDocument> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, String> dataset = new LinkedHashMap<>();
        events.keySet().forEach(id -> dataset.put(id, NAME));
        return new ArticleStream(shuffled, events, dataset, seed);
    }
}
