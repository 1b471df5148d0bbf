package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.wording.SubscriptionAppeals;
import org.junit.jupiter.api.Test;

/**
 * The paywall's line for readers who already pay ("Already a subscriber? Log in") goes with the rest of the prompt,
 * in {@code extract} as in {@code brief}; a story's sentence about subscribers stays. Made-up page.
 */
class PaywallPromptTest {

    private static final String LEAD = "The first call reached the lifeboat station of Tolm at six on Tuesday, twelve"
            + " minutes after the ferry left port in thick fog.";
    private static final String MORE = "Crews from three stations brought all passengers ashore by ten, the coastguard"
            + " said in a statement later that day.";

    @Test
    void theSubscribersLineOfAPaywallPromptIsLeftOut() {
        String html = "<html><head><title>Inside the rescue</title></head><body><article><h1>Inside the rescue</h1>"
                + "<p>" + LEAD + "</p><p>" + MORE + "</p><div class='prompt'><p>Subscribe to continue reading.</p>"
                + "<p>Already a subscriber? Log in</p></div></article></body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(LEAD, MORE);
    }

    @Test
    void aFreeArticleLimitInsideTheArticleGoesInExtractAsInBrief() {
        String limit = "You have reached your free article limit. Subscribe to continue reading.";
        String html = "<html><head><title>Inside the rescue</title></head><body><article><h1>Inside the rescue</h1>"
                + "<p>" + LEAD + "</p><p>" + limit + "</p><p>" + MORE + "</p></article></body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(LEAD, MORE);
        // the clean stage's paywall rule reads the same words
        assertThat(dev.storybrief.wording.PaywallPrompts.isPrompt(limit)).isTrue();
        assertThat(dev.storybrief.wording.PaywallPrompts.isPrompt(LEAD)).isFalse();
    }

    @Test
    void onlyTheReadersLineIsAnAppeal() {
        assertThat(SubscriptionAppeals.isAppeal("Already a subscriber? Log in")).isTrue();
        assertThat(SubscriptionAppeals.isAppeal("Déjà abonné ? Connectez-vous")).isTrue();
        assertThat(SubscriptionAppeals.isAppeal("The paper already has 40,000 subscribers, its editor said."))
                .isFalse();
    }
}
