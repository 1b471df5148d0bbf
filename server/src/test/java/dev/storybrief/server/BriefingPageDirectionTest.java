package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The briefing page ({@code /}) lays out article text as the story pages do: in its language's direction (Arabic
 * right to left), not by each block's first strong letter, which puts an Arabic sentence that opens with a figure or
 * a Latin name left to right. It takes the story pages' rules ({@code StoryView.inLanguage}) rather than a copy.
 */
class BriefingPageDirectionTest {
    @Test
    void theBriefingPageTakesTheStoryPagesLanguageAndDirectionRules(@TempDir Path data) {
        try (StorybriefServer server = StorybriefServer.start(ServerConfig.defaults(data).withPort(0))) {
            Http http = new Http(server.uri());
            String page = http.get("/").body();
            String app = http.get("/app.js").body();

            assertThat(page).contains("/story-view.js", "/app.js");
            assertThat(page.indexOf("/story-view.js")).isLessThan(page.indexOf("/app.js"));
            assertThat(http.get("/story-view.js").status()).isEqualTo(200);
            assertThat(app).contains("StoryView.inLanguage(").doesNotContainPattern("\\.dir\\s*=\\s*\"auto\"");
        }
    }
}
