package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The real page in headless Chromium: add the example articles, brief them, click a sentence, see it in its source. */
class PageEndToEndTest {
    @TempDir
    static Path data;
    static StorybriefServer server;
    static ChromeDriver browser;
    static Path profile;
    WebDriverWait wait;

    @BeforeAll
    static void start() {
        server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0));
        profile = HeadlessChromium.freshProfile();
        browser = HeadlessChromium.start(profile);
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

    @BeforeEach
    void openPage() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(server.uri().toString());
        wait.until(d -> "yes".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /**
     * Waits for the answer to the briefing the page asked for (its status no longer "Briefing N articles…"): the
     * server answers by its own limits, so the page's condition is that answer, not a time a loaded machine overruns
     * (qa30: 30 s passed while a briefing was on its way at load 45). What the answer shows is then waited for as before.
     *
     * @return the status the answer left: empty for a briefing, else the error the page shows
     */
    private String awaitAnswer() {
        return new WebDriverWait(browser, Http.REPLY_GUARD).until(d -> {
            String status = d.findElement(By.id("status")).getText();
            return status.startsWith("Briefing ") ? null : status;
        });
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    @Test
    void briefTheExampleThenClickASentenceToSeeItHighlightedInItsArticle() {
        List<Path> files = TestFiles.millbrookArticles();
        // The first four as files (what a drop delivers), the fifth pasted as text.
        byId("files").sendKeys(files.subList(0, 4).stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", byId("paste"),
                TestFiles.read(files.get(4)));
        byId("add-paste").click();
        assertThat(browser.findElements(By.cssSelector("#staged li"))).hasSize(5);
        byId("brief").click();
        assertThat(awaitAnswer()).as("the page's status once the server answered").isEmpty();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#summary .sentence-link"), 2));
        String id = browser.getCurrentUrl().replaceAll(".*#brief=", "");
        JsonNode brief = new Http(server.uri()).get("/api/briefs/" + id).json();
        assertThat(byId("headline").getText()).isEqualTo(brief.get("headline").asText());
        assertThat(byId("story-page-link").getDomAttribute("href")).isEqualTo("/stories#/brief/" + id);
        List<WebElement> sentences = browser.findElements(By.cssSelector("#summary .sentence-link"));
        assertThat(sentences).hasSize(brief.get("summary").size());
        assertThat(browser.findElements(By.cssSelector("#summary .chip.source"))).hasSize(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            JsonNode item = brief.get("summary").get(i);
            assertThat(sentences.get(i).getText()).isEqualTo(item.get("text").asText());
            if (item.get("trimmed").asBoolean()) {
                assertThat(sentences.get(i).getDomAttribute("title")).isEqualTo("Trimmed from: " + item.get("sentence").asText());
            }
        }
        assertThat(brief.get("summary")).as("the example has weekdays to trim").anyMatch(s -> s.get("trimmed").asBoolean());
        assertThat(byId("disagreements-section").isDisplayed())
                .isEqualTo(brief.has("disagreements") && !brief.get("disagreements").isEmpty());
        assertThat(byId("timeline-section").isDisplayed()).isEqualTo(brief.has("timeline") && !brief.get("timeline").isEmpty());
        assertThat(brief.get("entities")).isNotEmpty();
        assertThat(byId("entities-section").isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#entities .entity strong")).get(0).getText())
                .isEqualTo(brief.get("entities").get(0).get("name").asText());

        JsonNode second = brief.get("summary").get(1);
        sentences.get(1).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reader mark")));
        assertThat(mark.getText()).as("the whole source sentence is highlighted").isEqualTo(second.get("sentence").asText());
        JsonNode source = article(brief, second.get("source").asText());
        assertThat(byId("reader-title").getText()).isEqualTo(source.get("title").asText());
        WebElement paragraph = mark.findElement(By.xpath(".."));
        assertThat(paragraph.getDomAttribute("data-paragraph")).isEqualTo(second.get("paragraph").asText());
        assertThat(paragraph.getText()).isEqualTo(source.get("paragraphs").get(second.get("paragraph").asInt()).asText());
        assertThat(browser.findElements(By.cssSelector("#reader mark"))).hasSize(1);

        // A disagreement's claims open their sentence in the source too (located by text: claims carry no offsets).
        if (brief.has("disagreements") && !brief.get("disagreements").isEmpty()) {
            JsonNode claim = brief.get("disagreements").get(0).get("claims").get(0);
            browser.findElements(By.cssSelector("#disagreements .claim-text")).get(0).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#reader mark"), claim.get("text").asText()));
            assertThat(byId("reader-title").getText()).isEqualTo(article(brief, claim.get("source").asText()).get("title").asText());
        }

        // The past-briefings list finds it by text, and not by nonsense.
        assertThat(byId("brief-list").getText()).contains(brief.get("headline").asText());
        byId("search").sendKeys("zebracornish");
        wait.until(ExpectedConditions.textToBe(By.id("history-count"), "No briefing matches."));
        byId("search").clear();
        byId("search").sendKeys("aldren");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("brief-list"), brief.get("headline").asText()));
    }

    @Test
    void wholeSentencesBoxKeepsTheSummaryVerbatim() {
        byId("files").sendKeys(TestFiles.millbrookArticles().stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
        byId("verbatim").click();
        byId("brief").click();
        assertThat(awaitAnswer()).as("the page's status once the server answered").isEmpty();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#summary .sentence-link"), 2));
        String id = browser.getCurrentUrl().replaceAll(".*#brief=", "");
        JsonNode brief = new Http(server.uri()).get("/api/briefs/" + id).json();
        assertThat(brief.get("summary")).isNotEmpty().noneMatch(s -> s.get("trimmed").asBoolean());
    }

    /**
     * A summary budget outside 1-2000 is said before anything is sent; a pasted line that is no article is refused in
     * a reader's words, with no file name or rule name; the notes stand above the summary they warn about.
     */
    @Test
    void theFormSaysInPlainWordsWhatIsWrong() {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", byId("paste"),
                "Accept all cookies. Subscribe now.");
        byId("add-paste").click();
        byId("words").clear();
        byId("words").sendKeys("0");
        byId("brief").click();
        assertThat(byId("status").getText()).isEqualTo("Summary words must be a whole number from 1 to 2000.");
        assertThat(browser.findElements(By.cssSelector("#staged li"))).as("nothing was sent").hasSize(1);

        byId("words").clear();
        byId("words").sendKeys("120");
        byId("brief").click();
        awaitAnswer();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "The pasted text has no article"));
        assertThat(byId("status").getText()).doesNotContain("article-1").doesNotContain("request")
                .doesNotContain("boilerplate");

        Object notesFirst = ((JavascriptExecutor) browser).executeScript("return (document.getElementById("
                + "'warnings-section').compareDocumentPosition(document.getElementById('summary')) & 4) !== 0;");
        assertThat(notesFirst).as("the notes come before the summary").isEqualTo(true);
    }

    private static JsonNode article(JsonNode brief, String id) {
        for (JsonNode a : brief.get("articles")) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no article " + id);
    }

    @Test
    void articleTextThatLooksLikeMarkupIsShownAsTextAndNeverRuns() {
        String attack = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";
        Http.Reply created = new Http(server.uri()).postJson("/api/briefs", Map.of("articles", List.of(
                Map.of("id", "evil", "title", "<b>Bridge</b> closes " + attack, "outlet", "<i>Evil</i> Outlet",
                        "text", "The bridge closed on Tuesday " + attack + " after the collapse, officials said.\n\n"
                                + "Engineers will inspect the span " + attack + " this week, the mayor said."),
                // the plain report tells the story in other words: a twin sentence of it would stand in for the
                // markup's line in the summary (a backed twin shows its backing), and the test needs that line shown
                Map.of("id", "plain", "text", "Bridge shut after collapse\n\nTraffic on the bridge was diverted to the "
                        + "ring road after the collapse, police said. The span will stay shut for weeks, the council said."))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();

        browser.get(server.uri() + "#brief=" + id);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#summary .sentence-link"), 0));
        WebElement evil = browser.findElements(By.cssSelector("#summary .sentence-link")).stream()
                .filter(e -> e.getText().contains("<script>")).findFirst()
                .orElseThrow(() -> new AssertionError("no summary sentence shows the markup as text"));
        assertThat(evil.getText()).contains("<img src=x onerror=\"window.pwned=1\">");
        evil.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reader mark")));
        assertThat(byId("reader-body").getText()).contains("<script>window.pwned=2</script>");
        assertThat(byId("reader-title").getText()).contains("<b>Bridge</b>");
        for (String s : List.of("#result", "#reader", "#brief-list")) {
            assertThat(browser.findElements(By.cssSelector(s + " img, " + s + " script, " + s + " b:not(.claim b), " + s + " i")))
                    .as("elements made from article text in " + s).isEmpty();
        }
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    /**
     * The story page of an Arabic briefing (made-up articles): each block of article text takes its language's
     * direction (qa26 #25: it read it from its first letter, dir="auto", and its list stayed left to right) and names
     * its language, and an article no outlet names is labelled as the command line labels it, never by its
     * headline.
     */
    @Test
    void arabicTextFindsItsDirectionAndUnnamedOutletsAreNumbered() {
        List<Map<String, Object>> articles = List.of(
                Map.of("id", "a", "text", "انهيار جسر في مدينة الواحة\n\nقال مسؤولون إن جسر مدينة الواحة انهار صباح"
                        + " الثلاثاء بعد أمطار غزيرة، وأصيب 23 شخصا. وأغلقت السلطات الطريق الساحلي لمدة يومين."),
                Map.of("id", "b", "text", "الواحة: 23 مصابا في انهيار الجسر\n\nأعلنت وزارة الصحة أن 23 شخصا أصيبوا"
                        + " في انهيار جسر مدينة الواحة صباح الثلاثاء. وبدأت فرق الإنقاذ البحث عن مفقودين."),
                Map.of("id", "c", "text", "أمطار غزيرة تغلق الطريق الساحلي\n\nأغلقت السلطات الطريق الساحلي قرب مدينة"
                        + " الواحة بعد انهيار الجسر، وقال المحافظ إن الإصلاحات ستستغرق ثلاثة أشهر."));
        Http.Reply created = new Http(server.uri()).postJson("/api/briefs", Map.of("articles", articles, "words", 80));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        browser.get(server.uri() + "stories#/brief/" + created.json().get("id").asText());
        wait.until(d -> "story".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        List<WebElement> sentences = browser.findElements(By.cssSelector("#sv-summary .sentence-link"));
        assertThat(sentences).isNotEmpty().allSatisfy(s -> {
            assertThat(s.getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(s.getDomAttribute("lang")).isEqualTo("ar");
        });
        assertThat(sentences.get(0).getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("#sv-summary ol")).getCssValue("direction")).isEqualTo("rtl");
        List<String> outlets = browser.findElements(By.cssSelector("#sv-articles .outlet-name")).stream()
                .map(e -> e.getDomProperty("textContent")).toList();
        assertThat(outlets).containsExactly("unknown outlet #1", "unknown outlet #2", "unknown outlet #3");
        assertThat(byId("story-headline").getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(byId("story-headline").getDomAttribute("lang")).isEqualTo("ar");
    }
}
