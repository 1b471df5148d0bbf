package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybrief.Storybrief;
import dev.storybrief.render.JsonRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API against a real server on a free port. */
class ServerApiTest {
    @TempDir
    static Path data;
    static StorybriefServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Map<String, Object> article(String id, String text) {
        return Map.of("id", id, "text", text);
    }

    /**
     * Articles of two stories posted together: the note names both, as the stories listing groups them, and tells
     * the page's reader how to brief one with the page, never to run a command.
     */
    @Test
    void aMixOfStoriesIsNotedWithAdviceForThePage() {
        List<String> texts = List.of(
                "The harbour council voted on Tuesday to close the old ferry terminal at Kestrel Point. Engineers said"
                        + " the pier was unsafe after the winter storms damaged its piles.",
                "The city orchestra named Mara Lind its new conductor for the spring season. Musicians praised her work"
                        + " with young violinists, and the orchestra board said she would lead the youth choir as well.",
                "Kestrel Point's ferry terminal will close after the harbour council vote. The pier piles were damaged"
                        + " by winter storms, engineers told the council.",
                "Mara Lind will conduct the city orchestra from the spring, the orchestra board said. The violinist and"
                        + " choir leader is known for her work with young musicians, members of the orchestra said.",
                "Ferry passengers at Kestrel Point face a longer trip once the terminal closes. The harbour council said"
                        + " storms had left the pier unsafe for the ferry.",
                "The orchestra's spring season opens under its new conductor, Mara Lind, who also takes over the youth"
                        + " choir. Young violinists she taught praised the board's choice, the orchestra said.");
        Http.Reply created = http.postJson("/api/briefs", Map.of("articles", texts.stream()
                .map(text -> Map.of("text", text)).toList()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        List<String> notes = new java.util.ArrayList<>();
        created.json().get("warnings").forEach(w -> notes.add(w.asText()));
        assertThat(notes).filteredOn(w -> w.contains("look like")).singleElement().asString()
                .startsWith("note the articles look like 2 stories, (")
                .endsWith("(" + BriefingService.ONE_STORY_ADVICE + ")").doesNotContain("storybrief");
    }

    @Test
    void createReadListSearchAndDelete() {
        Http.Reply created = http.postJson("/api/briefs", Map.of("articles", TestFiles.millbrookAsJson(), "words", 80));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode brief = created.json();
        String id = brief.get("id").asText();
        assertThat(created.raw().headers().firstValue("Location")).contains("/api/briefs/" + id);
        assertThat(brief.get("schema").asText()).isEqualTo(JsonRenderer.SCHEMA);
        assertThat(brief.get("wordBudget").asInt()).isEqualTo(80);
        assertThat(brief.get("summaryWords").asInt()).isBetween(1, 80);
        assertThat(brief.get("articles")).hasSize(5);
        assertThat(brief.get("created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        Http.Reply read = http.get("/api/briefs/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());

        JsonNode listed = http.get("/api/briefs").json();
        assertThat(listed.get("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode hit = http.get("/api/briefs?q=MILLBROOK%20aldren").json();
        assertThat(ids(hit)).contains(id);
        JsonNode first = hit.get("briefs").get(0);
        assertThat(first.get("articleCount").asInt()).isEqualTo(5);
        assertThat(first.get("headline").asText()).isEqualTo(brief.get("headline").asText());
        assertThat(first.get("gist").asText()).isEqualTo(brief.get("summary").get(0).get("text").asText());
        List<String> outlets = new ArrayList<>();
        first.get("outlets").forEach(o -> outlets.add(o.asText()));
        List<String> expectedOutlets = new ArrayList<>();
        String firstDay = null;
        String lastDay = null;
        for (JsonNode a : brief.get("articles")) {
            if (!a.get("outlet").isNull() && !expectedOutlets.contains(a.get("outlet").asText())) {
                expectedOutlets.add(a.get("outlet").asText());
            }
            String day = a.get("published").isNull() ? null : a.get("published").asText();
            firstDay = day == null || (firstDay != null && firstDay.compareTo(day) <= 0) ? firstDay : day;
            lastDay = day == null || (lastDay != null && lastDay.compareTo(day) >= 0) ? lastDay : day;
        }
        assertThat(outlets).containsExactlyInAnyOrderElementsOf(expectedOutlets);
        assertThat(first.get("firstDay").asText()).isEqualTo(firstDay);
        assertThat(first.get("lastDay").asText()).isEqualTo(lastDay);
        assertThat(ids(http.get("/api/briefs?q=millbrook%20zebracorn").json())).doesNotContain(id);
        assertThat(ids(http.get("/api/briefs?q=%25").json())).doesNotContain(id);

        assertThat(http.delete("/api/briefs/" + id).status()).isEqualTo(204);
        Http.Reply gone = http.get("/api/briefs/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("error").asText()).contains(id);
        assertThat(http.delete("/api/briefs/" + id).status()).isEqualTo(404);
        assertThat(ids(http.get("/api/briefs?q=millbrook").json())).doesNotContain(id);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("briefs").forEach(b -> ids.add(b.get("id").asText()));
        return ids;
    }

    @Test
    void uploadedFilesBriefExactlyAsTheCommandLineDoes() throws Exception {
        Http.Reply created = http.postMultipart("/api/briefs", Http.files(TestFiles.millbrookArticles()), List.of());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ObjectNode served = (ObjectNode) created.json();

        JsonNode cli = Http.JSON.valueToTree(JsonRenderer.toMap(
                Storybrief.builder().build().brief(List.of(TestFiles.millbrook())), false));
        // The API adds id and created, then is the CLI's JSON field for field; only the file paths differ.
        List<String> servedFields = new ArrayList<>();
        served.fieldNames().forEachRemaining(servedFields::add);
        List<String> cliFields = new ArrayList<>();
        cli.fieldNames().forEachRemaining(cliFields::add);
        assertThat(servedFields.subList(0, 2)).containsExactly("id", "created");
        assertThat(servedFields.subList(2, servedFields.size())).isEqualTo(cliFields);
        stripPaths(served);
        stripPaths((ObjectNode) cli);
        served.remove("id");
        served.remove("created");
        assertThat(served).isEqualTo(cli);
    }

    private static void stripPaths(ObjectNode brief) {
        for (Iterator<JsonNode> it = brief.get("articles").elements(); it.hasNext(); ) {
            ((ObjectNode) it.next()).remove("path");
        }
    }

    /** "verbatim" keeps summary sentences whole, in JSON and in a form (a ticked checkbox sends "on"). */
    @Test
    void verbatimRequestsKeepSummarySentencesWhole() {
        Http.Reply json = http.postJson("/api/briefs", Map.of("articles", TestFiles.millbrookAsJson(), "words", 200, "verbatim", true));
        assertThat(json.status()).as(json.toString()).isEqualTo(201);
        assertThat(json.json().get("summary")).isNotEmpty().noneMatch(s -> s.get("trimmed").asBoolean());
        Http.Reply form = http.postMultipart("/api/briefs", Http.files(TestFiles.millbrookArticles()),
                List.of(Map.entry("words", "200"), Map.entry("verbatim", "on")));
        assertThat(form.status()).as(form.toString()).isEqualTo(201);
        assertThat(form.json().get("summary")).isNotEmpty().noneMatch(s -> s.get("trimmed").asBoolean());
        Http.Reply bad = http.postJson("/api/briefs", Map.of("articles", TestFiles.millbrookAsJson(), "verbatim", "yes"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("\"verbatim\" must be true or false");
        Http.Reply badForm = http.postMultipart("/api/briefs", Http.files(TestFiles.millbrookArticles()),
                List.of(Map.entry("verbatim", "maybe")));
        assertThat(badForm.status()).isEqualTo(400);
    }

    /** Past the time limit a briefing is stopped: a one-line 503, nothing stored, and the place given back. */
    @Test
    void aBriefingPastTheTimeLimitIsA503AndNothingIsStored(@TempDir Path ownData) throws InterruptedException {
        StorybriefServer strict = StorybriefServer.start(ServerConfig.defaults(ownData).withPort(0)
                .withBriefTimeout(java.time.Duration.ofMillis(1)));
        try {
            Http client = new Http(strict.uri());
            Http.Reply r = client.postJson("/api/briefs", Map.of("articles", TestFiles.millbrookAsJson()));
            assertThat(r.status()).as(r.toString()).isEqualTo(503);
            assertThat(r.json().get("error").asText()).contains("took longer than 1 ms and was stopped");
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (client.get("/health").json().get("busyPlaces").asInt() != 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            JsonNode health = client.get("/health").json();
            assertThat(health.get("busyPlaces").asInt()).isZero();
            assertThat(health.get("briefs").asInt()).isZero();
            assertThat(health.get("limits").get("briefTimeoutSeconds").asInt()).isZero();
        } finally {
            strict.stop();
        }
    }

    @Test
    void everySummarySentenceLocatesItsPlaceInTheSourceArticle() {
        JsonNode brief = http.postMultipart("/api/briefs", Http.files(TestFiles.millbrookArticles()),
                List.of(Map.entry("words", "200"))).json();
        assertThat(brief.get("summary").size()).isGreaterThanOrEqualTo(3);
        for (JsonNode s : brief.get("summary")) {
            JsonNode source = null;
            for (JsonNode a : brief.get("articles")) {
                if (a.get("id").asText().equals(s.get("source").asText())) {
                    source = a;
                }
            }
            assertThat(source).as("source of " + s).isNotNull();
            String paragraph = source.get("paragraphs").get(s.get("paragraph").asInt()).asText();
            String located = paragraph.substring(s.get("start").asInt(), s.get("end").asInt());
            assertThat(located).isEqualTo(s.get("sentence").asText());
            assertThat(s.get("trimmed").asBoolean()).isEqualTo(!located.equals(s.get("text").asText()));
        }
        assertThat(brief.get("summary")).as("the example's sentences carry weekdays to trim").anyMatch(s -> s.get("trimmed").asBoolean());
    }

    @Test
    void inlineMetadataOverridesWhatTheTextSays() {
        String text = TestFiles.read(TestFiles.millbrook().resolve("wire.txt"));
        Http.Reply r = http.postJson("/api/briefs", Map.of("articles", List.of(
                Map.of("id", "w/1", "title", "Given title", "outlet", "Given Outlet", "date", "2026-03-20", "text", text),
                Map.of("id", "w/1", "text", TestFiles.read(TestFiles.millbrook().resolve("courier.txt"))))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode first = r.json().get("articles").get(0);
        assertThat(first.get("id").asText()).isEqualTo("w/1");
        assertThat(first.get("title").asText()).isEqualTo("Given title");
        assertThat(first.get("outlet").asText()).isEqualTo("Given Outlet");
        assertThat(first.get("published").asText()).isEqualTo("2026-03-20");
        assertThat(r.json().get("articles").get(1).get("id").asText()).as("duplicate ids are made unique").isEqualTo("w/1-2");
    }

    @Test
    void aRequestDateThatIsNoDateOrCannotBeTrueIsIgnoredWithAWarning() {
        String wire = TestFiles.read(TestFiles.millbrook().resolve("wire.txt"));
        String courier = TestFiles.read(TestFiles.millbrook().resolve("courier.txt"));
        Http.Reply r = http.postJson("/api/briefs", Map.of("articles", List.of(
                Map.of("id", "feb", "date", "2026-02-30", "text", wire),
                Map.of("id", "word", "date", "yesterday", "text", courier),
                Map.of("id", "far", "date", "2099-01-01", "text", wire + "\n\nA later edition."),
                Map.of("id", "good", "date", "2026-03-20", "text", courier + "\n\nA later edition."))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        List<String> warnings = new ArrayList<>();
        r.json().get("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).contains(
                "warning feb.txt: its \"date\" \"2026-02-30\" is not a date; date ignored",
                "warning word.txt: its \"date\" \"yesterday\" is not a date; date ignored",
                "warning far.txt: its \"date\" \"2099-01-01\" is in the future; date ignored");
        // a true date is kept without a word against it (that it is a week after the rest may still be said)
        assertThat(warnings).noneMatch(w -> w.contains("2026-03-20") && (w.contains("ignored") || w.contains("not a date")));
        for (JsonNode a : r.json().get("articles")) {
            String published = a.get("published").isNull() ? "" : a.get("published").asText();
            if (a.get("id").asText().equals("good")) {
                assertThat(published).isEqualTo("2026-03-20");
            } else {
                assertThat(published).doesNotStartWith("2099").doesNotStartWith("2026-03-02");
            }
        }
    }

    @Test
    void htmlArticlesAreExtractedNotShownAsMarkup() {
        Http.Reply r = http.postJson("/api/briefs", Map.of("articles", List.of(
                Map.of("html", TestFiles.read(TestFiles.millbrook().resolve("gazette.html"))),
                article("wire", TestFiles.read(TestFiles.millbrook().resolve("wire.txt"))))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode gazette = r.json().get("articles").get(0);
        assertThat(gazette.get("outlet").asText()).isEqualTo("Bayside Gazette");
        assertThat(gazette.get("paragraphs").toString()).doesNotContain("<p").doesNotContain("<div");
    }

    @Test
    void pastedHtmlKeepsItsCharactersWhateverCharsetItDeclares() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Brücke</title></head><body><article>"
                + "<p>Die Brücke in Zürich wurde am Dienstag geschlossen, sagte die Stadt – „vorläufig“.</p>"
                + "<p>Ingenieure prüfen die Schäden an den Trägern, sagte Bürgermeisterin Anand am Mittwoch vor "
                + "Journalisten im Rathaus. Die Prüfung soll mehrere Wochen dauern.</p>"
                + "<p>Pendler müssen über die Südbrücke ausweichen, wo sich am Morgen lange Staus bildeten. Die "
                + "Verkehrsbetriebe setzen zusätzliche Fähren ein, um den Berufsverkehr über den Fluss zu bringen.</p>"
                + "<p>Ein Gutachten hatte schon im vergangenen Jahr vor Korrosion an den Lagern gewarnt, berichteten "
                + "örtliche Medien. Die Stadt äußerte sich dazu zunächst nicht.</p></article></body></html>";
        Http.Reply r = http.postJson("/api/briefs", Map.of("articles", List.of(Map.of("id", "de", "html", html))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String paragraphs = r.json().get("articles").get(0).get("paragraphs").toString();
        assertThat(paragraphs).contains("Die Brücke in Zürich").contains("„vorläufig“").doesNotContain("\uFEFF");
        assertThat(r.json().get("articles").get(0).get("paragraphs").get(0).asText()).startsWith("Die Brücke");
    }

    @Test
    void skippedArticlesAreReportedAndTheRestBriefed() {
        Http.Reply r = http.postMultipart("/api/briefs", Map.of(
                "wire.txt", TestFiles.read(TestFiles.millbrook().resolve("wire.txt")).getBytes(),
                "photo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 1, 2, 3},
                "empty.html", "<html><body><nav>menu</nav></body></html>".getBytes()), List.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("articles")).hasSize(1);
        assertThat(r.json().get("warnings").toString()).contains("photo.png").contains("empty.html");
    }

    /**
     * A one-line wire flash is an article of one sentence with its wire, as {@code brief} and {@code stories} take it
     * (QA20 #13): uploaded alone it is briefed, not refused as boilerplate; beside a report it counts among the sources.
     */
    @Test
    void aWireFlashIsBriefedAsAnArticleOfOneSentence() {
        byte[] flash = ("FLASH: Kelby port closed after chemical leak - coastguard\n"
                + "5 December 2026 06:12 GMT (Northern Wire)\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Reply alone = http.postMultipart("/api/briefs", Map.of("flash.txt", flash), List.of());
        assertThat(alone.status()).as(alone.toString()).isEqualTo(201);
        assertThat(alone.json().get("articles")).hasSize(1);
        assertThat(alone.json().get("articles").get(0).get("outlet").asText()).isEqualTo("Northern Wire");
        assertThat(alone.json().get("summary").toString()).contains("Kelby port closed after chemical leak - coastguard.");
        Http.Reply beside = http.postMultipart("/api/briefs", Map.of("flash.txt", flash, "courier.txt",
                ("Chemical leak closes Kelby port\n\nBy Owen Marsh, Kelby Courier\n\n5 December 2026\n\n"
                        + "The port of Kelby was closed early on Saturday after a tank of ammonia leaked at the Eastquay"
                        + " terminal, the coastguard said.\n\nForty-one people were treated in hospital, Kelby General"
                        + " Hospital said.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), List.of());
        assertThat(beside.status()).as(beside.toString()).isEqualTo(201);
        assertThat(beside.json().get("articles")).hasSize(2);
        assertThat(beside.json().get("warnings").toString()).doesNotContain("flash.txt");
    }

    @Test
    void unknownRoutesAndIdsAnswerJson() {
        Http.Reply missing = http.get("/api/briefs/does-not-exist");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        assertThat(http.get("/api/nothing-here").json().get("status").asInt()).isEqualTo(404);
        assertThat(http.get("/api/briefs?limit=0").status()).isEqualTo(400);
        assertThat(http.get("/api/briefs?offset=-1").status()).isEqualTo(400);
        assertThat(http.get("/api/briefs?limit=abc").json().get("error").asText()).contains("limit");
    }

    /** Every kind of answer follows the OpenAPI component that describes it (closed shapes: no field more or less). */
    @Test
    void answersFollowTheirOpenApiComponents() {
        Http.Reply created = http.postJson("/api/briefs", Map.of("articles", TestFiles.millbrookAsJson(), "words", 80));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(OpenApi.violations("StoredBriefing", created.json())).isEmpty();
        String id = created.json().get("id").asText();
        assertThat(OpenApi.violations("StoredBriefing", http.get("/api/briefs/" + id).json())).isEmpty();
        assertThat(OpenApi.violations("BriefPage", http.get("/api/briefs?q=bridge").json())).isEmpty();
        assertThat(OpenApi.violations("Health", http.get("/health").json())).isEmpty();
        assertThat(OpenApi.violations("Error", http.get("/api/briefs/no-such-brief").json())).isEmpty();
        assertThat(OpenApi.violations("Error", http.postJson("/api/briefs", Map.of("articles", List.of())).json())).isEmpty();
    }

    @Test
    void healthAndOpenApiDescribeTheServer() {
        JsonNode health = http.get("/health").json();
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("tokenRequired").asBoolean()).isFalse();
        assertThat(health.get("limits").get("maxArticles").asInt()).isEqualTo(50);
        JsonNode api = http.get("/openapi.json").json();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").has("/api/briefs")).isTrue();
        assertThat(api.get("paths").get("/api/briefs").has("post")).isTrue();
        assertThat(api.get("paths").get("/api/briefs").has("get")).isTrue();
        assertThat(api.get("paths").get("/api/briefs/{id}").has("get")).isTrue();
        assertThat(api.get("paths").get("/api/briefs/{id}").has("delete")).isTrue();
        assertThat(api.get("paths").has("/health")).isTrue();
    }

    @Test
    void thePageIsServedWithAStrictContentPolicyAndNeverParsesText() {
        Http.Reply page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.body()).contains("/app.js");
        String js = http.get("/app.js").body();
        assertThat(js).contains("textContent")
                .doesNotContain("innerHTML").doesNotContain("outerHTML")
                .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(");
        assertThat(http.get("/style.css").status()).isEqualTo(200);
    }

    @Test
    void requestsFromOtherSitesOrHostsAreRefused() throws Exception {
        Http.Reply foreign = http.send(http.request("/api/briefs").header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"articles\":[{\"text\":\"x\"}]}")).build());
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("error").asText()).contains("another site");
        Http.Reply own = http.send(http.request("/api/briefs").header("Origin", "http://127.0.0.1:" + server.port()).GET().build());
        assertThat(own.status()).isEqualTo(200);
        assertThat(RawHttp.status(server.port(), "GET /api/briefs HTTP/1.1\r\nHost: rebound.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n")).isEqualTo(403);
        assertThat(RawHttp.status(server.port(), "GET /api/briefs HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\nConnection: close\r\n\r\n")).isEqualTo(200);
    }
}
