package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 21 system averages of the official run ({@code averages.jsonl}: avg, ci_low and ci_high of R, P and F
 * for ROUGE-1, -2, -L and -SU4, 756 figures) must come out of {@link BootstrapAverager} fed with this
 * scorer's own per-topic results, and the 12 printed lines per system must match byte for byte.
 */
class RougeAveragesTest {
    private static final String[] PRINTED = {"R", "P", "F"};
    private static List<JsonNode> systems;
    private static Map<String, List<TopicScore>> topicsBySetAndSystem;

    @BeforeAll
    static void scoreAllCases() {
        systems = RougeTestData.readJsonLines("averages.jsonl");
        RougeResources resources = RougeTestData.resources();
        Map<String, RougeScorer> scorers = new HashMap<>();
        topicsBySetAndSystem = new HashMap<>();
        for (JsonNode row : RougeTestData.readJsonLines("cases.jsonl")) {
            RougeScorer scorer = scorers.computeIfAbsent(row.get("options").asText(),
                    flags -> new RougeScorer(RougeOptions.parse(flags), resources));
            RougeResult result = scorer.score(RougeTestData.units(row.get("peer").asText()),
                    RougeTestData.referenceUnits(row));
            String system = row.get("system").asText();
            topicsBySetAndSystem.computeIfAbsent(row.get("set").asText() + "/" + system, k -> new ArrayList<>())
                    .add(new TopicScore(row.get("cluster").asText(), system, result));
        }
    }

    @Test
    void everyPrintedAverageAndIntervalBoundMatchesTheReferenceScorer() {
        assertThat(systems).hasSize(21);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (JsonNode system : systems) {
            String key = system.get("set").asText() + "/" + system.get("system").asText();
            List<TopicScore> topics = topicsBySetAndSystem.get(key);
            assertThat(topics).as(key).hasSize(system.get("n_topics").asInt());
            RougeFlags flags = RougeFlags.parse(system.get("options").asText());
            SystemAverage average = new BootstrapAverager(flags.resamples(), flags.confidence()).average(topics);
            for (RougeMetric metric : RougeMetric.values()) {
                MetricAverage actual = average.metric(metric);
                BootstrapFigure[] figures = {actual.recall(), actual.precision(), actual.f()};
                for (int i = 0; i < PRINTED.length; i++) {
                    JsonNode expected = system.get("averages").get(metric.label()).get(PRINTED[i]);
                    compared += compare(key + " " + metric.label() + " " + PRINTED[i], expected, figures[i], mismatches);
                }
            }
            List<String> expectedLines = new ArrayList<>();
            system.get("lines").forEach(line -> expectedLines.add(line.asText()));
            if (!average.printedLines().equals(expectedLines)) {
                mismatches.add(key + " printed lines differ: " + average.printedLines());
            }
        }
        assertThat(compared).isEqualTo(756);
        assertThat(mismatches).as("averages differing from ROUGE-1.5.5").isEmpty();
    }

    private static int compare(String where, JsonNode expected, BootstrapFigure actual, List<String> mismatches) {
        String[] names = {"avg", "ci_low", "ci_high"};
        double[] values = {actual.avg(), actual.ciLow(), actual.ciHigh()};
        for (int i = 0; i < names.length; i++) {
            String want = expected.get(names[i]).decimalValue().setScale(5).toPlainString();
            String got = PerlRounding.format5(values[i]);
            if (!want.equals(got)) {
                mismatches.add(where + " " + names[i] + ": expected " + want + " got " + got);
            }
        }
        return names.length;
    }
}
