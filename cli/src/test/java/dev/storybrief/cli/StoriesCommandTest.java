package dev.storybrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.SharedData;
import dev.storybrief.render.BriefingSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: {@code storybrief stories} on made-up articles, on the real DUC clusters taken apart, and bad input. */
class StoriesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WIRE = "The Millbrook bridge over the Calder river was closed on Monday after engineers"
            + " found cracks in two steel girders during a routine inspection. Traffic is being sent on a detour through"
            + " the town centre, and the county said repairs to the girders could take several weeks. Engineers will"
            + " decide on Wednesday whether the bridge can reopen to pedestrians while the steel is replaced.";

    @TempDir
    Path tmp;

    /** Two events: the bridge (a wire story, a reprint of it, and an own report) and a cup final (two reports). */
    private Path articles() throws IOException {
        List<Map<String, Object>> lines = List.of(
                article("ap-bridge", "2024-03-04", "AP", WIRE),
                article("final-1", "2024-03-05", "Sports Daily", "Rovers won the county cup final on Tuesday night,"
                        + " beating United two goals to one in front of a full stadium. The striker scored the winning"
                        + " goal from a penalty in the last minute, and the coach said the trophy belonged to the fans"
                        + " who had followed the club all season."),
                article("gazette-bridge", "2024-03-05", "Calder Gazette", "Reprinted from AP. " + WIRE),
                article("final-2", "2024-03-06", "Evening Post", "A last-minute penalty from the Rovers striker settled"
                        + " the county cup final against United, two goals to one. The coach lifted the trophy in front"
                        + " of the fans in the stadium after a season in which Rovers lost only twice."),
                article("herald-bridge", "2024-03-05", "Herald", "Repairs to the cracked steel girders of the"
                        + " Millbrook bridge could take weeks, the county said, after engineers closed the bridge over"
                        + " the Calder on Monday. Drivers face a long detour, and shops in the town centre fear losing"
                        + " trade while the bridge stays closed to traffic."));
        Path file = tmp.resolve("feed.jsonl");
        List<String> json = new ArrayList<>();
        for (Map<String, Object> line : lines) {
            json.add(JSON.writeValueAsString(line));
        }
        Files.write(file, json);
        return file;
    }

    private static Map<String, Object> article(String id, String date, String outlet, String text) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", id);
        m.put("date", date);
        m.put("outlet", outlet);
        m.put("text", text);
        return m;
    }

    /**
     * Pages of one story copied from three sites' browsers: each carries its site's menu, cookie notice, share bar
     * and reader comments, words the other pages do not share, around a short report. Grouped on what the briefing
     * reads (the reports under their headlines), they are one story.
     */
    @Test
    void pagesCopiedFromBrowsersAreGroupedOnTheirArticles() throws IOException {
        String[][] pages = {
            {"courier", "Skip to main content\nHome\nNews\nSport\nBusiness\nWeather\nSubscribe\nSign in\n"
                    + "We use cookies to improve your experience. By continuing to browse you agree to our use of"
                    + " cookies. Accept all | Manage preferences\n"
                    + "Quarry wall gives way above Lindell, burying two roads\n"
                    + "Published March 3, 2026 9:10 am GMT\nShare on Facebook\nShare on X\nShare via Email\n"
                    + "A quarry wall above Lindell collapsed on Tuesday morning, burying two roads under rock and"
                    + " forcing 40 families from their homes, the county said.\n"
                    + "Geologists had warned in January that heavy rain was loosening the quarry face.\n"
                    + "Comments (5)\nmarta_k: Stay safe everyone, my cousin's bakery lost its windows.\n"
                    + "PaulR: Councillors ignored every petition about blasting hours, typical.\n"
                    + "hill_walker: The footpath to Crane Tor was closed last autumn too.\n"
                    + "Jen: Who pays for the school bus detour now? Parents deserve answers.\n"
                    + "oldminer: Sandstone always slips after a wet winter, nothing new.\n"
                    + "Most read\nBakery wins regional award\nCricket club seeks volunteers\nPotholes on Mill Lane"},
            {"radio", "Listen live\nPodcasts\nSchedule\nNewsletters\nContact us\n"
                    + "Lindell families leave homes after quarry collapse\n"
                    + "Published March 4, 2026\n"
                    + "Forty families in Lindell spent the night with relatives after the quarry wall above the"
                    + " village collapsed, the county's emergency office said.\n"
                    + "Rock still blocks both roads, and geologists say more of the quarry face could fall.\n"
                    + "Download our app for the latest news.\nFollow Lindell Radio on Facebook and X.\n"
                    + "Now playing: Breakfast with Tom and Aisha\nTraffic and travel\nCompetitions: win concert tickets\n"
                    + "Request a song\nAdvertise with us\nJobs at Lindell Radio\nCharity appeal: winter coats"},
            {"weekly", "Menu\nSearch\nLocal\nFarming\nEvents\nClassifieds\nMy account\n"
                    + "Quarry owner faces questions over Lindell collapse\n"
                    + "Published March 5, 2026\nPrint this page\nEmail this article\n"
                    + "Questions grew on Thursday over why the Lindell quarry kept blasting after geologists warned"
                    + " that rain was loosening its face, days before the wall collapsed onto two roads.\n"
                    + "The county has opened an inquiry; the 40 families remain out of their homes.\n"
                    + "Related stories\nVillage fair returns in June\nNew bus timetable for the valley\n"
                    + "Farmers' market moves to Saturdays\nPlanning row over wind turbines\nObituaries\n"
                    + "Letters to the editor: hedgerows, parking, the library\nPlace a notice\nSubscribe to the print edition"}};
        Path folder = Files.createDirectories(tmp.resolve("copied"));
        for (String[] page : pages) {
            Files.writeString(folder.resolve(page[0] + ".txt"), page[1]);
        }
        CliRun run = CliRun.of("stories", folder.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("1 story from 3 articles");
    }

    @Test
    void listsStoriesLargestFirstWithCopiesCollapsed() throws IOException {
        CliRun run = CliRun.of("stories", articles().toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("2 stories from 5 articles (1 copy of another article collapsed into it)");
        assertThat(run.out()).contains("story-1  2 articles + 1 copy, 2024-03-04 to 2024-03-05");
        assertThat(run.out()).contains("ap-bridge (= gazette-bridge), herald-bridge");
        assertThat(run.out()).contains("story-2  2 articles, 2024-03-05 to 2024-03-06");
        assertThat(run.out().indexOf("story-1")).isLessThan(run.out().indexOf("story-2"));
    }

    /**
     * A story that starts late but grows largest is listed first, and the ids follow the listing: story-1, story-2,
     * with no number skipped (the grouper's own numbers count stories in the order they started).
     */
    @Test
    void storiesAreNumberedInTheOrderTheyAreListed() throws IOException {
        Path file = tmp.resolve("late.jsonl");
        List<String> json = new ArrayList<>();
        for (Map<String, Object> line : List.of(
                article("final-1", "2024-03-05", "Sports Daily", "Rovers won the county cup final on Tuesday night,"
                        + " beating United two goals to one in front of a full stadium. The striker scored the winning"
                        + " goal from a penalty in the last minute."),
                article("ap-bridge", "2024-03-05", "AP", WIRE),
                article("herald-bridge", "2024-03-05", "Herald", "Repairs to the cracked steel girders of the"
                        + " Millbrook bridge could take weeks, the county said, after engineers closed the bridge over"
                        + " the Calder on Monday. Drivers face a long detour through the town centre."),
                article("post-bridge", "2024-03-06", "Evening Post", "Engineers closed the Millbrook bridge over the"
                        + " Calder river on Monday after finding cracks in two steel girders, and the county said"
                        + " repairs could take several weeks while traffic takes a detour."))) {
            json.add(JSON.writeValueAsString(line));
        }
        Files.write(file, json);
        CliRun run = CliRun.of("stories", file.toString(), "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode stories = JSON.readTree(run.out()).get("stories");
        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).get("id").asText()).isEqualTo("story-1");
        assertThat(stories.get(0).get("articles").toString()).contains("ap-bridge", "herald-bridge", "post-bridge");
        assertThat(stories.get(1).get("id").asText()).isEqualTo("story-2");
        assertThat(stories.get(1).get("articles").toString()).isEqualTo("[\"final-1\"]");
    }

    @Test
    void jsonListsIdsAndBriefsEveryStoryInTheBriefingSchema() throws IOException {
        CliRun run = CliRun.of("stories", articles().toString(), "--format", "json", "--brief", "--words", "40");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("schema").asText()).isEqualTo("storybrief/stories/v1");
        JsonNode stories = root.get("stories");
        assertThat(stories).hasSize(2);
        JsonNode bridge = stories.get(0);
        assertThat(bridge.get("articles").toString()).isEqualTo("[\"ap-bridge\",\"herald-bridge\"]");
        assertThat(bridge.get("duplicates").toString()).isEqualTo("[[\"ap-bridge\",\"gazette-bridge\"],[\"herald-bridge\"]]");
        // a listed outlet's other name ("AP") is given as the briefing gives it
        assertThat(bridge.get("outlets").toString()).isEqualTo("[[\"Associated Press\",\"Calder Gazette\"],[\"Herald\"]]");
        assertThat(bridge.get("headline").asText()).contains("Millbrook bridge");
        for (JsonNode story : stories) {
            JsonNode briefing = story.get("briefing");
            assertThat(BriefingSchema.violations(briefing)).as("schema violations").isEmpty();
            assertThat(briefing.get("summaryWords").asInt()).isPositive().isLessThanOrEqualTo(40);
            // the copies are read as brief reads them: a reprint is named as one, beside the report it copies
            Set<String> briefed = new HashSet<>();
            briefing.get("articles").forEach(a -> {
                if (a.get("reprintOf") == null || a.get("reprintOf").isNull()) {
                    briefed.add(a.get("id").asText());
                }
            });
            Set<String> listed = new HashSet<>();
            story.get("articles").forEach(a -> listed.add(a.asText()));
            assertThat(briefed).as("a copy is briefed once, as its original").isEqualTo(listed);
        }
    }

    @Test
    void takesTheRealDucClustersApartAndFindsThemAgain() {
        Path duc = SharedData.evalData("duc2004/test.jsonl");
        CliRun run = CliRun.of("stories", duc.toString(), "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode stories;
        try {
            stories = JSON.readTree(run.out()).get("stories");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        // 50 clusters of 10; ids are DUC document ids, whose cluster the test looks up from the file's lines
        Map<String, String> clusterOf = ducClusters(duc);
        assertThat(stories.size()).as("stories found for 50 clusters").isBetween(50, 110);
        int pure = 0;
        for (JsonNode story : stories) {
            Map<String, Integer> counts = new HashMap<>();
            story.get("duplicates").forEach(copies -> copies.forEach(id -> counts.merge(clusterOf.get(id.asText()), 1, Integer::sum)));
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            pure += top;
            assertThat(total).isEqualTo(story.get("articlesRead").asInt());
            assertThat(story.get("copies").asInt()).isEqualTo(total - story.get("size").asInt());
        }
        assertThat(pure / 500.0).as("share of articles in a story whose majority is their cluster").isGreaterThan(0.84);
        // measured 0.846 since the join model (names, figures, years) joins more of each cluster (B-cubed F1 on the
        // DUC + Multi-News stream 0.82 -> 0.835) at a little purity; 0.85 before it
    }

    private static Map<String, String> ducClusters(Path file) {
        Map<String, String> clusterOf = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                JsonNode cluster = JSON.readTree(line);
                cluster.get("documents").forEach(d -> clusterOf.putIfAbsent(d.get("id").asText(), cluster.get("id").asText()));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return clusterOf;
    }

    /** A listing without copies says nothing of them (QA tour 26 #19: "(0 copies of another article collapsed into it)"). */
    @Test
    void aListingWithoutCopiesDoesNotCountThem() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("two"));
        Files.writeString(folder.resolve("fire.txt"), "Fire destroys Dorvale paint factory\n\nA fire destroyed the"
                + " Halden Coatings paint factory in Dorvale on Friday night, forcing 300 residents from their homes,"
                + " the fire service said. Firefighters fought the blaze for nine hours.\n");
        Files.writeString(folder.resolve("transfer.txt"), "Otieno joins Brackley Rovers\n\nBrackley Rovers signed the"
                + " striker Kelvin Otieno from Ashgate City for a club-record fee of 28 million pounds on Thursday."
                + " The Kenyan international signed a five-year contract.\n");
        CliRun run = CliRun.of("stories", folder.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo("2 stories from 2 articles");
    }

    @Test
    void badInputGetsOneLine() throws IOException {
        CliRun format = CliRun.of("stories", articles().toString(), "--format", "html");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err().strip()).isEqualTo("storybrief: error: unknown format \"html\" (use text or json)");
        CliRun window = CliRun.of("stories", articles().toString(), "--window-days", "0");
        assertThat(window.status()).isEqualTo(2);
        assertThat(window.err()).contains("--window-days must be at least 1");
        CliRun missing = CliRun.of("stories", tmp.resolve("nothing-here").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().lines().filter(l -> l.startsWith("storybrief: error:"))).hasSize(1);
        assertThat(missing.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Text files and a page without metadata state their outlet and date in the text: listed as a briefing shows them. */
    @Test
    void textAndPageInputsGetTheOutletsAndDatesTheirTextStates() throws Exception {
        Path dir = tmp.resolve("mill");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), "Fire at the Kellport mill\n\nKELLPORT (Baltic Wire) - March 3, 2026 - A fire"
                + " broke out at the old grain mill in Kellport on Tuesday night, firefighters said.\n\nNobody was hurt,"
                + " the fire brigade of Kellport said, and the cause of the mill fire is not yet known.\n");
        Files.writeString(dir.resolve("b.txt"), "Grain mill burns in Kellport\n\nBy Jane Doe, Kellport Herald\n\n"
                + "Published on March 4, 2026\n\nA fire destroyed the old grain mill in Kellport on Tuesday night, the"
                + " fire brigade said.\n\nNobody was hurt in the mill fire in Kellport, the brigade said.\n");
        Files.writeString(dir.resolve("c.html"), "<html><head><title>Kellport mill fire</title></head><body><article>"
                + "<h1>Kellport mill fire</h1><p>KELLPORT (Redfield Tribune) - March 3, 2026 - The old grain mill in"
                + " Kellport burned down on Tuesday night, the fire brigade said, and nobody was hurt in the fire at the"
                + " mill.</p><p>The mill held wheat for the grain cooperative of Kellport and had stood by the river for"
                + " a hundred years, its owners said on Wednesday.</p></article></body></html>");
        CliRun run = CliRun.of("stories", "--format", "json", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode story = JSON.readTree(run.out()).get("stories").get(0);
        assertThat(story.get("size").asInt()).isEqualTo(3);
        assertThat(story.get("firstDate").asText()).isEqualTo("2026-03-03");
        assertThat(story.get("lastDate").asText()).isEqualTo("2026-03-04");
        Map<String, String> outletOf = new HashMap<>();
        for (int i = 0; i < story.get("articles").size(); i++) {
            outletOf.put(story.get("articles").get(i).asText(), story.get("outlets").get(i).get(0).asText());
        }
        assertThat(outletOf).containsEntry("a", "Baltic Wire").containsEntry("b", "Kellport Herald")
                .containsEntry("c", "Redfield Tribune");
    }

    /**
     * The three paths agree on a wire flash (QA20 #13): {@code stories} lists it in its story, as an article of its
     * wire and date, {@code brief} briefs it as an article of one sentence that counts among the story's articles and
     * sources, and a story under the flash's own headline is never made of it beside full reports.
     */
    @Test
    void aWireFlashCountsInItsStoryForStoriesAndBrief() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("flash"));
        Files.writeString(dir.resolve("flash.txt"), "FLASH: Kelby port closed after chemical leak - coastguard\n"
                + "5 December 2026 06:12 GMT (Northern Wire)\n");
        Files.writeString(dir.resolve("courier.txt"), "Chemical leak closes Kelby port; 41 treated in hospital\n\n"
                + "Saturday 5 December 2026, 13:40\n\nBy Owen Marsh, Kelby Courier\n\n"
                + "The port of Kelby was closed early on Saturday after a tank of ammonia leaked at the Eastquay terminal,"
                + " the coastguard said.\n\nForty-one people were treated in hospital for breathing problems, Kelby"
                + " General Hospital said.\n\nThe port is expected to reopen on Monday, the port authority said.\n");
        Files.writeString(dir.resolve("bay.txt"), "Kelby port leak: what we know\n\nBay News\n\n5 December 2026\n\n"
                + "An ammonia leak closed the port of Kelby on Saturday morning, the coastguard said.\n\n"
                + "The hospital said 41 people were treated after the chemical leak at the port.\n\n"
                + "It is the second leak at the Kelby terminal since 2023.\n");
        CliRun stories = CliRun.of("stories", "--format", "json", dir.toString());
        assertThat(stories.status()).as(stories.err()).isZero();
        JsonNode listed = JSON.readTree(stories.out()).get("stories");
        assertThat(listed).hasSize(1);
        JsonNode story = listed.get(0);
        assertThat(story.get("size").asInt()).isEqualTo(3);
        assertThat(story.get("headline").asText()).isNotEqualTo("Kelby port closed after chemical leak - coastguard");
        int flash = List.of(JSON.treeToValue(story.get("articles"), String[].class)).indexOf("flash");
        assertThat(story.get("outlets").get(flash).get(0).asText()).isEqualTo("Northern Wire");
        CliRun brief = CliRun.of("brief", dir.toString());
        assertThat(brief.status()).as(brief.err()).isZero();
        assertThat(brief.err()).doesNotContain("not a news article");
        assertThat(brief.out()).contains("from 3 articles").contains("Northern Wire: Kelby port closed after chemical leak");
        CliRun alone = CliRun.of("brief", dir.resolve("flash.txt").toString());
        assertThat(alone.status()).as(alone.err()).isZero();
        assertThat(alone.out()).contains("Kelby port closed after chemical leak - coastguard. [Northern Wire]");
    }

    /** A text copied from a browser names its story by its headline line, not by the video stamp glued under it. */
    @Test
    void aCopiedTextNamesItsStoryByItsHeadlineLine() throws Exception {
        Path dir = tmp.resolve("copied");
        Files.createDirectories(dir);
        String body = "\n\nA fire broke out at the old grain mill in Kellport on Tuesday night, firefighters said.\n\n"
                + "Nobody was hurt, the fire brigade of Kellport said, and the cause of the mill fire is not yet known.\n";
        Files.writeString(dir.resolve("a.txt"), "Fire guts Kellport grain mill\n01:05 - Source: Baltic Wire" + body);
        CliRun run = CliRun.of("stories", "--format", "json", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("stories").get(0).get("headline").asText())
                .isEqualTo("Fire guts Kellport grain mill");
    }

    /**
     * A story is listed under the headline {@code brief} gives it: here not the per-cent title of the report closest
     * to the story's words, which another report's percentage points show to be the wrong unit.
     */
    @Test
    void aStoryIsListedUnderTheHeadlineItsBriefingGives() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("budget"));
        // the per-cent report tells all the others tell, so its words are the story's centre
        Files.writeString(dir.resolve("review.txt"), "Budget cuts Varnland deficit by 0.6 per cent\n\nMarch 2, 2026\n\n"
                + "The Varnland budget cuts the deficit by 0.6 per cent, finance minister Ola Brandt said on Monday.\n\n"
                + "The budget raises spending on roads by a tenth and keeps spending on schools.\n\n"
                + "Parliament will vote on the Varnland budget in April.\n\n"
                + "The opposition called the deficit forecast too hopeful.\n");
        Files.writeString(dir.resolve("post.txt"), "Brandt presents budget for schools and roads\n\nMarch 2, 2026\n\n"
                + "The Varnland deficit will fall by 0.6 percentage points, finance minister Ola Brandt said on Monday.\n\n"
                + "Teachers' unions welcomed the money for schools.\n\nThe finance ministry publishes its plan in May.\n");
        Files.writeString(dir.resolve("herald.txt"), "Varnland parliament to vote on budget in April\n\nMarch 3, 2026\n\n"
                + "Parliament will vote on the Varnland budget in April, the speaker said.\n\n"
                + "The opposition called the deficit forecast too hopeful and the road plan too costly.\n\n"
                + "The vote is expected to be close.\n");
        CliRun listed = CliRun.of("stories", "--format", "json", dir.toString());
        CliRun briefed = CliRun.of("brief", "--format", "json", dir.toString());
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(briefed.status()).as(briefed.err()).isZero();
        JsonNode stories = JSON.readTree(listed.out()).get("stories");
        assertThat(stories).hasSize(1);
        String headline = JSON.readTree(briefed.out()).get("headline").asText();
        assertThat(headline).doesNotContain("per cent");
        assertThat(stories.get(0).get("headline").asText()).isEqualTo(headline);
    }

    /**
     * A copy that changed a figure is collapsed in the listing like any copy, but {@code stories --brief} briefs it as
     * {@code brief} does the same files: its figure is a claim, so the two commands show the same disagreement.
     */
    @Test
    void storiesBriefReadsTheCopiesThatChangedAFigure() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("takeover"));
        String rest = "\n\nThe competition authority is expected to review the deal between the two lenders.\n\n"
                + "The deal will cut jobs at the Norland head office over three years, the banks said.\n\n"
                + "Shares in Norland rose sharply in early trading after the announcement.\n";
        String[][] copies = {{"a", "Redfield Tribune", "2"}, {"b", "Valley Record", "2"}, {"c", "Orvale Voice", "2"},
                {"d", "Coast Courier", "3"}, {"e", "Harwick Post", "3"}};
        for (String[] c : copies) {
            Files.writeString(dir.resolve(c[0] + ".txt"), "Greywater agrees takeover of Norland\n\n" + c[1]
                    + "\nWednesday 04 November 2026\n\nGreywater Bank has agreed to buy Norland Savings for " + c[2]
                    + " billion pounds, the two banks said on Tuesday." + rest);
        }
        CliRun listed = CliRun.of("stories", "--format", "json", "--brief", dir.toString());
        CliRun briefed = CliRun.of("brief", "--format", "json", dir.toString());
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(briefed.status()).as(briefed.err()).isZero();
        JsonNode story = JSON.readTree(listed.out()).get("stories").get(0);
        JsonNode fromStories = story.get("briefing").get("disagreements");
        JsonNode fromBrief = JSON.readTree(briefed.out()).get("disagreements");
        assertThat(fromBrief.toString()).contains("3 billion pounds").contains("2 billion pounds");
        assertThat(fromStories).isEqualTo(fromBrief);
    }
}
