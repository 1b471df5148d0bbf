package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.TestArticle;
import dev.storybrief.group.StoryGrouper;
import dev.storybrief.model.AnalyzedArticle;
import dev.storybrief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two outlets telling one event in their own words and counts give one timeline row that names both: a looser count
 * both can be true with ("more than 40 ships" beside "about 45 ships") is no other figure that keeps rows apart; and a
 * story in Indonesian gets a timeline.
 */
class OneEventInOtherWordsTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static AnalyzedArticle article(String id, String outlet, String... paragraphs) {
        return TestArticle.of(id, paragraphs).outlet(outlet).published(THURSDAY, "page").analyzed();
    }

    /** Every outlet a row names: those credited and those shown with their own figure. */
    private static List<String> outlets(TimelineEvent row) {
        List<String> all = new ArrayList<>(row.sources());
        row.otherFigures().forEach(o -> all.addAll(o.sources()));
        return all;
    }

    @Test
    void aLooserCountOfOneEventIsOneRowNamingBothOutlets() {
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(
                article("faro", "Valmar Beacon",
                        "The dockworkers' strike at the port of Valmar reached its third day on Thursday, with about"
                                + " 45 ships waiting in the bay.",
                        "The unions want a pay rise and more hiring at the terminals."),
                article("costero", "Coast Daily",
                        "Dockworkers in Valmar completed the third day of their strike on Thursday, and more than 40"
                                + " ships are waiting off the port.",
                        "Shipping lines warn of heavy losses if the strike goes on."))));
        List<TimelineEvent> thursday = rows.stream().filter(r -> r.date().equals(THURSDAY.toString())).toList();
        assertThat(thursday).as(rows.toString()).singleElement()
                .satisfies(row -> assertThat(outlets(row)).containsExactlyInAnyOrder("faro", "costero"));
    }

    @Test
    void anIndonesianStoryHasATimelineOfItsDays() {
        List<TimelineEvent> rows = new TimelineBuilder(15).build(new StoryGrouper().group("s", List.of(
                article("warta", "Warta Nusantara",
                        "Banjir merendam sekitar 400 rumah di Kecamatan Kali Jernih pada hari Senin setelah hujan deras"
                                + " mengguyur kota itu.",
                        "Bupati Rina Lestari mengatakan bantuan logistik mulai disalurkan Selasa lalu."),
                article("kabar", "Kabar Pagi",
                        "Sekitar 1.200 warga Kali Jernih mengungsi setelah banjir merendam 400 rumah pada Senin.",
                        "Air mulai surut kemarin, tetapi warga belum bisa kembali ke rumah mereka."))));
        assertThat(new TimelineBuilder(15).supports("id")).isTrue();
        assertThat(rows).extracting(TimelineEvent::date).contains("2026-11-30", "2026-12-01", "2026-12-02");
    }
}
