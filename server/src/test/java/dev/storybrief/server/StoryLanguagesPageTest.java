package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.ingest.MetaKey;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.server.desk.DeskArticle;
import dev.storybrief.server.desk.DeskStore;
import dev.storybrief.server.desk.StoryTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * qa26 #25: the front page and the story page of stories in right-to-left languages (Arabic, Hebrew) and in Japanese
 * and German, in headless Chromium. A right-to-left story's summary list, timeline rows, quotes and card gist lay out
 * right to left with its language named, Latin outlet names and the page's dates isolated left to right inside them;
 * every story's blocks carry its language; dates are written "10 Mar 2026" or ISO, never the American "3/10/2026";
 * axe-core finds no serious or critical violation. Made-up stories: four briefings written for this test as the
 * desk stores them (each with every section the page draws), over made-up articles.
 */
class StoryLanguagesPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An American date: month first, slashed. */
    private static final String US_DATE = "\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b";

    @TempDir
    static Path data;
    static StorybriefServer server;
    static ChromeDriver browser;
    static Path profile;

    /** A made-up story in one language: outlets (one Latin-named), headline, and sentences of its own. */
    private record Made(String id, String language, String headline, List<String> outlets, List<String> sentences,
                        String speaker, String quote) {
    }

    private static final List<Made> STORIES = List.of(
            new Made("story-ar", "ar", "إغلاق الجسر القديم في وادي النور بعد ارتفاع المياه",
                    List.of("الأهرام اليوم", "Reuters"),
                    List.of("أعلنت السلطات المحلية في مدينة وادي النور إغلاق الجسر القديم يوم الثلاثاء بعد ارتفاع منسوب المياه.",
                            "قال رئيس البلدية سامي حداد إن فرق الإنقاذ أجلت 120 عائلة من الأحياء المنخفضة.",
                            "وتوقعت هيئة الأرصاد أن تستمر الأمطار حتى نهاية الأسبوع."),
                    "سامي حداد", "لن نترك أي عائلة بلا مأوى"),
            new Made("story-he", "he", "הגשר הישן בנווה ים נסגר לאחר עליית המים",
                    List.of("ידיעות הצפון", "Haaretz"),
                    List.of("עיריית נווה ים סגרה ביום שלישי את הגשר הישן לאחר שמפלס המים עלה.",
                            "ראש העירייה דנה לוי אמרה כי 80 משפחות פונו מבתיהן.",
                            "השירות המטאורולוגי צופה כי הגשמים יימשכו עד סוף השבוע."),
                    "דנה לוי", "לא נשאיר אף משפחה בלי קורת גג"),
            new Made("story-ja", "ja", "海浜市、水位上昇で旧橋を閉鎖",
                    List.of("海浜新聞", "Kyodo"),
                    List.of("海浜市は火曜日、水位の上昇を受けて旧橋を閉鎖したと発表した。",
                            "山田太郎市長によると、低地の住民120世帯が避難した。",
                            "気象台は週末まで雨が続くと予想している。"),
                    "山田太郎", "一世帯も見捨てない"),
            new Made("story-de", "de", "Neuhafen sperrt die alte Brücke nach Hochwasser",
                    List.of("Neuhafener Anzeiger", "dpa"),
                    List.of("Die Stadt Neuhafen hat am Dienstag die alte Brücke gesperrt, nachdem der Pegel gestiegen war.",
                            "Bürgermeisterin Anna Weber sagte, 1.200 Menschen seien in Sicherheit gebracht worden.",
                            "Der Wetterdienst erwartet Regen bis zum Wochenende."),
                    "Anna Weber", "Wir lassen niemanden allein"));

    @BeforeAll
    static void start() throws Exception {
        seed(data);
        server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0));
        profile = HeadlessChromium.freshProfile();
        browser = HeadlessChromium.start(profile);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        ArticleAssembler.deleteQuietly(profile);
    }

    @Test
    void cardsGiveTheirGistTheStorysLanguageAndDirection() {
        open("stories", "front");
        Map<String, String> expected = Map.of("story-ar", "ar rtl", "story-he", "he rtl", "story-ja", "ja ltr",
                "story-de", "de ltr");
        expected.forEach((id, langDir) -> {
            WebElement card = browser.findElement(By.cssSelector("li.card[data-key='story:" + id + "']"));
            WebElement gist = card.findElement(By.cssSelector(".gist"));
            assertThat(gist.getDomAttribute("lang") + " " + direction(gist)).as(id + " gist").isEqualTo(langDir);
            WebElement headline = card.findElement(By.cssSelector("h2 a"));
            assertThat(headline.getDomAttribute("lang") + " " + direction(headline)).as(id + " headline").isEqualTo(langDir);
            assertThat(card.getText()).doesNotContainPattern(US_DATE);
        });
        WebElement arabic = browser.findElement(By.cssSelector("li.card[data-key='story:story-ar'] .gist"));
        // the gist's first letter (its right end) stands at the card's right edge: right to left, not just marked so
        List<Number> edges = textEdges(arabic);
        assertThat(edges.get(1).doubleValue()).isGreaterThan(edges.get(0).doubleValue());
        axeFinds("front page");
    }

    @Test
    void aRightToLeftStoryLaysItsListsRowsAndQuotesOutRightToLeft() {
        for (Made story : STORIES.subList(0, 2)) {
            open("stories#/story/" + story.id(), "story");
            String what = story.language() + " story";
            WebElement headline = browser.findElement(By.id("story-headline"));
            assertThat(headline.getDomAttribute("lang")).as(what).isEqualTo(story.language());
            assertThat(direction(headline)).as(what).isEqualTo("rtl");

            WebElement list = browser.findElement(By.cssSelector("#sv-summary ol.sv-sentences"));
            assertThat(direction(list)).as(what + " summary list").isEqualTo("rtl");
            assertThat(list.getDomAttribute("lang")).isEqualTo(story.language());
            List<WebElement> sentences = list.findElements(By.cssSelector("li.sentence"));
            assertThat(sentences).hasSize(story.sentences().size());
            for (WebElement li : sentences) {
                assertThat(direction(li)).as(what + " summary item").isEqualTo("rtl");
                // numbered on the right: the item's text starts at its right, the list's padding is on that side
                assertThat(li.getRect().getX() + li.getRect().getWidth())
                        .isLessThan(list.getRect().getX() + list.getRect().getWidth());
                assertThat(li.getRect().getX()).isEqualTo(list.getRect().getX());
            }
            // a Latin outlet name is isolated in its Arabic or Hebrew row
            assertThat(list.findElements(By.cssSelector("bdi.outlet-name")).stream().map(WebElement::getText))
                    .contains(story.outlets().get(1));

            List<WebElement> rows = browser.findElements(By.cssSelector("#sv-timeline .timeline-list li"));
            assertThat(rows).hasSize(3);
            for (WebElement row : rows) {
                assertThat(direction(row)).as(what + " timeline row").isEqualTo("rtl");
                WebElement date = row.findElement(By.cssSelector("time"));
                assertThat(direction(date)).as("a date reads left to right inside the row").isEqualTo("ltr");
                assertThat(date.getDomProperty("textContent")).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}|[A-Z][a-z]{2} \\d{4}");
                assertThat(row.findElement(By.cssSelector(".part-tag")).getDomAttribute("lang")).isEqualTo("en");
            }
            for (WebElement quote : browser.findElements(By.cssSelector("#sv-quotes q"))) {
                assertThat(direction(quote)).as(what + " quote").isEqualTo("rtl");
                assertThat(quote.getDomAttribute("lang")).isEqualTo(story.language());
            }
            assertThat(direction(browser.findElement(By.cssSelector("#sv-quotes .quote-list li")))).isEqualTo("rtl");
            assertThat(direction(browser.findElement(By.cssSelector("#sv-disagreements .claim-text")))).isEqualTo("rtl");
            assertThat(direction(browser.findElement(By.cssSelector("#sv-articles ul")))).isEqualTo("rtl");
            assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContainPattern(US_DATE);
            // the page's own frame stays English, left to right
            assertThat(direction(browser.findElement(By.cssSelector("#sv-summary h2")))).isEqualTo("ltr");
            axeFinds(what + " page");

            browser.findElements(By.cssSelector("#sv-summary .sentence-link")).get(1).click();
            WebElement body = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sv-reader .reader-body")));
            assertThat(direction(body)).as(what + " reader").isEqualTo("rtl");
            assertThat(direction(browser.findElement(By.cssSelector("#sv-reader .reader-body p")))).isEqualTo("rtl");
            axeFinds(what + " page with the reader open");
        }
    }

    @Test
    void japaneseAndGermanStoriesNameTheirLanguageAndWriteDatesTheSameWay() {
        for (Made story : STORIES.subList(2, 4)) {
            open("stories#/story/" + story.id(), "story");
            String what = story.language() + " story";
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            assertThat(browser.findElement(By.id("story-headline")).getDomAttribute("lang")).isEqualTo(story.language());
            for (String css : List.of("#sv-summary ol.sv-sentences", "#sv-summary .sentence-link", "#sv-timeline .event-text",
                    "#sv-quotes q", "#sv-disagreements .claim-text", "#sv-articles ul", "#sv-unique .sentence-link")) {
                List<WebElement> found = browser.findElements(By.cssSelector(css));
                assertThat(found).as(what + " " + css).isNotEmpty();
                found.forEach(e -> assertThat(e.getDomAttribute("lang")).as(what + " " + css).isEqualTo(story.language()));
                found.forEach(e -> assertThat(direction(e)).as(what + " " + css).isEqualTo("ltr"));
            }
            // the page's labels inside the story's lists are English, and said so
            browser.findElements(By.cssSelector("#sv-timeline .part-tag, #sv-articles .external"))
                    .forEach(e -> assertThat(e.getDomAttribute("lang")).isEqualTo("en"));
            List<String> dates = browser.findElements(By.cssSelector("#story time")).stream()
                    .map(e -> e.getDomProperty("textContent")).toList();
            assertThat(dates).isNotEmpty().allMatch(d -> d.matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}|[A-Z][a-z]{2} \\d{4}"));
            assertThat(browser.findElement(By.id("story-meta")).getText()).contains("10 Mar 2026 – 12 Mar 2026")
                    .containsPattern("updated \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
            // figures in the story's text stay as the story writes them
            assertThat(browser.findElement(By.id("sv-summary")).getText()).contains(story.sentences().get(1));
            assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContainPattern(US_DATE);
            axeFinds(what + " page");
        }
    }

    @Test
    void theBriefingPageWritesItsDatesAsTheStoryPageDoes() {
        Http http = new Http(server.uri());
        Http.Reply created = http.postJson("/api/briefs", Map.of("articles", TestFiles.millbrookAsJson(), "words", 60));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        browser.get(server.uri() + "#brief=" + id);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#summary .sentence-link"), 0));
        assertThat(browser.findElement(By.id("result-meta")).getText())
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC").doesNotContainPattern(US_DATE);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContainPattern(US_DATE);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static String direction(WebElement e) {
        return (String) browser.executeScript("return getComputedStyle(arguments[0]).direction", e);
    }

    /** The left and right ends of an element's first line of text, in px. */
    @SuppressWarnings("unchecked")
    private static List<Number> textEdges(WebElement e) {
        return (List<Number>) browser.executeScript("const r = document.createRange();"
                + "r.setStart(arguments[0].firstChild, 0); r.setEnd(arguments[0].firstChild, 1);"
                + "const first = r.getBoundingClientRect(); const box = arguments[0].getBoundingClientRect();"
                + "return [box.left + box.width / 2, first.left];", e);
    }

    private static void open(String path, String ready) {
        browser.get(server.uri() + path);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> ready.equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** Runs axe-core in the page and fails on any serious or critical violation, naming rule and elements. */
    @SuppressWarnings("unchecked")
    private static void axeFinds(String what) {
        JavascriptExecutor js = browser;
        js.executeScript(axeSource());
        List<Object> result = (List<Object>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(r => done([r.passes.length, r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))]))"
                + ".catch(e => done([0, ['axe did not run: ' + e]]));");
        assertThat(((Number) result.get(0)).intValue()).as("rules axe-core checked and passed on the " + what).isGreaterThan(10);
        assertThat((List<String>) result.get(1)).as("axe-core on the " + what).isEmpty();
    }

    private static String axeSource() {
        try (InputStream in = StoryLanguagesPageTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the made-up stories ------------------------------------------------------------------------------------

    private static void seed(Path folder) throws Exception {
        Instant t0 = Instant.parse("2026-03-13T10:00:00Z");
        try (DeskStore store = DeskStore.open(folder)) {
            int n = 0;
            for (Made story : STORIES) {
                List<DeskArticle> stored = new ArrayList<>();
                for (int i = 0; i < story.outlets().size(); i++) {
                    Map<MetaKey, String> meta = new LinkedHashMap<>();
                    meta.put(MetaKey.TITLE, story.headline());
                    meta.put(MetaKey.OUTLET, story.outlets().get(i));
                    meta.put(MetaKey.PUBLISHED, "2026-03-1" + (i == 0 ? 0 : 2));
                    String url = "https://news.example/" + story.id() + "/" + i;
                    RawDocument doc = new RawDocument(story.id() + i, null, SourceFormat.TEXT,
                            String.join("\n\n", story.sentences()), meta);
                    stored.add(store.articles().store(url, "https://news.example/feed.xml", url, doc,
                            t0.plusSeconds(n++)).orElseThrow());
                }
                Instant when = t0.plusSeconds(60 + n);
                store.stories().assign(stored.stream()
                        .map(a -> new StoryTable.Assignment(a.seq(), story.id(), null)).toList(), when);
                int version = store.stories().stale().stream().filter(s -> s.storyId().equals(story.id()))
                        .findFirst().orElseThrow().version();
                store.stories().briefed(story.id(), version, story.headline(),
                        JSON.writeValueAsString(briefing(story, stored)), stored.size(), when);
            }
        }
    }

    /** A briefing of the story as the desk stores one, every section the page draws filled from its sentences. */
    private static Map<String, Object> briefing(Made story, List<DeskArticle> articles) {
        String a = articles.get(0).id();
        String b = articles.get(1).id();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            listed.add(map("id", articles.get(i).id(), "title", story.headline(), "outlet", story.outlets().get(i),
                    "author", null, "published", i == 0 ? "2026-03-10" : "2026-03-12", "later", false,
                    "language", story.language(), "paragraphs", story.sentences()));
        }
        List<String> s = story.sentences();
        return map("headline", story.headline(), "language", story.language(), "articles", listed,
                "summary", List.of(map("text", s.get(0), "source", a, "support", List.of(b), "trimmed", false,
                                "sentence", s.get(0), "paragraph", 0, "start", 0, "end", s.get(0).length()),
                        map("text", s.get(1), "source", b, "support", List.of(), "trimmed", false,
                                "sentence", s.get(1), "paragraph", 1, "start", 0, "end", s.get(1).length()),
                        map("text", s.get(2), "source", a, "support", List.of(b), "trimmed", false,
                                "sentence", s.get(2), "paragraph", 2, "start", 0, "end", s.get(2).length())),
                "timeline", List.of(map("date", "2026-03-10", "text", s.get(0), "source", a, "sources", List.of(a, b),
                                "part", "STORY", "later", false),
                        map("date", "2026-03-11", "text", s.get(1), "source", b, "sources", List.of(b),
                                "part", "STORY", "later", false),
                        map("date", "2026-04", "text", s.get(2), "source", a, "sources", List.of(a),
                                "part", "FOLLOW_UP", "later", true)),
                "quotes", List.of(map("speaker", story.speaker(), "role", null, "text", story.quote(), "source", b,
                        "partial", false)),
                "entities", List.of(map("name", story.speaker(), "type", "PERSON", "aliases", List.of(),
                        "mentions", Map.of(b, 1))),
                "disagreements", List.of(map("topic", "Accounts differ", "kind", "NUMBER", "claims", List.of(
                        map("text", s.get(1), "source", b, "statement", null),
                        map("text", s.get(0), "source", a, "statement", null)))),
                "unique", List.of(map("text", s.get(1), "source", b)),
                "warnings", List.of());
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
