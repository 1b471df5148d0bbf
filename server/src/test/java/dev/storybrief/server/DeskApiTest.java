package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.Storybrief;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.render.JsonRenderer;
import dev.storybrief.server.desk.DeskArticle;
import dev.storybrief.server.desk.DeskStore;
import dev.storybrief.server.desk.StoryTable;
import dev.storybrief.fetch.Validators;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live stories API over a data folder a desk filled: the listing, one story with what its newest briefing adds
 * to the one before, search, paging, the per-feed counts of {@code /health}, and the page that shows them.
 */
class DeskApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void storiesAndTheirNewestBriefingsAreServedAsTheOpenApiFileSays() throws Exception {
        List<RawDocument> docs = new InputReader().read(List.of(TestFiles.millbrook()))
                .documents();
        Instant t0 = Instant.parse("2026-03-13T10:00:00Z");
        try (DeskStore store = DeskStore.open(data)) {
            List<DeskArticle> stored = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                stored.add(store.articles().store("https://news.example/" + i, "https://news.example/feed.xml",
                        "https://news.example/" + i, docs.get(i), t0.plusSeconds(i)).orElseThrow());
            }
            store.articles().feedPolled("https://news.example/feed.xml", "Example News", new Validators("\"v1\"", null),
                    false, t0);
            store.articles().feedFailed("https://news.example/feed.xml", "https://news.example/9: HTTP error (HTTP 404)",
                    false, t0);
            brief(store, stored.subList(0, 2), t0.plusSeconds(60));
            brief(store, stored, t0.plusSeconds(120));
            store.stories().assign(List.of(new StoryTable.Assignment(stored.get(0).seq() + 1000, "story-2", null)), t0);
        }
        try (StorybriefServer server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0))) {
            Http http = new Http(server.uri());
            JsonNode list = http.send(http.request("/api/stories").GET().build()).json();
            assertThat(list.get("total").asInt()).isEqualTo(1);
            JsonNode story = list.get("stories").get(0);
            assertThat(story.get("id").asText()).isEqualTo("story-1");
            assertThat(story.get("size").asInt()).isEqualTo(docs.size());
            assertThat(story.get("articles")).hasSize(docs.size());
            assertThat(story.get("copies").asInt()).as("no article is a copy of another (copyOf null)").isZero();
            assertThat(story.get("articles").get(0).get("url").asText()).isEqualTo("https://news.example/0");
            assertThat(story.get("outlets").toString()).contains("Bayside Gazette");
            assertThat(story.get("headline").asText()).isNotBlank();

            JsonNode one = http.send(http.request("/api/stories/story-1").GET().build()).json();
            assertThat(story.get("gist").asText()).as("a card's one line is the newest briefing's first sentence")
                    .isEqualTo(one.get("briefing").get("summary").get(0).get("text").asText());
            assertThat(one.get("briefing").get("schema").asText()).isEqualTo("storybrief/briefing/v1");
            assertThat(one.get("briefing").get("articles")).hasSize(docs.size());
            assertThat(one.get("previousBriefed").asText()).isLessThan(one.get("briefed").asText());
            List<Integer> fresh = new ArrayList<>();
            one.get("new").get("summary").forEach(n -> fresh.add(n.asInt()));
            assertThat(fresh).isNotEmpty().allMatch(i -> i < one.get("briefing").get("summary").size());

            String firstWord = story.get("headline").asText().split("\\s+")[0];
            assertThat(http.send(http.request("/api/stories?q=" + firstWord).GET().build()).json().get("total").asInt())
                    .isEqualTo(1);
            assertThat(http.send(http.request("/api/stories?q=zzzunheardof").GET().build()).json().get("total").asInt())
                    .isZero();
            // a word in quotes (%22) is the word, and a stray quote pasted with it is no part of it
            for (String quoted : List.of("%22" + firstWord + "%22", firstWord + "%22", "%E2%80%9C" + firstWord + "%E2%80%9D")) {
                assertThat(http.send(http.request("/api/stories?q=" + quoted).GET().build()).json().get("total").asInt())
                        .as(quoted).isEqualTo(1);
            }
            String[] headline = story.get("headline").asText().split("\\s+");
            if (headline.length > 1) {
                String phrase = java.net.URLEncoder.encode("\"" + headline[0] + " " + headline[1] + "\"",
                        java.nio.charset.StandardCharsets.UTF_8);
                String reversed = java.net.URLEncoder.encode("\"" + headline[1] + " " + headline[0] + "\"",
                        java.nio.charset.StandardCharsets.UTF_8);
                assertThat(http.send(http.request("/api/stories?q=" + phrase).GET().build()).json().get("total").asInt())
                        .isEqualTo(1);
                assertThat(http.send(http.request("/api/stories?q=" + reversed).GET().build()).json().get("total")
                        .asInt()).as("a phrase is its words in their order").isZero();
            }
            assertThat(http.send(http.request("/api/stories?offset=1").GET().build()).json().get("stories")).isEmpty();
            assertThat(http.send(http.request("/api/stories?limit=0").GET().build()).status()).isEqualTo(400);
            assertThat(http.send(http.request("/api/stories/story-9").GET().build()).status()).isEqualTo(404);

            JsonNode feeds = http.send(http.request("/health").GET().build()).json().get("feeds");
            assertThat(feeds).hasSize(1);
            assertThat(feeds.get(0).get("errors").asInt()).isEqualTo(1);
            assertThat(feeds.get(0).get("lastError").asText()).contains("HTTP 404");
            assertThat(feeds.get(0).get("lastErrorAt").asText()).as("an error says when it happened")
                    .isEqualTo(BriefStore.timestamp(t0));

            Http.Reply page = http.send(http.request("/stories").GET().build());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("/stories.js");
        }
    }

    /**
     * Dates come out ISO-8601 as everywhere else: a feed item's RFC 822 date at the offset the feed wrote (the outlet's
     * day kept), and one stored as RFC 822 by an earlier version of the desk. The feed and its text are made up.
     */
    @Test
    void feedDatesAreServedAsIso8601() throws Exception {
        String text = "The city museum of Kessling will stay closed until Wednesday after thieves stole a gold crown in a "
                + "night raid, the museum's director said on Thursday evening.";
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kessling Wire</title>"
                + "<item><title>Museum closed after crown theft</title><link>https://wire.example/a</link>"
                + "<pubDate>Thu, 12 Feb 2026 23:30:00 -0500</pubDate><description>" + text + " Police are looking "
                + "for two men seen near the building.</description></item></channel></rss>";
        RawDocument fromFeed = dev.storybrief.ingest.feed.FeedDocuments.items("w", null,
                dev.storybrief.ingest.feed.Syndication.read(rss.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .get(0).document();
        java.util.Map<dev.storybrief.ingest.MetaKey, String> legacy = new java.util.EnumMap<>(fromFeed.meta());
        legacy.put(dev.storybrief.ingest.MetaKey.PUBLISHED, "Fri, 13 Feb 2026 09:00:00 +0100");
        RawDocument storedOld = new RawDocument("old", null, fromFeed.format(), text + " The crown is insured.", legacy);
        Instant t0 = Instant.parse("2026-02-13T10:00:00Z");
        try (DeskStore store = DeskStore.open(data)) {
            List<DeskArticle> stored = List.of(
                    store.articles().store("https://wire.example/a", "https://wire.example/feed.xml",
                            "https://wire.example/a", fromFeed, t0).orElseThrow(),
                    store.articles().store("https://wire.example/b", "https://wire.example/feed.xml",
                            "https://wire.example/b", storedOld, t0.plusSeconds(1)).orElseThrow());
            brief(store, stored, t0.plusSeconds(60));
        }
        try (StorybriefServer server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0))) {
            Http http = new Http(server.uri());
            JsonNode articles = http.send(http.request("/api/stories").GET().build()).json().get("stories").get(0)
                    .get("articles");
            assertThat(articles.get(0).get("published").asText()).isEqualTo("2026-02-12T23:30:00-05:00");
            assertThat(articles.get(1).get("published").asText()).isEqualTo("2026-02-13T09:00:00+01:00");
        }
    }

    /**
     * An article the grouping put in a story but its briefing set apart as another story is not counted on the
     * story's card, as the briefing does not count it (QA tour 17). The texts are made up.
     */
    @Test
    void theCardLeavesOutAnArticleTheBriefingSetApart() throws Exception {
        String[] texts = {"The harbour council voted on Tuesday to close the old ferry terminal at Kestrel Point."
                + " Engineers said the pier was unsafe after the winter storms damaged its piles.",
                "Kestrel Point's ferry terminal will close after the harbour council vote. The pier piles were damaged"
                + " by winter storms, engineers told the council.",
                "Ferry passengers at Kestrel Point face a longer trip once the terminal closes. The harbour council"
                + " said storms had left the pier unsafe for the ferry.",
                "The city orchestra named a new conductor for its spring season of symphonies. Musicians praised her"
                + " work with young violinists and the choir."};
        Instant t0 = Instant.parse("2026-03-13T10:00:00Z");
        try (DeskStore store = DeskStore.open(data)) {
            List<DeskArticle> stored = new ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                RawDocument doc = new RawDocument("d" + i, null, dev.storybrief.ingest.SourceFormat.TEXT, texts[i],
                        java.util.Map.of());
                stored.add(store.articles().store("https://news.example/" + i, "https://news.example/feed.xml",
                        "https://news.example/" + i, doc, t0.plusSeconds(i)).orElseThrow());
            }
            List<StoryTable.Assignment> assignments = stored.stream()
                    .map(a -> new StoryTable.Assignment(a.seq(), "story-1", null)).toList();
            store.stories().assign(assignments, t0.plusSeconds(30));
            assertThat(store.queries().story("story-1").orElseThrow().size()).isEqualTo(4);
            StoryTable.Stale stale = store.stories().stale().get(0);
            var briefing = Storybrief.builder().build().briefDocuments("story-1",
                    stored.stream().map(DeskArticle::document).toList(), List.of());
            assertThat(briefing.apart()).hasSize(1);
            store.stories().briefed("story-1", stale.version(), null,
                    JSON.writeValueAsString(JsonRenderer.toMap(briefing, false)), briefing.storyArticleCount(),
                    t0.plusSeconds(60));
            assertThat(store.queries().story("story-1").orElseThrow().size()).isEqualTo(3);
            assertThat(store.queries().list("", 10, 0).stories().get(0).size()).isEqualTo(3);
        }
    }

    /**
     * A feed's teaser stored first, in place of a page that answered 404, is not the story's face while it waits for
     * its briefing: the card is labelled with the first report's title (QA tour 20 #8, "Página que ya no existe").
     */
    @Test
    void aStoryIsNotLabelledWithATeasersTitle(@TempDir Path data) throws Exception {
        Instant t0 = Instant.parse("2026-08-14T22:00:00Z");
        try (DeskStore store = DeskStore.open(data)) {
            RawDocument teaser = new RawDocument("t", null, dev.storybrief.ingest.SourceFormat.FEED,
                    "The fire moves towards Los Pinos, forest firefighters say.",
                    java.util.Map.of(dev.storybrief.ingest.MetaKey.TITLE, "Page that no longer exists"));
            RawDocument report = new RawDocument("r", null, dev.storybrief.ingest.SourceFormat.HTML,
                    "A forest fire in the Almenara hills forced 800 residents from their homes on Wednesday. Firefighters"
                            + " said the fire had burned 1,200 hectares. The regional government sent four aircraft.",
                    java.util.Map.of(dev.storybrief.ingest.MetaKey.TITLE, "Almenara fire forces 800 from their homes"));
            List<DeskArticle> stored = List.of(
                    store.articles().store("https://news.example/gone", "https://news.example/feed.xml",
                            "https://news.example/gone", teaser, t0).orElseThrow(),
                    store.articles().store("https://news.example/fire", "https://news.example/feed.xml",
                            "https://news.example/fire", report, t0.plusSeconds(1)).orElseThrow());
            store.stories().assign(stored.stream().map(a -> new StoryTable.Assignment(a.seq(), "story-2", null))
                    .toList(), t0.plusSeconds(30));
            assertThat(store.queries().story("story-2").orElseThrow().headline())
                    .isEqualTo("Almenara fire forces 800 from their homes");
        }
    }

    /**
     * A story given up when the desk grouped its articles again (they joined another story): its link leads to the
     * story that took them, the way a reader's bookmark should, and an id never used stays a 404. The texts are made up.
     */
    @Test
    void aStoryGivenUpLeadsToTheStoryThatTookItsArticles(@TempDir Path data) throws Exception {
        Instant t0 = Instant.parse("2026-11-17T10:00:00Z");
        try (DeskStore store = DeskStore.open(data)) {
            List<DeskArticle> stored = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                RawDocument doc = new RawDocument("d" + i, null, dev.storybrief.ingest.SourceFormat.HTML,
                        "The harbour council of Kestrel Point voted on Tuesday to close the old ferry terminal after"
                                + " storms damaged the pier, report " + i + ".",
                        java.util.Map.of(dev.storybrief.ingest.MetaKey.TITLE, "Ferry terminal to close " + i));
                stored.add(store.articles().store("https://news.example/" + i, "https://news.example/feed.xml",
                        "https://news.example/" + i, doc, t0.plusSeconds(i)).orElseThrow());
            }
            store.stories().assign(List.of(new StoryTable.Assignment(stored.get(0).seq(), "story-1", null),
                    new StoryTable.Assignment(stored.get(1).seq(), "story-2", null)), t0.plusSeconds(10));
            store.stories().assign(List.of(new StoryTable.Assignment(stored.get(1).seq(), "story-1", null)),
                    t0.plusSeconds(20));
            assertThat(store.stories().givenUp()).containsExactly("story-2");
        }
        try (StorybriefServer server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0))) {
            Http http = new Http(server.uri());
            Http.Reply moved = http.send(http.request("/api/stories/story-2").GET().build());
            assertThat(moved.status()).isEqualTo(307);
            assertThat(moved.raw().headers().firstValue("Location")).contains("/api/stories/story-1");
            assertThat(http.send(http.request("/api/stories/story-1").GET().build()).json().get("size").asInt())
                    .isEqualTo(2);
            assertThat(http.send(http.request("/api/stories/story-3").GET().build()).status()).isEqualTo(404);
        }
    }

    /**
     * An article the desk stored from the text its feed gives the item, because its page failed, is said so in the
     * API (and so on the story page): it showed as any article read from its page (the earlier tours' leftover).
     */
    @Test
    void anArticleReadFromItsFeedsTextSaysWhyItsPageFailed(@TempDir Path data) throws Exception {
        Instant t0 = Instant.parse("2026-12-05T14:00:00Z");
        try (DeskStore store = DeskStore.open(data)) {
            RawDocument page = new RawDocument("p", null, dev.storybrief.ingest.SourceFormat.HTML,
                    "All 212 passengers were evacuated from the ferry Marla Quest after a fire broke out off Orrin Bay.",
                    java.util.Map.of(dev.storybrief.ingest.MetaKey.TITLE, "Ferry fire off Orrin Bay"));
            RawDocument teaser = new RawDocument("t", null, dev.storybrief.ingest.SourceFormat.FEED,
                    "Pellham Island council said the chartered boat would bring food while the Marla Quest is out of"
                            + " service.", java.util.Map.of(dev.storybrief.ingest.MetaKey.TITLE, "Island supplies"));
            List<DeskArticle> stored = List.of(
                    store.articles().store("https://news.example/fire", "https://news.example/feed.xml",
                            "https://news.example/fire", page, t0).orElseThrow(),
                    store.articles().store("https://news.example/gone", "https://news.example/feed.xml",
                            "https://news.example/gone", teaser, t0.plusSeconds(1), null,
                            new dev.storybrief.server.desk.ArticleTable.PageFailed("HTTP 404", false)).orElseThrow());
            store.stories().assign(stored.stream().map(a -> new StoryTable.Assignment(a.seq(), "story-1", null))
                    .toList(), t0.plusSeconds(30));
        }
        try (StorybriefServer server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0))) {
            Http http = new Http(server.uri());
            JsonNode articles = http.send(http.request("/api/stories/story-1").GET().build()).json().get("articles");
            assertThat(articles).hasSize(2);
            assertThat(articles.get(0).get("fromFeed").isNull()).isTrue();
            assertThat(articles.get(1).get("fromFeed").asText()).isEqualTo("HTTP 404");
            JsonNode listed = http.send(http.request("/api/stories").GET().build()).json()
                    .get("stories").get(0).get("articles");
            assertThat(listed.get(1).get("fromFeed").asText()).isEqualTo("HTTP 404");
        }
    }

    private static void brief(DeskStore store, List<DeskArticle> articles, Instant when) throws Exception {
        List<StoryTable.Assignment> assignments = articles.stream()
                .map(a -> new StoryTable.Assignment(a.seq(), "story-1", null)).toList();
        store.stories().assign(assignments, when);
        StoryTable.Stale stale = store.stories().stale().get(0);
        var briefing = Storybrief.builder().build().briefDocuments("story-1",
                articles.stream().map(DeskArticle::document).toList(), List.of());
        store.stories().briefed("story-1", stale.version(), null,
                JSON.writeValueAsString(JsonRenderer.toMap(briefing, false)), articles.size(), when);
    }
}
