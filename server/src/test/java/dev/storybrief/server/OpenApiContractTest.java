package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybrief.render.BriefingSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The server's OpenAPI document against the briefing schema: its StoredBriefing is {@code docs/briefing.schema.json}
 * plus {@code id} and {@code created}, field by field (descriptions may be worded for the API). That real answers
 * follow their components is checked in {@link ServerApiTest}.
 */
class OpenApiContractTest {
    /** Words for readers, not part of the shape. */
    private static final Set<String> PROSE = Set.of("description", "title", "$comment");
    private static final Set<String> SCHEMA_ONLY = Set.of("$schema", "$id");
    private static final List<String> STORED_ONLY = List.of("id", "created");

    @Test
    void storedBriefingIsTheBriefingSchemaPlusIdAndCreated() {
        ObjectNode stored = OpenApi.component("StoredBriefing").deepCopy();
        for (String field : STORED_ONLY) {
            assertThat(((ObjectNode) stored.get("properties")).remove(field)).as("StoredBriefing declares " + field).isNotNull();
        }
        ArrayNode required = (ArrayNode) stored.get("required");
        assertThat(required.get(0).asText() + "," + required.get(1).asText()).isEqualTo(String.join(",", STORED_ONLY));
        required.remove(1);
        required.remove(0);
        ObjectNode schema = BriefingSchema.tree().deepCopy();
        schema.remove(SCHEMA_ONLY);
        List<String> differences = new ArrayList<>();
        compare(schema, stored, "", differences);
        assertThat(differences).as("docs/briefing.schema.json vs openapi.json StoredBriefing").isEmpty();
    }

    /** Every keyword but prose must be equal, in the same order for arrays; differences named by their path. */
    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            names.removeAll(PROSE);
            for (String name : names) {
                String child = path + "/" + name;
                if (!expected.has(name)) {
                    differences.add(child + ": only in openapi.json");
                } else if (!actual.has(name)) {
                    differences.add(child + ": only in the schema");
                } else {
                    compare(expected.get(name), actual.get(name), child, differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "/" + i, differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": schema " + expected + ", openapi.json " + actual);
        }
    }
}
