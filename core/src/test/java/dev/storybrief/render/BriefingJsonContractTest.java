package dev.storybrief.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON renderer against the published schema ({@code docs/briefing.schema.json}, closed shapes): every real
 * briefing validates, and every field the schema declares is written for at least one of them, so a field added to
 * one side only fails here.
 */
class BriefingJsonContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode render(Briefing briefing, boolean explain) throws IOException {
        return JSON.readTree(new JsonRenderer().render(briefing, explain));
    }

    private static List<JsonNode> bothWays(Briefing briefing) throws IOException {
        return List.of(render(briefing, false), render(briefing, true));
    }

    @Test
    void theBundledExampleFollowsTheSchema() throws IOException {
        for (JsonNode document : bothWays(Storybrief.builder().build().brief(List.of(SharedData.bundledExample())))) {
            assertThat(BriefingSchema.violations(document)).as("schema violations").isEmpty();
        }
    }

    /** A part a user might add: its section is written under "extensions". */
    private static final class SummaryCount implements dev.storybrief.brief.BriefingPart {
        @Override
        public String name() {
            return "summary-count";
        }

        @Override
        public java.util.Set<dev.storybrief.model.Layer> needs() {
            return java.util.Set.of();
        }

        @Override
        public void addTo(dev.storybrief.brief.BriefingDraft draft) {
            draft.put(new dev.storybrief.model.Section<Integer>("summaryCount"),
                    draft.get(dev.storybrief.model.Section.SUMMARY).orElseThrow().size());
        }
    }

    @Test
    void realClustersFollowTheSchemaAndTogetherUseEveryDeclaredField() throws IOException {
        List<JsonNode> documents = new ArrayList<>(bothWays(Storybrief.builder().part(new SummaryCount()).build()
                .brief(List.of(SharedData.bundledExample()))));
        documents.addAll(bothWays(Storybrief.builder().build().brief(List.of(SharedData.natoCluster()))));
        // a reprint under another outlet's name ("reprintOf")
        documents.addAll(bothWays(Storybrief.builder().build().briefDocuments("mill",
                dev.storybrief.ReprintedWire.reprinted(), List.of())));
        // an article of another story put in the folder ("apart"); made-up texts
        List<dev.storybrief.ingest.RawDocument> ferry = new ArrayList<>();
        String[] texts = {"The harbour council voted on Tuesday to close the old ferry terminal at Kestrel Point."
                + " Engineers said the pier was unsafe after the winter storms damaged its piles.",
                "The city orchestra named a new conductor for its spring season of symphonies. Musicians praised her"
                + " work with young violinists and the choir.",
                "Kestrel Point's ferry terminal will close after the harbour council vote. The pier piles were damaged"
                + " by winter storms, engineers told the council.",
                "Ferry passengers at Kestrel Point face a longer trip once the terminal closes. The harbour council"
                + " said storms had left the pier unsafe for the ferry."};
        for (int i = 0; i < texts.length; i++) {
            ferry.add(new dev.storybrief.ingest.RawDocument("f" + i, null, dev.storybrief.ingest.SourceFormat.TEXT,
                    texts[i], java.util.Map.of()));
        }
        documents.addAll(bothWays(Storybrief.builder().build().briefDocuments("ferry", ferry, List.of())));
        Path duc = SharedData.evalData("duc2004/test.jsonl");
        for (String cluster : List.of("d30001t", "d30002t", "d30003t")) {
            documents.addAll(bothWays(Storybrief.builder().build().brief(List.of(duc), cluster)));
        }
        Set<String> used = new TreeSet<>();
        for (JsonNode document : documents) {
            assertThat(BriefingSchema.violations(document)).as("schema violations").isEmpty();
            used.addAll(BriefingSchema.usedPaths(document));
        }
        Set<String> neverWritten = new TreeSet<>(BriefingSchema.declaredPaths());
        neverWritten.removeAll(used);
        assertThat(neverWritten).as("declared in the schema, written in no briefing").isEmpty();
    }

    @Test
    void entityTypesAreTheSchemasEnum() {
        List<String> declared = new ArrayList<>();
        BriefingSchema.tree().at("/properties/entities/items/properties/type/enum").forEach(t -> declared.add(t.asText()));
        assertThat(declared).containsExactlyElementsOf(Arrays.stream(EntityType.values()).map(Enum::name).toList());
    }

    /** A kind of disagreement added to the model ("date") is declared in the schema too. */
    @Test
    void disagreementKindsAreTheSchemasEnum() {
        List<String> declared = new ArrayList<>();
        BriefingSchema.tree().at("/properties/disagreements/items/properties/kind/enum").forEach(t -> declared.add(t.asText()));
        assertThat(declared).containsExactlyElementsOf(Arrays.stream(dev.storybrief.model.DisagreementKind.values())
                .map(dev.storybrief.model.DisagreementKind::label).toList());
    }

    /** A kind of article added to the model ("live blog") is declared in the schema too. */
    @Test
    void articleKindsAreTheSchemasEnum() {
        List<String> declared = new ArrayList<>();
        BriefingSchema.tree().at("/properties/articles/items/properties/kind/enum").forEach(t -> declared.add(t.asText()));
        assertThat(declared).containsExactlyElementsOf(Arrays.stream(dev.storybrief.model.ArticleKind.values())
                .map(dev.storybrief.model.ArticleKind::key).toList());
    }
}
