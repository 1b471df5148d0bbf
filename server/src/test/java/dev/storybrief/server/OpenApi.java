package dev.storybrief.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The server's OpenAPI document as the tests read it: its components, and answers validated against them. */
final class OpenApi {
    private OpenApi() {
    }

    /** The whole document, from the server's resources. */
    static JsonNode document() {
        try (InputStream in = OpenApi.class.getResourceAsStream("web/openapi.json")) {
            return Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One schema of {@code components/schemas}. */
    static JsonNode component(String name) {
        return document().at("/components/schemas/" + name);
    }

    /** What is wrong with an answer against one component, its references resolved inside the document. */
    static List<String> violations(String component, JsonNode answer) {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + component);
        root.set("components", document().get("components"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root).validate(answer).stream()
                .map(ValidationMessage::getMessage).sorted().toList();
    }
}
