package dev.storybrief.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.storybrief.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The published JSON contract, {@code docs/briefing.schema.json}: validation of rendered documents, and the property
 * paths it declares. In core's test jar, for every module whose tests check JSON against it.
 */
public final class BriefingSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode tree;
    private static JsonSchema validator;

    private BriefingSchema() {
    }

    /** The schema document. */
    public static synchronized JsonNode tree() {
        if (tree == null) {
            try {
                tree = JSON.readTree(SharedData.repositoryRoot().resolve("docs/briefing.schema.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tree;
    }

    /** What is wrong with a briefing document, one line per violation; empty when it follows the schema. */
    public static List<String> violations(JsonNode document) {
        Set<ValidationMessage> messages = validator().validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** What is wrong with a briefing document given as JSON text. */
    public static List<String> violations(String document) {
        try {
            return violations(JSON.readTree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every property path the schema declares ({@code articles[].outlet}, {@code summary[].start}, ...), without the
     * keys of open maps such as an entity's mentions.
     */
    public static Set<String> declaredPaths() {
        Set<String> paths = new TreeSet<>();
        collect(tree(), null, "", paths);
        return paths;
    }

    /** The declared property paths that a document holds. */
    public static Set<String> usedPaths(JsonNode document) {
        Set<String> paths = new TreeSet<>();
        collect(tree(), document, "", paths);
        return paths;
    }

    /** Walks the schema's properties and array items, following the document when one is given. */
    private static void collect(JsonNode schema, JsonNode document, String path, Set<String> into) {
        if (document != null && document.isArray()) {
            for (JsonNode element : document) {
                collect(schema.path("items"), element, path + "[]", into);
            }
            return;
        }
        if (document == null && schema.has("items")) {
            collect(schema.get("items"), null, path + "[]", into);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String child = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            if (document == null) {
                into.add(child);
                collect(property.getValue(), null, child, into);
            } else if (document.has(property.getKey())) {
                into.add(child);
                collect(property.getValue(), document.get(property.getKey()), child, into);
            }
        }
    }

    private static synchronized JsonSchema validator() {
        if (validator == null) {
            validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree());
        }
        return validator;
    }
}
