package dev.storybrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybrief.model.Briefing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of one story saved in several forms: loose text files beside a JSON Lines cluster line (QA 18). The reader
 * gave them together, so they are briefed together with a note; two clusters still need a choice. Texts made up.
 */
class LooseFilesBesideAClusterTest {

    @TempDir
    Path folder;

    private void write(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text);
    }

    private void story() throws Exception {
        write("bay-news.txt", "Storm Tamsin: death toll rises to four\n\n15 November 2026\n\nThe death toll from Storm"
                + " Tamsin rose to four on Sunday after rescuers found the bodies of two fishermen off Kelport harbour,"
                + " the regional emergency agency said.\n\nAbout 25,000 homes were still without power on Sunday"
                + " evening, the agency said.");
        write("harbour-radio.txt", "Storm Tamsin kills four on the coast\n\n15 November 2026\n\nFour people have died"
                + " in Storm Tamsin, the regional emergency agency said on Sunday, after two fishermen were found dead"
                + " off Kelport harbour.\n\nCrews worked through the night to clear roads and bring power back to 25,000"
                + " homes, agency director Ruth Okello said.");
        write("wire.jsonl", "{\"id\": \"tamsin\", \"source\": \"Eastern Wire\", \"documents\": [{\"id\": \"ew-1\","
                + " \"title\": \"Storm Tamsin toll rises to seven\", \"date\": \"2026-11-16\", \"text\": \"KELPORT"
                + " (Eastern Wire) - The death toll from Storm Tamsin rose to seven on Monday, the regional emergency"
                + " agency said, after three more bodies were found in flooded homes near Kelport. Agency director Ruth"
                + " Okello said 12 people were still missing.\"}]}\n");
    }

    @Test
    void looseFilesBesideOneClusterAreBriefedWithIt() throws Exception {
        story();
        Briefing briefing = Storybrief.builder().build().brief(List.of(folder));
        assertThat(briefing.articles()).hasSize(3);
        assertThat(briefing.warnings()).anyMatch(w -> w.contains("briefed together") && w.contains("--cluster tamsin"));

        Briefing alone = Storybrief.builder().build().brief(List.of(folder), "tamsin");
        assertThat(alone.articles()).hasSize(1);
    }

    @Test
    void twoClustersStillNeedAChoice() throws Exception {
        story();
        write("other.jsonl", "{\"id\": \"quake\", \"documents\": [{\"id\": \"q-1\", \"title\": \"Quake shakes Varela\","
                + " \"date\": \"2026-11-16\", \"text\": \"A magnitude 5.1 earthquake shook Varela on Monday, damaging"
                + " old houses in the centre of the town, the civil protection agency said.\"}]}\n");
        assertThatThrownBy(() -> Storybrief.builder().build().brief(List.of(folder)))
                .hasMessageContaining("choose one with --cluster ID");
    }
}
