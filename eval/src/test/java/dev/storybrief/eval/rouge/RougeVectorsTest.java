package dev.storybrief.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every per-summary figure of the official ROUGE-1.5.5 run ({@code cases.jsonl}: 1100 cases, option sets
 * A-E) must be reproduced to the printed 5 decimals, and every raw count from the {@code -t 2} run too.
 */
class RougeVectorsTest {
    private static final String[] PRINTED = {"R", "P", "F"};
    private static List<JsonNode> cases;
    private static RougeResources resources;

    @BeforeAll
    static void loadVectors() {
        cases = RougeTestData.readJsonLines("cases.jsonl");
        resources = RougeTestData.resources();
    }

    @Test
    void vectorsHoldAllElevenHundredCases() {
        assertThat(cases).hasSize(1100);
    }

    @ParameterizedTest(name = "set {0}")
    @ValueSource(strings = {"A", "B", "C", "D", "E"})
    void everyFigureAndCountOfTheSetMatchesTheReferenceScorer(String set) {
        Map<String, RougeScorer> scorers = new HashMap<>();
        List<String> mismatches = new ArrayList<>();
        int checkedCases = 0;
        for (JsonNode row : cases) {
            if (!row.get("set").asText().equals(set)) {
                continue;
            }
            RougeScorer scorer = scorers.computeIfAbsent(row.get("options").asText(),
                    flags -> new RougeScorer(RougeOptions.parse(flags), resources));
            RougeResult result = scorer.score(RougeTestData.units(row.get("peer").asText()),
                    RougeTestData.referenceUnits(row));
            compare(row, result, mismatches);
            checkedCases++;
        }
        assertThat(checkedCases).isEqualTo(set.equals("E") ? 100 : 250);
        assertThat(mismatches).as("figures differing from ROUGE-1.5.5 in set %s", set).isEmpty();
    }

    private static void compare(JsonNode row, RougeResult result, List<String> mismatches) {
        String where = row.get("set").asText() + " " + row.get("cluster").asText() + " " + row.get("system").asText();
        for (RougeMetric metric : RougeMetric.values()) {
            RougeFigure figure = result.figure(metric);
            JsonNode expected = row.get("expected").get(metric.label());
            double[] actual = {figure.recall(), figure.precision(), figure.f()};
            for (int i = 0; i < PRINTED.length; i++) {
                BigDecimal want = expected.get(PRINTED[i]).decimalValue().setScale(5);
                String got = PerlRounding.format5(actual[i]);
                if (!got.equals(want.toPlainString())) {
                    mismatches.add(where + " " + metric.label() + "-" + PRINTED[i] + ": expected " + want + " got " + got);
                }
            }
            JsonNode counts = row.get("counts").get(metric.label());
            int[] actualCounts = {figure.modelCount(), figure.peerCount(), figure.hitCount()};
            String[] names = {"model", "peer", "hit"};
            for (int i = 0; i < names.length; i++) {
                if (counts.get(names[i]).asInt() != actualCounts[i]) {
                    mismatches.add(where + " " + metric.label() + " " + names[i] + " count: expected "
                            + counts.get(names[i]).asInt() + " got " + actualCounts[i]);
                }
            }
        }
    }
}
