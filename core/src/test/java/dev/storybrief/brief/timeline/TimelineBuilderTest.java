package dev.storybrief.brief.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.Storybrief;
import dev.storybrief.model.Briefing;
import dev.storybrief.model.TimelineEvent;
import dev.storybrief.model.TimelinePart;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The NATO/Libya timeline, with the publication dates that the cluster's README gives for the articles whose
 * text carries none (or only a later "Last Modified" stamp), as a reader would pass them with --date.
 */
class TimelineBuilderTest {
    private static Briefing briefing;

    @BeforeAll
    static void brief() {
        briefing = Storybrief.builder()
                .date("000_51dffeeb630ea331", LocalDate.of(2011, 10, 31))
                .date("001_ab7f095dadc793db", LocalDate.of(2011, 10, 28))
                .date("002_5c489a49197800e4", LocalDate.of(2011, 10, 28))
                .date("004_f5c7c58687d27dfa", LocalDate.of(2013, 6, 5))
                .build().brief(List.of(SharedData.natoCluster()));
    }

    private static TimelineEvent on(String date) {
        return briefing.timeline().stream().filter(e -> e.date().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no timeline event on " + date + ": " + briefing.timeline()));
    }

    @Test
    void placesTheUnVoteNatosDecisionAndTheMissionsEndOnTheirRealDates() {
        assertThat(on("2011-10-27").text()).containsPattern("(?i)Security Council|United Nations").containsIgnoringCase("voted");
        assertThat(on("2011-10-28").text()).containsPattern("(?i)decision|voted");
        assertThat(briefing.timeline().stream().filter(e -> e.date().equals("2011-10-31"))
                .flatMap(e -> e.sources().stream()).distinct()).as("the end of the mission, told by several outlets")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void oneRowPerEventAndNoSentenceTwice() {
        List<TimelineEvent> timeline = briefing.timeline();
        assertThat(timeline).extracting(TimelineEvent::text).doesNotHaveDuplicates();
        assertThat(timeline).allSatisfy(e -> {
            assertThat(words(e.text())).as("the description is told in the sentence's own words")
                    .containsAll(words(e.description()));
            assertThat(e.description().length()).isLessThanOrEqualTo(e.text().length() + 1);
        });
        for (TimelineEvent month : timeline.stream().filter(e -> e.date().length() == 7).toList()) {
            assertThat(timeline).as("a month's event is not also a day's event of that month")
                    .noneMatch(e -> e != month && e.date().startsWith(month.date()) && e.text().equals(month.text()));
        }
    }

    @Test
    void backgroundComesFirstAndFollowUpsLast() {
        List<TimelinePart> parts = briefing.timeline().stream().map(TimelineEvent::part).toList();
        assertThat(parts).isSorted().contains(TimelinePart.BACKGROUND, TimelinePart.STORY, TimelinePart.FOLLOW_UP);
        assertThat(briefing.timeline()).filteredOn(e -> e.part() == TimelinePart.BACKGROUND)
                .allSatisfy(e -> assertThat(e.date()).isLessThan("2011-10-17"));
    }

    @Test
    void aSentenceTellingTwoDatedEventsGivesEachItsClause() {
        assertThat(on("2011-03-19").description()).contains("March 19").doesNotContain("March 31");
        assertThat(on("2011-03-31").description()).contains("March 31").doesNotContain("March 19");
    }

    @Test
    void theFollowUpIsItsOwnLaterPartAtTheEnd() {
        List<TimelineEvent> timeline = briefing.timeline();
        int firstLater = timeline.stream().map(TimelineEvent::later).toList().indexOf(true);
        assertThat(firstLater).as("a later part exists").isPositive();
        assertThat(timeline.subList(firstLater, timeline.size())).allSatisfy(e -> {
            assertThat(e.later()).isTrue();
            assertThat(e.date()).startsWith("2013");
            assertThat(e.sources()).containsOnly("004_f5c7c58687d27dfa");
        });
        assertThat(timeline.subList(0, firstLater)).allSatisfy(e -> {
            assertThat(e.date()).isLessThan("2013");
            assertThat(e.sources()).doesNotContain("004_f5c7c58687d27dfa");
        });
        assertThat(timeline.subList(0, firstLater)).extracting(TimelineEvent::date).isSorted();
    }

    /**
     * The bundled example's follow-up, six months on, looks back at the collapse and at a 2024 inspection: only what
     * happens after the main story (the reopening) is a later development.
     */
    @Test
    void aFollowUpsLookBackIsNoLaterDevelopment() {
        Briefing example = Storybrief.builder().build().brief(List.of(SharedData.bundledExample()));
        List<TimelineEvent> later = example.timeline().stream().filter(TimelineEvent::later).toList();
        assertThat(later).extracting(TimelineEvent::date).containsExactly("2026-09-01");
        assertThat(later.get(0).text()).contains("reopened");
        assertThat(TimelineBuilder.startsAfter("2026-03", LocalDate.of(2026, 3, 12))).isFalse();
        assertThat(TimelineBuilder.startsAfter("2026-04", LocalDate.of(2026, 3, 12))).isTrue();
        assertThat(TimelineBuilder.startsAfter("2026", LocalDate.of(2026, 3, 12))).isFalse();
        assertThat(TimelineBuilder.startsAfter("2027", LocalDate.of(2026, 3, 12))).isTrue();
        assertThat(TimelineBuilder.startsAfter("2026-03-13", LocalDate.of(2026, 3, 12))).isTrue();
        assertThat(TimelineBuilder.startsAfter("2026-03-12", null)).as("no dates known: keep").isTrue();
    }

    /**
     * Precision against the gold Libya timelines (Timeline17, Crisis: seven outlets' own timelines of 2011): most
     * day-precise dates of our 2011 timeline are days those outlets' editors also chose.
     */
    @Test
    void mostDaysAreDaysTheGoldLibyaTimelinesAlsoList() throws IOException {
        Set<String> gold = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(SharedData.evalData("timelines-gold/timelines.jsonl"))) {
            JsonNode topic = json.readTree(line);
            if (topic.get("id").asText().endsWith("libya")) {
                topic.get("timelines").forEach(t -> t.get("entries").forEach(e -> gold.add(e.get("date").asText())));
            }
        }
        assertThat(gold).hasSizeGreaterThan(50);
        List<String> days = briefing.timeline().stream().filter(e -> !e.later())
                .map(TimelineEvent::date).filter(d -> d.length() == 10).toList();
        long inGold = days.stream().filter(gold::contains).count();
        assertThat(days).hasSizeGreaterThanOrEqualTo(5);
        assertThat((double) inGold / days.size()).as("days %s in gold", days).isGreaterThanOrEqualTo(0.4);
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+"));
    }
}
