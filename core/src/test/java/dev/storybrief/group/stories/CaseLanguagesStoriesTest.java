package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stories in languages that decline names and in a language written in two scripts (QA24 #7), on made-up reports in
 * {@code /small-streams}: Serbian in Latin and in Cyrillic script is one language whose terms meet, and reports of
 * one event in Lithuanian, Latvian, Estonian and Bulgarian, which write its names with their own case endings, are
 * joined across languages while other events of the same days stay apart.
 */
class CaseLanguagesStoriesTest {

    @Test
    void serbianInLatinAndInCyrillicScriptIsOneStory() throws IOException {
        // no name and no figure in common: only the words meet, once Latin Serbian is Serbian (not Bosnian)
        assertThat(SmallStreamStoriesTest.storiesOf("serbian-two-scripts.jsonl")).containsExactlyInAnyOrder(
                List.of("fire-cyrillic", "fire-latin"), List.of("factory-latin"));
    }

    @Test
    void oneEventReportedInFourLanguagesWithCaseEndingsIsOneStory() throws IOException {
        assertThat(SmallStreamStoriesTest.storiesOf("ship-fire-baltic-bulgarian.jsonl")).containsExactlyInAnyOrder(
                List.of("bg1", "bg2", "bg3", "et1", "et2", "lt1", "lt2", "lv1", "lv2"),
                List.of("lt-other"), List.of("lv-other"), List.of("bg-other"));
    }
}
