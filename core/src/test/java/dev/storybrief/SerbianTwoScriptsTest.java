package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.analyze.entity.AliasMerger;
import dev.storybrief.analyze.entity.CanonicalEntity;
import dev.storybrief.analyze.entity.EntityMention;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.EntityType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A Serbian story told in both scripts (made-up reports, two in Latin and two in Cyrillic, naming the same people and
 * town): its reports are one story whose outlets support each other, and a name is one entity in either script, not
 * "Milan Đorđević" beside "Милан Ђорђевић".
 */
class SerbianTwoScriptsTest {

    @Test
    void theReportsInBothScriptsAreOneStoryThatSupportsItself() throws IOException {
        Briefing briefing = Storybrief.builder().build().briefDocuments("bridge", read(), new ArrayList<>());
        assertThat(briefing.languages().values()).extracting(l -> l.code()).containsOnly("sr");
        // before: "the articles look like 2 stories, (bridge-latin-1, bridge-latin-2) and (bridge-cyrillic-1, ...)"
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("look like"));
        assertThat(briefing.articles()).hasSize(4);
    }

    @Test
    void aNameInCyrillicIsTheSameEntityAsItsLatinSpelling() {
        List<CanonicalEntity> merged = new AliasMerger().merge(List.of(
                mention(0, "Milan Đorđević", EntityType.PERSON),
                mention(40, "Милан Ђорђевић", EntityType.PERSON),
                mention(60, "Љиљана Николић", EntityType.PERSON),
                mention(80, "Ljiljana Nikolić", EntityType.PERSON),
                mention(99, "Чачак", EntityType.PLACE),
                mention(110, "Čačak", EntityType.PLACE)));
        assertThat(merged).hasSize(3);
        assertThat(merged).allMatch(e -> e.mentionCount() == 2);
    }

    private static EntityMention mention(int start, String text, EntityType type) {
        return new EntityMention(start, start + text.length(), text, type);
    }

    private static List<RawDocument> read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<RawDocument> docs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SerbianTwoScriptsTest.class.getResourceAsStream("/small-streams/serbian-names-two-scripts.jsonl")),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode node = json.readTree(line);
                Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
                meta.put(MetaKey.TITLE, node.get("title").asText());
                meta.put(MetaKey.PUBLISHED, node.get("date").asText());
                String id = node.get("id").asText();
                docs.add(new RawDocument(id, Path.of(id + ".jsonl"), SourceFormat.JSON_LINES, node.get("text").asText(),
                        meta));
            }
        }
        return docs;
    }
}
