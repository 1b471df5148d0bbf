package dev.storybrief.brief.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.Storybrief;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.SummarySentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A press release's figure, quoted by two news reports (QA24): the summary credits it to the issuer and the outlets
 * that report it, and never counts the release as support. Made-up release and reports.
 */
class IssuerCreditTest {
    private static final String RELEASE = "Tessel Robotics announces restructuring of its Kellport plant\n"
            + "\n"
            + "KELLPORT, Dec. 1, 2026 /PRNewswire/ -- Tessel Robotics will cut 1,200 jobs at its Kellport plant by the end of 2027 as it moves assembly of its warehouse robots to a new site in Marrow, the company announced today.\n"
            + "\n"
            + "The restructuring will cost 85 million euros, mostly in severance payments, and is expected to save 40 million euros a year from 2028.\n"
            + "\n"
            + "\"These are hard decisions, and we will support every colleague affected,\" said chief executive Lena Barros.\n"
            + "\n"
            + "About Tessel Robotics\n"
            + "Tessel Robotics builds warehouse robots for retailers in 14 countries.\n"
            + "\n"
            + "Media contact: press@tessel.example\n"
            + "\n"
            + "SOURCE Tessel Robotics, Inc.\n"
            + "";
    private static final String COURIER = "Tessel to cut 1,200 jobs in Kellport\n"
            + "\n"
            + "By Paul Okafor, Kellport Courier\n"
            + "Published: December 1, 2026 14:20\n"
            + "\n"
            + "Tessel Robotics will cut 1,200 jobs at its Kellport plant by the end of 2027 and move the assembly of its warehouse robots to Marrow, the company said on Tuesday.\n"
            + "\n"
            + "The plant is the town's largest private employer, with 3,100 workers.\n"
            + "\n"
            + "Union leader Ada Krol called the decision \"a blow to every family in this town\" and said workers would meet on Thursday.\n"
            + "\n"
            + "Mayor Paul Dorsey said the council would ask the company to keep the research unit in Kellport.\n"
            + "";
    private static final String WIRE = "Kellport robot maker Tessel to shed 1,200 jobs\n"
            + "\n"
            + "KELLPORT (Northern Wire) - Warehouse robot maker Tessel Robotics will cut 1,200 jobs at its plant in Kellport by the end of 2027, the company said on Tuesday.\n"
            + "\n"
            + "Published: December 1, 2026 15:05\n"
            + "\n"
            + "Assembly will move to a new site in Marrow by the end of 2027, the company said.\n"
            + "\n"
            + "Shares in Tessel rose 3% in Frankfurt after the announcement.\n"
            + "\n"
            + "The union said it had not been consulted and would meet on Thursday.\n"
            + "";

    private static RawDocument text(String id, String text) {
        return new RawDocument(id, Path.of(id + ".txt"), SourceFormat.TEXT, text, Map.of());
    }

    private static Briefing brief(RawDocument... documents) {
        return Storybrief.builder().build().briefDocuments("release", List.of(documents), new ArrayList<>());
    }

    private static SummarySentence jobsLine(Briefing briefing) {
        return briefing.summary().stream().filter(s -> s.text().contains("1,200 jobs")).findFirst().orElseThrow();
    }

    @Test
    void aFigureTheReportsTookFromAReleaseIsCreditedToItsIssuerAndTheOutlets() {
        Briefing briefing = brief(text("courier", COURIER), text("release", RELEASE), text("wire", WIRE));
        SummarySentence line = jobsLine(briefing);
        // before: "Tessel Robotics will cut 1,200 jobs ... to Marrow. [Kellport Courier, Northern Wire]", the
        // company's closing attribution trimmed, its number read as what two outlets found
        assertThat(line.text()).contains("1,200 jobs (figure from a press release by Tessel Robotics, 2026-12-01)");
        assertThat(List.of(line.source(), line.support().get(0))).containsExactlyInAnyOrder("courier", "wire");
        assertThat(briefing.summary()).allSatisfy(s -> {
            assertThat(s.source()).isNotEqualTo("release");
            assertThat(s.support()).doesNotContain("release");
        });
        assertThat(briefing.summaryWords()).isLessThanOrEqualTo(briefing.wordBudget());
    }

    @Test
    void withoutTheReleaseTheFigureIsTheOutlets() {
        Briefing briefing = brief(text("courier", COURIER), text("wire", WIRE));
        assertThat(jobsLine(briefing).text()).doesNotContain("press release");
    }

    /**
     * The credit adds words to the line (sum26 left this open): the briefing's JSON carries the shown line beside the
     * exact original sentence, and the sentence's paragraph and offsets locate that original in its article.
     */
    @Test
    void theJsonCarriesTheOriginalSentenceAndItsOffsetsBesideTheCreditedLine() throws Exception {
        Briefing briefing = brief(text("courier", COURIER), text("release", RELEASE), text("wire", WIRE));
        String json = new dev.storybrief.render.JsonRenderer().render(briefing, false);
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        com.fasterxml.jackson.databind.JsonNode line = null;
        for (com.fasterxml.jackson.databind.JsonNode s : root.get("summary")) {
            if (s.get("text").asText().contains("figure from a press release")) {
                line = s;
            }
        }
        assertThat(line).as("the credited line").isNotNull();
        String original = line.get("sentence").asText();
        assertThat(original).doesNotContain("figure from a press release").contains("1,200 jobs");
        String source = line.get("source").asText();
        String paragraph = briefing.article(source).orElseThrow().paragraphs().get(line.get("paragraph").asInt());
        assertThat(paragraph.substring(line.get("start").asInt(), line.get("end").asInt())).isEqualTo(original);
        assertThat(line.get("trimmed").asBoolean()).isTrue();
    }
}
