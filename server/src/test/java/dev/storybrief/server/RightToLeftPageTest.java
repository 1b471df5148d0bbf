package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The story page of an Arabic briefing in headless Chromium: each block of article text finds its own direction and
 * names its language, and an article no outlet names is labelled as the command line labels it, never by its
 * headline. The articles are made up.
 */
class RightToLeftPageTest {
    @TempDir
    static Path data;
    static StorybriefServer server;
    static ChromeDriver browser;
    static Path profile;
    static String briefId;

    @BeforeAll
    static void start() throws Exception {
        server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0));
        List<Map<String, Object>> articles = List.of(
                Map.of("id", "a", "text", "انهيار جسر في مدينة الواحة\n\nقال مسؤولون إن جسر مدينة الواحة انهار صباح"
                        + " الثلاثاء بعد أمطار غزيرة، وأصيب 23 شخصا. وأغلقت السلطات الطريق الساحلي لمدة يومين."),
                Map.of("id", "b", "text", "الواحة: 23 مصابا في انهيار الجسر\n\nأعلنت وزارة الصحة أن 23 شخصا أصيبوا"
                        + " في انهيار جسر مدينة الواحة صباح الثلاثاء. وبدأت فرق الإنقاذ البحث عن مفقودين."),
                Map.of("id", "c", "text", "أمطار غزيرة تغلق الطريق الساحلي\n\nأغلقت السلطات الطريق الساحلي قرب مدينة"
                        + " الواحة بعد انهيار الجسر، وقال المحافظ إن الإصلاحات ستستغرق ثلاثة أشهر."));
        Http.Reply created = new Http(server.uri()).postJson("/api/briefs", Map.of("articles", articles, "words", 80));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        briefId = created.json().get("id").asText();
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

    @Test
    void arabicTextFindsItsDirectionAndUnnamedOutletsAreNumbered() {
        browser.get(server.uri() + "stories#/brief/" + briefId);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "story".equals(
                d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        List<WebElement> sentences = browser.findElements(By.cssSelector("#sv-summary .sentence-link"));
        assertThat(sentences).isNotEmpty().allSatisfy(s -> {
            assertThat(s.getDomAttribute("dir")).isEqualTo("auto");
            assertThat(s.getDomAttribute("lang")).isEqualTo("ar");
        });
        // a right-to-left block: its computed direction is the browser's reading of its first letter
        assertThat(sentences.get(0).getCssValue("direction")).isEqualTo("rtl");
        List<String> outlets = browser.findElements(By.cssSelector("#sv-articles .outlet-name")).stream()
                .map(e -> e.getDomProperty("textContent")).toList();
        assertThat(outlets).containsExactly("unknown outlet #1", "unknown outlet #2", "unknown outlet #3");
        assertThat(browser.findElement(By.id("story-headline")).getDomAttribute("dir")).isEqualTo("auto");
    }
}
