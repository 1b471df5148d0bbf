package dev.storybrief.group.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Folders of a few made-up reports (test resources) that a reader would group by hand. */
class SmallStreamStoriesTest {

    @Test
    void chineseReportsOfOneLandslideJoinOnTheirCountyAndVillage() throws IOException {
        List<List<String>> stories = storiesOf("landslide-zh.jsonl");
        assertThat(stories).contains(List.of("zh1", "zh2", "zh3"));
        // another landslide the same week in another province, and unrelated reports, stay apart
        assertThat(stories).contains(List.of("zh4-other"), List.of("zh5-other"), List.of("zh6-other"),
                List.of("zh7-other"));
    }

    /**
     * Arabic, Persian, Hebrew and Hindi have no capitals: two reports of one event join on the town both name by its
     * administrative noun ("بلدة الصفصاف", "شهر گلستان‌آباد", "בעיר אלונית", "चंदनपुर ज़िले"), while two events of
     * one kind in two towns stay two stories (made-up reports, one folder a language).
     */
    @Test
    void reportsOfOneEventInATownWrittenWithoutCapitalsJoinAndTwoTownsStayApart() throws IOException {
        for (String language : List.of("ar", "fa", "he", "hi")) {
            List<List<String>> stories = storiesOf("caseless-places-" + language + ".jsonl");
            assertThat(stories).as(language).containsExactlyInAnyOrder(List.of(language + "-one-a", language + "-one-b"),
                    List.of(language + "-two-a"), List.of(language + "-two-b"));
        }
    }

    @Test
    void aTrialToldInStagesMonthsApartIsOneStoryAndAnotherDefendantsTrialAnother() throws IOException {
        // charge, plea hearing, trial and verdict 41 to 45 days apart, beyond the 30-day window; another defendant's
        // charge and verdict at the same court before the same judge, in the same months
        List<List<String>> stories = storiesOf("trials-fire-landslide.jsonl");
        assertThat(stories).contains(List.of("a1-charge", "a2-plea", "a3-trial", "a4-verdict"));
        assertThat(stories).contains(List.of("b1-other-charge", "b2-other-verdict"));
    }

    @Test
    void anUndatedWireReportAndAnUndatedFollowUpJoinTheDatedReportsOfTheirEvent() throws IOException {
        // a landslide's short wire report ("TOSKEL (AP) -", three sentences) and an earnings story's next-day market
        // report, both pasted without a date, beside dated reports of the two events and nine other stories
        List<List<String>> stories = storiesOf("undated-wire-and-follow-up.jsonl");
        assertThat(stories).contains(List.of("ls-long1", "ls-long2", "ls-wire"));
        assertThat(stories).anySatisfy(story -> assertThat(story).contains("er-1", "er-2", "er-3"));
        assertThat(stories).contains(List.of("ot-1"), List.of("ot-4"), List.of("ot-6"), List.of("ot-7"),
                List.of("ot-9"));
    }

    @Test
    void twoCrashesOfOneWeekInvestigatedByOneOfficeAreTwoStories() throws IOException {
        // two plane crashes two days apart, alike in every word; each lead names the one national office that
        // investigates both, and the people and places of its own crash
        List<List<String>> stories = storiesOf("two-crashes-one-agency.jsonl");
        assertThat(stories).containsExactlyInAnyOrder(List.of("a1-brenmoor", "a2-brenmoor"),
                List.of("b1-ostrand", "b2-ostrand"));
    }

    @Test
    void readingTheStoriesMidStreamChangesNothingForTheArticlesAddedLater() throws IOException {
        // the reading parts the two crashes that the arrivals joined; a stream read after its first articles (a live
        // desk reads it every cycle) must group what follows as a run read only at its end does
        List<RawDocument> crashes = read("two-crashes-one-agency.jsonl");
        List<RawDocument> stream = new ArrayList<>(crashes);
        stream.add(SyntheticNews.doc("later", "A later report of another event entirely: the county council's budget"
                + " vote on the new library.", java.time.LocalDate.parse("2026-03-14"), null));
        StoryOptions noWarmup = StoryOptions.defaults().withWarmupArticles(1);
        StoryClusterer readMidway = new StoryClusterer(noWarmup);
        crashes.forEach(readMidway::add);
        List<String> midway = readMidway.storyIds();
        assertThat(midway.get(0)).as("the reading parts the crashes").isNotEqualTo(midway.get(2));
        readMidway.add(stream.get(stream.size() - 1));
        StoryClusterer readAtTheEnd = new StoryClusterer(noWarmup);
        stream.forEach(readAtTheEnd::add);
        for (int i = 0; i < stream.size(); i++) {
            assertThat(readMidway.storyIdOf(i)).as("where %s arrived", stream.get(i).id())
                    .isEqualTo(readAtTheEnd.storyIdOf(i));
        }
        assertThat(readMidway.storyIds()).isEqualTo(readAtTheEnd.storyIds());
    }

    static List<List<String>> storiesOf(String resource) throws IOException {
        StoryClusterer clusterer = new StoryClusterer();
        read(resource).forEach(clusterer::add);
        return clusterer.stories().stream()
                .map(story -> story.articles().stream().map(RawDocument::id).sorted().toList()).toList();
    }

    static List<RawDocument> read(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<RawDocument> docs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SmallStreamStoriesTest.class.getResourceAsStream("/small-streams/" + resource)),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode node = json.readTree(line);
                Map<MetaKey, String> meta = new EnumMap<>(MetaKey.class);
                meta.put(MetaKey.TITLE, node.get("title").asText());
                if (node.hasNonNull("date")) {
                    meta.put(MetaKey.PUBLISHED, node.get("date").asText());
                }
                String id = node.get("id").asText();
                docs.add(new RawDocument(id, Path.of(id + ".jsonl"), SourceFormat.JSON_LINES, node.get("text").asText(),
                        meta));
            }
        }
        return docs;
    }
}
