package dev.storybrief.group;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.Storybrief;
import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Disagreement;
import dev.storybrief.model.SummarySentence;
import dev.storybrief.render.BriefingSchema;
import dev.storybrief.render.Renderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A wire's text that many sites ran, each closing with its own copyright line: the dateline's agency is the text's
 * source, the copyright line's outlet its publisher, and the story counts the text once however many ran it.
 */
class WireReprintedByManyTest {
    private static final String[] PUBLISHERS = {"Harlow Star", "Ostmark Gazette", "Penwick Record", "Lyle Valley Times",
        "Carrow Herald", "Dunmore Voice"};

    private static String wireText(String firefighters, String publisher) {
        return "Timber yard fire in Harlow\n\nPublished 2026-05-04\n\n"
                + "HARLOW (Coastline Wire) - A fire at a timber yard in Harlow burned for most of Sunday night, the fire"
                + " brigade said on Monday.\n\n"
                + "Station officer Ruth Kessel said " + firefighters + " firefighters fought the blaze, and that the"
                + " yard's sheds were lost.\n\n"
                + "People in the nearby streets were told to keep their windows closed until the smoke cleared.\n\n"
                + "© 2026 " + publisher;
    }

    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    private static List<RawDocument> copies() {
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < PUBLISHERS.length; i++) {
            // the last site edited the figure: its copy is news of its own
            String figure = i == PUBLISHERS.length - 1 ? "95" : "about 60";
            docs.add(doc("w" + i, wireText(figure, PUBLISHERS[i])));
        }
        docs.add(doc("own", "Harlow yard owner promises to rebuild\n\nPublished 2026-05-05\n\nThe owner of the Harlow"
                + " timber yard that burned on Sunday night said on Tuesday that the sheds would be rebuilt by the"
                + " autumn. Station officer Ruth Kessel said 60 firefighters had fought the blaze through the night."
                + " Smoke from the fire had drifted over the town's eastern streets for hours.\n\n© 2026 Harlow Post"));
        return docs;
    }

    @Test
    void theDatelinesAgencyIsTheSourceAndTheCopyrightLineThePublisher() {
        Article a = new ArticleCleaner().clean(doc("w0", wireText("about 60", "Harlow Star")));
        assertThat(a.outlet()).isEqualTo("Harlow Star");
        assertThat(a.wire()).isEqualTo("Coastline Wire");
        assertThat(a.source()).isEqualTo("Coastline Wire");
        // the agency alone names no other publisher: it ran its own text
        Article own = new ArticleCleaner().clean(doc("cw", wireText("about 60", "Coastline Wire")));
        assertThat(own.outlet()).isEqualTo("Coastline Wire");
        assertThat(own.wire()).isNull();
    }

    @Test
    void aClosingCopyrightLineNamesAnOutletTheListDoesNotKnow() {
        String body = "Two people were hurt when a gas pipe burst on Quay Street in Orwell on Thursday, police said.\n\n";
        assertThat(new ArticleCleaner().clean(doc("v", body + "© 2026 Orwell Voice")).outlet()).isEqualTo("Orwell Voice");
        // a local paper is named after its town, whatever its title word
        assertThat(new ArticleCleaner().clean(doc("p", body + "© 2026 Orwell Pennant")).outlet()).isEqualTo("Orwell Pennant");
        assertThat(new ArticleCleaner().clean(doc("j", body + "© 2026 Jane Marlow")).outlet()).isNull();
        // a picture's credit names no publisher, nor does a copyright line in the middle of the text
        assertThat(new ArticleCleaner().clean(doc("g", body + "© 2026 Getty Images")).outlet()).isNull();
        assertThat(new ArticleCleaner().clean(doc("m", "© 2026 Orwell Pennant\n\n" + body
                + "The street stays closed until Monday.\n\nWorkers began repairs at noon.")).outlet()).isNull();
    }

    @Test
    void manyReprintsAreOneReportNamingEveryPublisher() {
        Briefing briefing = Storybrief.builder().words(120).build().briefDocuments("harlow", copies(), List.of());
        for (SummarySentence s : briefing.summary()) {
            List<String> copyIds = s.support().stream().filter(id -> id.startsWith("w")).toList();
            assertThat(copyIds).as(s.text()).isEmpty();
        }
        assertThat(briefing.reprints().get("w0")).containsExactly("w1", "w2", "w3", "w4");
        String text = Renderer.forFormat("text").render(briefing, false).replaceAll("\\s+", " ");
        assertThat(text).contains("Coastline Wire (reprinted by Harlow Star, Ostmark Gazette, Penwick Record and 2 more)")
                .contains("Ostmark Gazette (reprint of Coastline Wire)")
                .contains("Coastline Wire (reprinted by Dunmore Voice)");
        assertThat(Renderer.forFormat("markdown").render(briefing, false)).contains("Coastline Wire (reprinted by Harlow Star");
        assertThat(Renderer.forFormat("html").render(briefing, false)).contains("Coastline Wire (reprinted by Harlow Star");
    }

    @Test
    void theEditedFigureIsOneClaimAgainstTheWiresOne() throws Exception {
        Briefing briefing = Storybrief.builder().words(120).build().briefDocuments("harlow", copies(), List.of());
        List<Disagreement> firefighters = briefing.disagreements().stream()
                .filter(d -> d.claims().stream().anyMatch(c -> c.text().contains("95"))).toList();
        assertThat(firefighters).hasSize(1);
        assertThat(firefighters.get(0).claims()).extracting(c -> c.source()).contains("w0", "w5")
                .doesNotContain("w1", "w2", "w3", "w4");
        String rendered = Renderer.forFormat("json").render(briefing, false);
        assertThat(BriefingSchema.violations(rendered)).isEmpty();
        JsonNode json = new ObjectMapper().readTree(rendered);
        JsonNode first = json.get("articles").get(0);
        assertThat(first.get("outlet").asText()).isEqualTo("Harlow Star");
        assertThat(first.get("wire").asText()).isEqualTo("Coastline Wire");
        assertThat(json.get("articles").get(PUBLISHERS.length).has("wire")).isFalse();
    }
}
