package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybrief.Storybrief;
import dev.storybrief.fetch.Validators;
import dev.storybrief.ingest.InputReader;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.render.JsonRenderer;
import dev.storybrief.server.desk.DeskArticle;
import dev.storybrief.server.desk.DeskStore;
import dev.storybrief.server.desk.StoryTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front page of stories and the story page in headless Chromium: cards with their new marks, search and paging;
 * every section of a story; the timeline by keyboard; a phone-width window; and axe-core's accessibility check
 * (no serious or critical violation). Screenshots of both widths go to {@code target/screenshots/}.
 */
class StoryPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;
    static StorybriefServer server;
    static ChromeDriver browser;
    static Path profile;
    static JsonNode story;
    static String briefId;

    @BeforeAll
    static void start() throws Exception {
        seedDesk(data);
        server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0));
        Http http = new Http(server.uri());
        Http.Reply created = http.postJson("/api/briefs", Map.of("articles", TestFiles.millbrookAsJson(), "words", 80));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        briefId = created.json().get("id").asText();
        story = http.get("/api/stories/story-1").json();
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

    @AfterEach
    void desktopAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void frontPageShowsStoriesAndBriefingsAsCardsWithNewMarksSearchAndPaging() throws Exception {
        open("stories?per=1", "front");
        // A reader who never opened a story here (other tests share the browser).
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        open("stories?per=1", "front");
        assertThat(cards()).hasSize(1);
        assertThat(byId("front-status").getText()).isEqualTo("2 stories, 1 shown");
        byId("more").click();
        wait(d -> cards().size() == 2);
        assertThat(byId("more").isDisplayed()).isFalse();
        // Most recently updated first: the briefing made just now, then the live story of March.
        assertThat(cards().get(0).getDomAttribute("data-key")).isEqualTo("brief:" + briefId);
        WebElement card = cards().get(1);
        assertThat(card.getDomAttribute("data-key")).isEqualTo("story:story-1");
        JsonNode listed = new Http(server.uri()).get("/api/stories").json().get("stories").get(0);
        assertThat(card.findElement(By.cssSelector(".gist")).getText()).isEqualTo(listed.get("gist").asText());
        assertThat(card.findElement(By.cssSelector("h2 a")).getText()).isEqualTo(story.get("headline").asText());
        assertThat(card.findElement(By.cssSelector(".facts")).getText())
                .contains(story.get("size").asInt() + " articles",
                        story.get("outlets").size() + (story.get("outlets").size() == 1 ? " outlet" : " outlets"));
        assertThat(card.findElements(By.cssSelector(".outlet-text"))).hasSize(story.get("outlets").size());
        assertThat(badges()).containsExactly("new", "new");
        JsonNode briefListed = new Http(server.uri()).get("/api/briefs").json().get("briefs").get(0);
        assertThat(cards().get(0).findElement(By.cssSelector(".facts")).getText())
                .contains(briefListed.get("outlets").size() + " outlets", "briefed here");
        assertThat(cards().get(0).findElements(By.cssSelector(".outlet-text"))).hasSize(briefListed.get("outlets").size());

        card.findElement(By.cssSelector("h2 a")).click();
        waitReady("story");
        assertThat(byId("story-headline").getText()).isEqualTo(story.get("headline").asText());
        byId("back").click();
        waitReady("front");
        assertThat(badges()).as("the opened story is no longer new; the other still is").containsExactly("new");
        assertThat(cards().get(0).findElements(By.cssSelector(".badge"))).hasSize(1);
        axeFinds("front page");

        byId("mark-seen").click();
        assertThat(badges()).isEmpty();
        browser.navigate().refresh();
        waitReady("front");
        assertThat(badges()).as("seen marks are kept in the browser").isEmpty();
        byId("q").sendKeys("zebracornish");
        wait(ExpectedConditions.textToBe(By.id("front-status"), "No story matches."));
        assertThat(cards()).isEmpty();
        byId("q").clear();
        byId("q").sendKeys(story.get("headline").asText().split("\\s+")[0]);
        // Both the live story and the briefing made of the same articles match; a page of one shows the newer.
        wait(ExpectedConditions.textToBe(By.id("front-status"), "2 stories match, 1 shown"));
        assertThat(cards().get(0).getDomAttribute("data-key")).isEqualTo("brief:" + briefId);
        open("stories", "front");
        assertThat(cards()).hasSize(2);
        screenshot("front-desktop.png");
    }

    @Test
    void storyPageDrawsEverySection() {
        open("stories#/story/story-1", "story");
        JsonNode briefing = story.get("briefing");
        for (String section : List.of("sv-summary", "sv-timeline", "sv-coverage", "sv-disagreements", "sv-quotes",
                "sv-entities", "sv-unique", "sv-articles")) {
            assertThat(byId(section).isDisplayed()).as(section).isTrue();
        }
        Map<String, String> outletOf = new HashMap<>();
        briefing.get("articles").forEach(a -> outletOf.put(a.get("id").asText(), a.get("outlet").asText()));

        List<WebElement> sentences = browser.findElements(By.cssSelector("#sv-summary .sentence"));
        assertThat(sentences).hasSize(briefing.get("summary").size());
        for (int i = 0; i < sentences.size(); i++) {
            JsonNode item = briefing.get("summary").get(i);
            assertThat(sentences.get(i).findElement(By.cssSelector(".sentence-link")).getText()).isEqualTo(item.get("text").asText());
            List<String> labels = sentences.get(i).findElements(By.cssSelector(".outlet-name")).stream().map(WebElement::getText).toList();
            assertThat(labels.get(0)).as("the quoted outlet comes first").isEqualTo(outletOf.get(item.get("source").asText()));
            Set<String> expected = new HashSet<>();
            expected.add(outletOf.get(item.get("source").asText()));
            item.get("support").forEach(s -> expected.add(outletOf.get(s.asText())));
            assertThat(labels).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(browser.findElements(By.cssSelector("#sv-summary li.new .badge")))
                .hasSize(story.get("new").get("summary").size());
        // One colour per outlet, the same in every section.
        Map<String, Set<String>> colours = new HashMap<>();
        for (WebElement label : browser.findElements(By.cssSelector(".outlet"))) {
            colours.computeIfAbsent(label.findElement(By.cssSelector(".outlet-name")).getDomProperty("textContent"), k -> new HashSet<>())
                    .add(label.findElement(By.cssSelector(".swatch")).getCssValue("background-color"));
        }
        assertThat(colours).hasSize(new HashSet<>(outletOf.values()).size());
        assertThat(colours.values()).allMatch(c -> c.size() == 1);
        assertThat(colours.values().stream().map(c -> c.iterator().next()).distinct()).hasSize(colours.size());

        JsonNode timeline = briefing.get("timeline");
        assertThat(browser.findElements(By.cssSelector("#sv-timeline svg g.ev"))).hasSize(timeline.size());
        long later = 0;
        for (JsonNode t : timeline) {
            later += t.get("later").asBoolean() ? 1 : 0;
        }
        assertThat(browser.findElements(By.cssSelector("#sv-timeline g.ev.part-followup"))).hasSize((int) later);
        assertThat(browser.findElements(By.cssSelector("#sv-timeline g.ev.part-background")))
                .as("events years before the story are background").isNotEmpty();
        List<WebElement> drawn = browser.findElements(By.cssSelector("#sv-timeline g.ev"));
        List<WebElement> listed = browser.findElements(By.cssSelector("#sv-timeline .timeline-list li"));
        assertThat(listed).hasSize(drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            String text = listed.get(i).findElement(By.cssSelector(".event-text")).getDomProperty("textContent");
            assertThat(drawn.get(i).getDomAttribute("aria-label")).as("the list reads in the chart's order").contains(text);
        }

        assertThat(browser.findElements(By.cssSelector("#sv-coverage tbody tr:not(.group-row)")))
                .hasSize(briefing.get("summary").size() + timeline.size());
        assertThat(browser.findElements(By.cssSelector("#sv-coverage thead th.outlet-col"))).hasSize(colours.size());
        WebElement firstRow = browser.findElement(By.cssSelector("#sv-coverage tbody tr:not(.group-row)"));
        int reporting = new HashSet<>(labelsOf(sentences.get(0))).size();
        assertThat(firstRow.findElements(By.cssSelector("td.quoted, td.says"))).hasSize(reporting);

        int single = 0;
        for (JsonNode item : iterable(briefing.get("summary"), timeline)) {
            Set<String> says = new HashSet<>();
            says.add(outletOf.get(item.get("source").asText()));
            item.path("support").forEach(x -> says.add(outletOf.get(x.asText())));
            item.path("sources").forEach(x -> says.add(outletOf.get(x.asText())));
            single += says.size() == 1 ? 1 : 0;
        }
        assertThat(browser.findElements(By.cssSelector("#sv-coverage .count-text.only-one"))).hasSize(single);
        assertThat(byId("sv-coverage").findElement(By.cssSelector(".coverage-sum")).getText()).endsWith(single + " by one outlet only.");

        JsonNode disagreement = briefing.get("disagreements").get(0);
        List<WebElement> claims = browser.findElements(By.cssSelector("#sv-disagreements .disagreement"))
                .get(0).findElements(By.cssSelector(".claim-card"));
        assertThat(claims).hasSize(disagreement.get("claims").size());
        for (int i = 0; i < claims.size(); i++) {
            JsonNode claim = disagreement.get("claims").get(i);
            assertThat(claims.get(i).findElement(By.cssSelector(".outlet-name")).getText()).isEqualTo(outletOf.get(claim.get("source").asText()));
            assertThat(claims.get(i).findElement(By.cssSelector(".figure")).getText()).isEqualTo(claim.get("statement").asText());
            assertThat(claims.get(i).findElement(By.cssSelector("mark.figure-mark")).getText()).isEqualTo(claim.get("statement").asText());
        }

        Set<String> speakers = new java.util.LinkedHashSet<>();
        briefing.get("quotes").forEach(q -> speakers.add(q.get("speaker").isNull() ? "Unattributed" : q.get("speaker").asText()));
        assertThat(browser.findElements(By.cssSelector("#sv-quotes .speaker h3")).stream().map(WebElement::getText))
                .containsExactlyElementsOf(speakers);
        assertThat(browser.findElements(By.cssSelector("#sv-quotes q"))).hasSize(briefing.get("quotes").size());

        // An entity chip highlights its name and spellings wherever they appear; pressed again, it clears them.
        JsonNode entity = briefing.get("entities").get(0);
        Set<String> names = new HashSet<>();
        names.add(entity.get("name").asText().toLowerCase(Locale.ROOT));
        entity.get("aliases").forEach(a -> names.add(a.asText().toLowerCase(Locale.ROOT)));
        WebElement chip = browser.findElements(By.cssSelector("#sv-entities .entity-chip")).get(0);
        chip.click();
        assertThat(chip.getDomAttribute("aria-pressed")).isEqualTo("true");
        List<WebElement> marks = browser.findElements(By.cssSelector("mark.hl"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).allMatch(m -> names.contains(m.getDomProperty("textContent").toLowerCase(Locale.ROOT)));
        chip.click();
        assertThat(browser.findElements(By.cssSelector("mark.hl"))).isEmpty();

        // A sentence opens its article with the whole source sentence highlighted.
        JsonNode second = briefing.get("summary").get(1);
        sentences.get(1).findElement(By.cssSelector(".sentence-link")).click();
        WebElement mark = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sv-reader mark.sentence-mark")));
        assertThat(mark.getText()).isEqualTo(second.get("sentence").asText());
        assertThat(mark.findElement(By.xpath("..")).getDomAttribute("data-paragraph")).isEqualTo(second.get("paragraph").asText());
        axeFinds("story page with the reader open");
        screenshot("story-desktop-reading.png");
        browser.findElement(By.cssSelector("#sv-reader .close")).click();
        assertThat(byId("sv-reader").isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement().getText()).as("focus goes back to the sentence").isEqualTo(second.get("text").asText());
        axeFinds("story page");
        screenshot("story-desktop.png");
        screenshot("story-desktop-top.png", 1500);
    }

    @Test
    void timelineIsReachedAndWalkedByKeyboard() {
        open("stories#/story/story-1", "story");
        JsonNode timeline = story.get("briefing").get("timeline");
        List<WebElement> links = browser.findElements(By.cssSelector("#sv-summary .sentence-link"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", links.get(links.size() - 1));
        // Past the last summary sentence's outlet labels (text, not stops), the next tab stop is the timeline.
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getDomAttribute("class")).contains("ev");
        assertThat(detailText()).isEqualTo(timeline.get(0).get("text").asText());
        assertThat(first.getDomAttribute("aria-label")).contains(timeline.get(0).get("text").asText());

        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        WebElement second = browser.switchTo().activeElement();
        assertThat(second.getDomAttribute("data-index")).isEqualTo("1");
        assertThat(detailText()).isEqualTo(timeline.get(1).get("text").asText());
        new Actions(browser).sendKeys(Keys.END).perform();
        assertThat(browser.switchTo().activeElement().getDomAttribute("data-index")).isEqualTo(String.valueOf(timeline.size() - 1));
        JsonNode last = timeline.get(timeline.size() - 1);
        assertThat(detailText()).isEqualTo(last.get("text").asText());
        // Only one mark is a tab stop (roving tabindex): tabbing on leaves the timeline.
        assertThat(browser.findElements(By.cssSelector("g.ev[tabindex='0']"))).hasSize(1);

        // Hovering shows an event just as focus does.
        List<WebElement> marks = browser.findElements(By.cssSelector("#sv-timeline g.ev"));
        WebElement hovered = marks.get(2);
        new Actions(browser).moveToElement(hovered).perform();
        wait(d -> hovered.getDomAttribute("class").contains("current"));
        assertThat(detailText()).isNotEqualTo(last.get("text").asText());
        assertThat(hovered.getDomAttribute("aria-label")).contains(detailText());
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement mark = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sv-reader mark.sentence-mark")));
        assertThat(mark.getText()).contains(last.get("text").asText());
        String title = null;
        for (JsonNode a : story.get("briefing").get("articles")) {
            if (a.get("id").asText().equals(last.get("source").asText())) {
                title = a.get("title").asText();
            }
        }
        assertThat(byId("sv-reader-title").getText()).isEqualTo(title);
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertThat(byId("sv-reader").isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement().getDomAttribute("data-index"))
                .as("focus returns to the event that opened the article").isEqualTo(String.valueOf(timeline.size() - 1));
    }

    @Test
    void phoneWidthHasNoSidewaysScrollAndPassesTheAccessibilityCheck() {
        browser.manage().window().setSize(new Dimension(375, 812));
        open("stories", "front");
        assertThat(sideways()).as("front page wider than the window: " + overflowing()).isLessThanOrEqualTo(0);
        axeFinds("front page at 375 px");
        screenshot("front-phone.png");

        open("stories#/story/story-1", "story");
        long inner = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat(inner).isLessThanOrEqualTo(400);
        assertThat(sideways()).as("story page wider than the window: " + overflowing()).isLessThanOrEqualTo(0);
        WebElement svg = browser.findElement(By.cssSelector("#sv-timeline svg"));
        assertThat(svg.getRect().getWidth()).isLessThanOrEqualTo((int) inner);
        assertThat(browser.findElements(By.cssSelector("#sv-timeline g.ev"))).hasSize(story.get("briefing").get("timeline").size());
        assertThat(browser.findElement(By.cssSelector("#sv-coverage .table-scroll")).getRect().getWidth()).isLessThanOrEqualTo((int) inner);
        axeFinds("story page at 375 px");
        screenshot("story-phone.png");
        // Page weight for docs/BENCHMARKS.md (printed, not asserted): every request the story page made, as sent.
        System.out.println("story page weight: " + ((JavascriptExecutor) browser).executeScript(
                "const n = performance.getEntriesByType('navigation')[0];"
                + "const all = [n].concat(performance.getEntriesByType('resource'));"
                + "return all.map(e => e.name.replace(location.origin, '') + ' ' + e.transferSize + '/' + e.decodedBodySize).join(', ')"
                + " + ' | total sent ' + all.reduce((a, e) => a + e.transferSize, 0) + ' B, decoded ' + all.reduce((a, e) => a + e.decodedBodySize, 0) + ' B, '"
                + " + all.length + ' requests'"));
    }

    @Test
    void theBriefingPagePassesTheAccessibilityCheckToo() {
        browser.get(server.uri() + "#brief=" + briefId);
        wait(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#summary .sentence-link"), 0));
        assertThat(byId("story-page-link").getDomAttribute("href")).isEqualTo("/stories#/brief/" + briefId);
        axeFinds("briefing page");
        byId("story-page-link").click();
        waitReady("story");
        assertThat(browser.findElements(By.cssSelector("#sv-summary .sentence"))).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBriefingWithEventPartsAndMarkupInItsTextIsDrawnAsTextWithItsParts() {
        open("stories", "front");
        String attack = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";
        Object result = ((JavascriptExecutor) browser).executeScript("const attack = arguments[0];"
                + "const box = document.createElement('div'); box.id = 'probe'; document.body.append(box);"
                + "const para = 'The bridge ' + attack + ' closed on Tuesday. Old works from 2020 ' + attack + ' ended.';"
                + "const a = (id, outlet) => ({ id, title: '<b>Title</b> ' + attack, outlet: '<i>' + outlet + '</i>', author: null,"
                + "  published: '2026-03-11', later: false, paragraphs: [para], futureField: { x: 1 } });"
                + "const b = { headline: 'h', articles: [a('a1', 'One'), a('a2', 'Two')],"
                + " summary: [{ text: 'The bridge ' + attack + ' closed on Tuesday.', source: 'a1', support: ['a2'], trimmed: false }],"
                + " timeline: ["
                + "  { date: '2020', text: 'Old works from 2020 ' + attack + ' ended.', source: 'a1', sources: ['a1'], part: 'BACKGROUND', later: false },"
                + "  { date: '2025-12-01', text: 'The bridge ' + attack + ' closed on Tuesday.', sources: ['a1', 'a2'], part: 'STORY', later: false },"
                + "  { date: '2026-09', text: 'Reopened.', sources: ['a2'], part: 'FOLLOW_UP', later: false, confidence: 0.5 },"
                + "  { date: 'sometime', text: 'not a date', sources: ['a2'] }],"
                + " quotes: [{ speaker: '<u>Mayor</u> ' + attack, role: null, text: 'closed on Tuesday', source: 'a1', partial: false }],"
                + " entities: [{ name: 'Tuesday', type: 'PLACE', aliases: [], mentions: { a1: 2 } }],"
                + " disagreements: [{ topic: '<b>count</b>', kind: 'number', claims: ["
                + "  { text: 'The bridge ' + attack + ' closed on Tuesday.', source: 'a1', statement: attack },"
                + "  { text: 'Reopened.', source: 'a2', statement: '3 days' }] }],"
                + " unique: [], warnings: [attack], futureSection: [{ text: attack }] };"
                + "window.StoryView.render(box, b, {});"
                + "return [...box.querySelectorAll('g.ev')].map(g => g.getAttribute('class') + ' ' + g.getAttribute('aria-label').slice(0, 12));",
                attack);
        assertThat((List<String>) result).as("events by their part; an event without a date is left out")
                .containsExactly("ev part-background 2020, backgr", "ev part-story 1 Dec 2025, ",
                        "ev part-followup Sep 2026, fo");
        WebElement probe = byId("probe");
        assertThat(((JavascriptExecutor) browser).executeScript("return (document.querySelector('#probe #sv-notes')"
                + ".compareDocumentPosition(document.querySelector('#probe #sv-summary')) & 4) !== 0;"))
                .as("the notes stand above the summary they warn about").isEqualTo(true);
        assertThat(probe.findElements(By.cssSelector("img, script, b, i, u"))).as("elements made from briefing text").isEmpty();
        assertThat(probe.getText()).contains("<script>window.pwned=2</script>", "<u>Mayor</u>");
        probe.findElement(By.cssSelector("#sv-summary .sentence-link")).click();
        WebElement mark = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#probe mark.sentence-mark")));
        assertThat(mark.getText()).startsWith("The bridge <img");
        assertThat(probe.findElements(By.cssSelector("img, script, b, i, u"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static List<JsonNode> iterable(JsonNode... arrays) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode array : arrays) {
            array.forEach(all::add);
        }
        return all;
    }

    private static List<String> labelsOf(WebElement sentence) {
        return sentence.findElements(By.cssSelector(".outlet-name")).stream().map(WebElement::getText).toList();
    }

    private long sideways() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    }

    /** The outermost elements that reach past the window's right edge, to say what made the page too wide. */
    private Object overflowing() {
        return ((JavascriptExecutor) browser).executeScript("const w = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('body, body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                + " && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1))"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
    }

    private String detailText() {
        return byId("sv-timeline-detail").findElement(By.cssSelector(".detail-text")).getText();
    }

    private void open(String path, String ready) {
        browser.get(server.uri() + path);
        waitReady(ready);
    }

    private void waitReady(String ready) {
        wait(d -> ready.equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private <T> T wait(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private List<WebElement> cards() {
        return browser.findElements(By.cssSelector("#story-list li.card"));
    }

    private List<String> badges() {
        return browser.findElements(By.cssSelector("#story-list .badge")).stream().map(b -> b.getDomProperty("textContent")).toList();
    }

    /** Runs axe-core in the page and fails on any serious or critical violation, naming rule and elements. */
    @SuppressWarnings("unchecked")
    private void axeFinds(String what) {
        JavascriptExecutor js = browser;
        js.executeScript(axeSource());
        List<Object> result = (List<Object>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(r => done([r.passes.length, r.violations"
                // heading-order (moderate) too: a screen reader's outline of the story page skipped a level
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))]))"
                + ".catch(e => done([0, ['axe did not run: ' + e]]));");
        assertThat(((Number) result.get(0)).intValue()).as("rules axe-core checked and passed on the " + what).isGreaterThan(10);
        assertThat((List<String>) result.get(1)).as("axe-core on the " + what).isEmpty();
    }

    private static String axeSource() {
        try (InputStream in = StoryPageTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page (up to 4000 px tall, or maxHeight) as a PNG under target/screenshots, for a reviewer to look at. */
    @SuppressWarnings("unchecked")
    private void screenshot(String name) {
        screenshot(name, 4000);
    }

    @SuppressWarnings("unchecked")
    private void screenshot(String name, int maxHeight) {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(maxHeight, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data folder with one live story of the example's articles, briefed twice (so some items are new). */
    private static void seedDesk(Path folder) throws Exception {
        List<RawDocument> docs = new InputReader().read(List.of(TestFiles.millbrook())).documents();
        Instant t0 = Instant.parse("2026-03-13T10:00:00Z");
        try (DeskStore store = DeskStore.open(folder)) {
            List<DeskArticle> stored = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                stored.add(store.articles().store("https://news.example/" + i, "https://news.example/feed.xml",
                        "https://news.example/" + i, docs.get(i), t0.plusSeconds(i)).orElseThrow());
            }
            store.articles().feedPolled("https://news.example/feed.xml", "Example News", new Validators("\"v1\"", null),
                    false, t0);
            brief(store, stored.subList(0, 2), t0.plusSeconds(60));
            brief(store, stored, t0.plusSeconds(120));
        }
    }

    private static void brief(DeskStore store, List<DeskArticle> articles, Instant when) throws Exception {
        store.stories().assign(articles.stream().map(a -> new StoryTable.Assignment(a.seq(), "story-1", null)).toList(), when);
        StoryTable.Stale stale = store.stories().stale().get(0);
        var briefing = Storybrief.builder().build().briefDocuments("story-1",
                articles.stream().map(DeskArticle::document).toList(), List.of());
        store.stories().briefed("story-1", stale.version(), null,
                JSON.writeValueAsString(JsonRenderer.toMap(briefing, false)), articles.size(), when);
    }
}
