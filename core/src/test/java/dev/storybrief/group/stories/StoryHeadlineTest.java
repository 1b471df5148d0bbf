package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryHeadlineTest {

    @Test
    void prefersTheTitleOfTheMostCentralArticle() {
        RawDocument offTopic = new RawDocument("x", Path.of("x"), SourceFormat.TEXT,
                "Fans cheered the striker after the late goal in the stadium.", Map.of(MetaKey.TITLE, "Late goal"));
        RawDocument central = new RawDocument("y", Path.of("y"), SourceFormat.TEXT,
                "The bridge closed after engineers found cracks in the steel girders of the bridge.",
                Map.of(MetaKey.TITLE, "Bridge closed over cracked girders"));
        RawDocument other = new RawDocument("z", Path.of("z"), SourceFormat.TEXT,
                "Engineers say the bridge girders show cracks; the bridge stays closed.", Map.of());
        assertThat(StoryHeadline.of(List.of(offTopic, central, other))).isEqualTo("Bridge closed over cracked girders");
    }

    @Test
    void aFlashHeadsNoStoryThatHasAFullReport() throws java.io.IOException {
        List<RawDocument> fire = SmallStreamStoriesTest.read("trials-fire-landslide.jsonl").stream()
                .filter(doc -> doc.id().startsWith("flash") || doc.id().startsWith("full")).toList();
        String headline = StoryHeadline.of(fire);
        assertThat(headline).doesNotStartWith("BREAKING");
        assertThat(fire.stream().filter(doc -> doc.id().startsWith("full")).map(doc -> doc.meta(MetaKey.TITLE)))
                .contains(headline);
        assertThat(StoryHeadline.isFlash("BREAKING: Four people killed in fire at warehouse, fire chief says.")).isTrue();
    }

    @Test
    void aFollowUpMonthsLaterHeadsNoStory() {
        String collapse = "Part of the bridge fell into the river on Tuesday. Fourteen people were hurt. The mayor "
                + "closed the bridge. Engineers inspected the steel.";
        RawDocument first = dated("a", "Bridge collapse injures commuters", collapse, "2026-03-11");
        RawDocument second = dated("b", "Bridge span falls into river", collapse + " Divers searched the river.",
                "2026-03-12");
        RawDocument followUp = dated("c", "Bridge reopens after collapse", collapse + " The bridge reopened to traffic "
                + "after repairs. The bridge cost millions. The bridge collapse review found corrosion.", "2026-09-02");
        assertThat(StoryHeadline.reportsOfTheMainEvent(List.of(first, second, followUp))).containsExactly(first, second);
    }

    private static RawDocument dated(String id, String title, String text, String date) {
        return new RawDocument(id, Path.of(id), SourceFormat.TEXT, text, Map.of(MetaKey.TITLE, title,
                MetaKey.PUBLISHED, date));
    }

    @Test
    void otherwiseTheFirstSentenceWithoutDatelineCutToSixteenWords() {
        assertThat(StoryHeadline.firstSentence("WASHINGTON (AP) _ The Senate passed the bill. It now goes on."))
                .isEqualTo("The Senate passed the bill.");
        assertThat(StoryHeadline.firstSentence("LONDON \u2014 Talks resumed on Friday. More later."))
                .isEqualTo("Talks resumed on Friday.");
        assertThat(StoryHeadline.firstSentence("KABUL, Afghanistan (AP) \u2014 A shootout left two dead. Police came."))
                .isEqualTo("A shootout left two dead.");
        assertThat(StoryHeadline.firstSentence("Sen. Ruth Calloway said the bridge would reopen. Others doubt it.\n\nMore."))
                .as("a title abbreviation does not end the sentence").isEqualTo("Sen. Ruth Calloway said the bridge would reopen.");
        assertThat(StoryHeadline.firstSentence("Police say \u2014 for now \u2014 nobody was hurt."))
                .as("not a dateline").isEqualTo("Police say \u2014 for now \u2014 nobody was hurt.");
        assertThat(StoryHeadline.firstSentence("one two three four five six seven eight nine ten eleven twelve"
                + " thirteen fourteen fifteen sixteen seventeen eighteen."))
                .isEqualTo("one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
                        + " fifteen sixteen ...");
    }
}
