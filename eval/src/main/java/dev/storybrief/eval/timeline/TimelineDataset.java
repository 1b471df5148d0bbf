package dev.storybrief.eval.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storybrief.eval.dataset.EvalDataException;
import dev.storybrief.eval.dataset.JsonlFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a timeline data set in the shared JSON Lines layout of {@code ../shared/eval-data/timeline17}: one line per
 * topic/outlet set, {@code {"id","topic","documents":[{"id","date","text"}],"timelines":[{"id","entries":[{"date",
 * "text"}]}]}}, an entry's sentences one a line. Lines of the same {@code topic} are merged into one collection, as
 * news-tls merges Timeline17's outlet sets into 9 topics (an article that two sets share, same date and text, is kept
 * once); every gold timeline of the topic is then scored against that collection. Malformed data stops the load with
 * an {@link EvalDataException}: a silently smaller set would not be comparable.
 */
public final class TimelineDataset {
    private TimelineDataset() {
    }

    /** True when the folder (or file) holds timeline lines (their first line has {@code timelines}). */
    public static boolean isTimelineData(Path dirOrFile) {
        return JsonlFiles.firstRecord(dirOrFile).map(n -> n.has("timelines")).orElse(false);
    }

    /** Loads one {@code .jsonl} file or every {@code *.jsonl} in a folder, topics in order of first appearance. */
    public static List<TimelineTopic> load(Path dirOrFile) {
        Map<String, TopicBuilder> topics = new LinkedHashMap<>();
        for (Path file : JsonlFiles.list(dirOrFile)) {
            JsonlFiles.forEachRecord(file, (node, where) -> readLine(node, where, topics));
        }
        return topics.values().stream().map(TopicBuilder::build).toList();
    }

    private static void readLine(JsonNode node, String where, Map<String, TopicBuilder> topics) {
        String id = text(node, "id", where);
        String topic = node.hasNonNull("topic") ? node.get("topic").asText() : id;
        if (!node.path("timelines").isArray() || node.get("timelines").isEmpty()) {
            throw new EvalDataException(where + ": set \"" + id + "\" has no \"timelines\" array");
        }
        TopicBuilder builder = topics.computeIfAbsent(topic, TopicBuilder::new);
        for (JsonNode doc : node.path("documents")) {
            String docWhere = where + ", document " + doc.path("id").asText("?");
            builder.add(new TimelineArticle(text(doc, "id", docWhere), date(doc, docWhere), text(doc, "text", docWhere)));
        }
        for (JsonNode timeline : node.get("timelines")) {
            String tlId = id + "/" + text(timeline, "id", where);
            builder.timelines.add(new TimelineTopic.GoldTimeline(tlId, gold(timeline, where + ", timeline " + tlId)));
        }
    }

    private static Timeline gold(JsonNode timeline, String where) {
        TreeMap<LocalDate, List<String>> entries = new TreeMap<>();
        for (JsonNode entry : timeline.path("entries")) {
            List<String> sentences = Arrays.stream(text(entry, "text", where).split("\n"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            entries.merge(date(entry, where), sentences, (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        }
        if (entries.isEmpty()) {
            throw new EvalDataException(where + ": no entries");
        }
        return new Timeline(entries);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new EvalDataException(where + ": no \"" + field + "\" string");
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode node, String where) {
        String value = text(node, "date", where);
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new EvalDataException(where + ": \"date\" is not YYYY-MM-DD: " + value);
        }
    }

    /** Collects one topic's articles (once each) and timelines across lines. */
    private static final class TopicBuilder {
        private final String topic;
        private final List<TimelineArticle> articles = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final List<TimelineTopic.GoldTimeline> timelines = new ArrayList<>();

        TopicBuilder(String topic) {
            this.topic = topic;
        }

        void add(TimelineArticle article) {
            if (seen.add(article.date() + "\u0000" + article.text())) {
                articles.add(article);
            }
        }

        TimelineTopic build() {
            List<TimelineArticle> byDate = new ArrayList<>(articles);
            byDate.sort(java.util.Comparator.comparing(TimelineArticle::date));
            return new TimelineTopic(new TimelineCollection(topic, byDate), timelines);
        }
    }
}
