package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One article far longer than a news article, made of one sentence repeated with a counter: it is briefed as the
 * report it opens with, cut at the limit with one warning, and its copies are one fact.
 */
class LongArticleTest {
    private static final String FERRY_A = "The harbour council voted on Tuesday to close the old ferry terminal at"
            + " Kestrel Point. Engineers said the pier was unsafe after the winter storms damaged its piles.";
    private static final String FERRY_B = "Kestrel Point's ferry terminal will close after the harbour council vote."
            + " The pier piles were damaged by winter storms, engineers told the council.";
    private static final String LOOP = " Passengers waiting at Kestrel Point said the ferry queue stretched past"
            + " the harbour wall and the old fish market number %d.";

    private static RawDocument document(String id, String text) {
        return new RawDocument(id, null, SourceFormat.TEXT, text, Map.of());
    }

    private static Briefing brief(RawDocument... documents) {
        return Storybrief.builder().build().briefDocuments("ferry", List.of(documents), new ArrayList<>());
    }

    private static String looping(int times) {
        StringBuilder text = new StringBuilder("Ferry passengers at Kestrel Point face a longer trip once the"
                + " terminal closes, the harbour council said after storms left the pier unsafe.");
        for (int i = 0; i < times; i++) {
            text.append(String.format(LOOP, i));
        }
        return text.toString();
    }

    @Test
    void aLoopingArticleIsOneReportOfTheStoryWithItsRepeatsOneFact() {
        Briefing briefing = brief(document("a", FERRY_A), document("b", FERRY_B), document("loop", looping(400)));
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("close to none"));
        List<String> loopFacts = briefing.unique().stream().map(Claim::text)
                .filter(t -> t.contains("fish market number")).toList();
        assertThat(loopFacts).hasSizeLessThanOrEqualTo(1);
        assertThat(briefing.summary()).filteredOn(s -> s.text().contains("fish market number")).hasSizeLessThan(2);
    }

    @Test
    void anArticleOverTheLimitIsCutWithOneWarning() {
        String text = looping(2_500);
        assertThat(text.length()).isGreaterThan(300_000);
        Briefing briefing = brief(document("a", FERRY_A), document("b", FERRY_B), document("loop", text));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("longer than any news article"))
                .singleElement().asString()
                .startsWith(String.format("warning loop is %,d characters long", text.length()))
                .endsWith("(the limit is 300,000)");
        assertThat(brief(document("a", FERRY_A), document("loop", looping(400))).warnings())
                .noneMatch(w -> w.contains("longer than any news article"));
    }

    /**
     * A text far past what is briefed (qa21 #15, a 50 MB file) is cleaned only as far as four times the limit: the
     * warning still gives its whole length, and the briefing reads its first 300,000 characters or fewer.
     */
    @Test
    void aTextFarPastTheLimitIsCleanedOnlyAsFarAsItCanBeBriefed() {
        String text = looping(12_000).replace(" Passengers", "\n\nPassengers");
        assertThat(text.length()).isGreaterThan(1_200_000);
        Briefing briefing = brief(document("a", FERRY_A), document("b", FERRY_B), document("loop", text));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("longer than any news article"))
                .singleElement().asString()
                .startsWith(String.format("warning loop is %,d characters long", text.length()))
                .containsPattern("only its first [0-9,]+ are briefed");
        assertThat(briefing.summary()).isNotEmpty();
    }

    /**
     * A text far past the limit whose body is one paragraph after its title (a long read pasted without its line
     * breaks; QA tour 26 #2) was cut for cleaning at the title's blank line, and all of it was lost as "nothing left
     * after removing boilerplate". Its body is cut within the paragraph instead and briefed, with the one warning.
     */
    @Test
    void aTextFarPastTheLimitInOneParagraphAfterItsTitleIsBriefed() {
        String text = "Kestrel Point ferry terminal to close\n\n" + looping(12_000).strip();
        assertThat(text.indexOf("\n")).isLessThan(100);
        assertThat(text.length()).isGreaterThan(1_200_000);
        Briefing briefing = brief(document("a", FERRY_A), document("b", FERRY_B), document("loop", text));
        assertThat(briefing.warnings()).noneMatch(w -> w.contains("nothing left"));
        assertThat(briefing.warnings()).filteredOn(w -> w.contains("longer than any news article"))
                .singleElement().asString()
                .startsWith(String.format("warning loop is %,d characters long", text.length()));
        assertThat(briefing.articles()).extracting(a -> a.id()).contains("loop");
    }
}
