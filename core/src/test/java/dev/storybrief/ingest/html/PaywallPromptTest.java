package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.wording.PaywallPrompts;
import dev.storybrief.wording.SubscriptionAppeals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    private static String paywalledPage(String paidPart, String box) {
        return "<html><head><title>Inside the rescue</title><script type='application/ld+json'>{\"@context\":"
                + "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Inside the rescue\","
                + "\"isAccessibleForFree\":\"False\",\"hasPart\":{\"@type\":\"WebPageElement\","
                + "\"isAccessibleForFree\":\"False\",\"cssSelector\":\".locked\"}}</script></head><body><article>"
                + "<h1>Inside the rescue</h1><p>" + LEAD + "</p><p>" + MORE + "</p><div class='locked'>" + paidPart
                + "</div><div class='offer'>" + box + "</div></article><footer>Harbour Post</footer></body></html>";
    }

    /**
     * A page that declares its paid part (schema.org's isAccessibleForFree false, hasPart's cssSelector) and was saved
     * without a subscription: the paid part stops mid-sentence, and the offer that stands in its place goes with it,
     * whatever its language.
     */
    @Test
    void whereTheDeclaredPaidPartIsCutTheArticleStops() {
        String box = "<h3>Vidare med Kustplus</h3><p>Prova sju dagar, sedan 89 kronor.</p><button>Kom igång</button>";
        ExtractedPage page = new HtmlArticleExtractor().extract(paywalledPage(
                "<p>The skipper of the ferry told the coastguard that the radar had</p>", box), null);

        assertThat(page.paragraphs()).containsExactly(LEAD, MORE);
    }

    /** A subscriber's copy holds the whole paid part, ending like a sentence: it is the story's text and stays. */
    @Test
    void aSubscribersCopyKeepsThePaidPart() {
        String paid = "The skipper of the ferry told the coastguard that the radar had failed an hour before the"
                + " crossing began.";
        String after = "Divers searched the wreck until the evening, the harbour master said.";
        ExtractedPage page = new HtmlArticleExtractor().extract(paywalledPage("<p>" + paid + "</p>", "<p>" + after
                + "</p>"), null);

        assertThat(page.paragraphs()).containsExactly(LEAD, MORE, paid, after);
    }

    /** The lines of a subscription box in other languages: its trial offer, small print, heading, button. */
    @ParameterizedTest
    @ValueSource(strings = {"Jetzt 4 Wochen für 0,99 € testen.", "Try 4 weeks for 0.99 euros. Cancel anytime.",
        "Prueba 4 semanas por 0,99 euros. Cancela cuando quieras.", "Experimente 4 semanas por 0,99 euros.",
        "Testa 4 veckor för 0,99 euro. Avsluta när du vill.", "Jederzeit kündbar.", "Sigue leyendo con Premium",
        "Continue a ler com Premium", "Läs vidare med Plus", "Weiterlesen mit NK+", "Jetzt abonnieren", "Suscríbete",
        "Assine já", "Prenumerera nu", "Bereits Abonnent? Hier anmelden", "¿Ya eres suscriptor? Inicia sesión"})
    void aSubscriptionBoxsLineInAnyLanguageIsAPrompt(String line) {
        assertThat(PaywallPrompts.isPrompt(line)).isTrue();
    }

    /** A story's short sentences with weeks, prices or reading stay. */
    @ParameterizedTest
    @ValueSource(strings = {"The ferry was out of service for 4 weeks.", "Tickets cost 4 euros for adults.",
        "Die Reparatur dauerte 4 Wochen und kostete 90.000 Euro.", "El alcalde sigue leyendo el informe.",
        "Läs vidare i rapporten, sade kommunen."})
    void aStorysSentenceIsNoPrompt(String line) {
        assertThat(PaywallPrompts.isPrompt(line)).isFalse();
    }
}
