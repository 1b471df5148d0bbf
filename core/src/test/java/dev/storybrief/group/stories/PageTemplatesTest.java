package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageTemplatesTest {
    private static final long DAY = LocalDate.of(2024, 3, 4).toEpochDay();
    private final CueReader cues = new CueReader(8);

    @Test
    void aNoticeSaysNeitherWhereNorWhen() {
        assertThat(PageTemplates.saysNeitherWhereNorWhen(cues.read(NearDuplicatesTest.NOTICE, DAY))).isTrue();
        assertThat(PageTemplates.saysNeitherWhereNorWhen(cues.read("Post with a location\n\nYou can add where you "
                + "are to your posts from the app. You can always delete that history. Learn more", DAY))).isTrue();
    }

    @Test
    void aWireBriefSaysWhereOrWhen() {
        assertThat(PageTemplates.saysNeitherWhereNorWhen(cues.read("LISBON (Reuters) - Dock workers walked out on "
                + "Tuesday over pay, halting container traffic at the port, their union said.", DAY))).isFalse();
        assertThat(PageTemplates.saysNeitherWhereNorWhen(cues.read("Dock workers walked out on Tuesday over pay, "
                + "their union said.", DAY))).isFalse();
    }
}
