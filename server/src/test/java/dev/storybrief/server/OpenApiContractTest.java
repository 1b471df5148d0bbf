package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.storybrief.render.BriefingSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's OpenAPI document against the briefing schema and against what the server answers: its StoredBriefing is
 * {@code docs/briefing.schema.json} plus {@code id} and {@code created}, field by field (descriptions may be worded
 * for the API), and real answers follow the components that describe them.
 */
class OpenApiContractTest {
    /** Words for readers, not part of the shape. */
    private static final Set<String> PROSE = Set.of("description", "title", "$comment");
    private static final Set<String> SCHEMA_ONLY = Set.of("$schema", "$id");
    private static final List<String> STORED_ONLY = List.of("id", "created");

    @TempDir
    static Path data;
    static StorybriefServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonNode openApi() {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("web/openapi.json")) {
            return Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void storedBriefingIsTheBriefingSchemaPlusIdAndCreated() {
        ObjectNode stored = openApi().at("/components/schemas/StoredBriefing").deepCopy();
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

    @Test
    void theServersAnswersFollowTheirComponents() {
        Http.Reply created = http.postJson("/api/briefs", Map.of("articles", TestFiles.millbrookAsJson(), "words", 80));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(violations("StoredBriefing", created.json())).isEmpty();
        String id = created.json().get("id").asText();
        assertThat(violations("StoredBriefing", http.get("/api/briefs/" + id).json())).isEmpty();
        assertThat(violations("BriefPage", http.get("/api/briefs?q=bridge").json())).isEmpty();
        assertThat(violations("Health", http.get("/health").json())).isEmpty();
        assertThat(violations("Error", http.get("/api/briefs/no-such-brief").json())).isEmpty();
        assertThat(violations("Error", http.postJson("/api/briefs", Map.of("articles", List.of())).json())).isEmpty();
    }

    /** Validation against one component, its references resolved inside the OpenAPI document. */
    private static List<String> violations(String component, JsonNode answer) {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + component);
        root.set("components", openApi().get("components"));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        return schema.validate(answer).stream().map(ValidationMessage::getMessage).sorted().toList();
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
