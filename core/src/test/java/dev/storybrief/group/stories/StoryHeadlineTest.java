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

    /**
     * The group stage's label is neutral, the first article's title: the headline rule is the briefing's alone
     * ({@code brief.StoryHeadlines}), which {@code stories} and the Spark job head every story they brief by.
     */
    @Test
    void labelsAStoryByItsFirstArticlesTitle() {
        RawDocument offTopic = new RawDocument("x", Path.of("x"), SourceFormat.TEXT,
                "Fans cheered the striker after the late goal in the stadium.", Map.of(MetaKey.TITLE, "Late goal"));
        RawDocument central = new RawDocument("y", Path.of("y"), SourceFormat.TEXT,
                "The bridge closed after engineers found cracks in the steel girders of the bridge.",
                Map.of(MetaKey.TITLE, "Bridge closed over cracked girders"));
        assertThat(StoryHeadline.of(List.of(offTopic, central))).isEqualTo("Late goal");
        RawDocument untitled = new RawDocument("z", Path.of("z"), SourceFormat.TEXT,
                "LONDON \u2014 Engineers say the bridge girders show cracks. The bridge stays closed.", Map.of());
        assertThat(StoryHeadline.of(List.of(untitled, central))).isEqualTo("Engineers say the bridge girders show cracks.");
    }

    @Test
    void aFlashIsATextOfFewerThanThreeSentences() {
        assertThat(StoryHeadline.isFlash("BREAKING: Four people killed in fire at warehouse, fire chief says.")).isTrue();
        assertThat(StoryHeadline.isFlash("Four people died. The fire chief said so. The warehouse is gone.")).isFalse();
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
