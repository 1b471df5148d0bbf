package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page whose instructions are rendered by script from its schema.org HowTo or Recipe still gives them (as its text;
 * it is no news article).
 */
class HowToFallbackTest {

    private static final String DESCRIPTION = "Unabhängig von Größe und Stil kannst du eine runde Tischdecke an einem"
            + " Nachmittag selbst nähen, wenn du weißt, wie du den Stoff misst und zuschneidest.";

    @Test
    void theDescriptionAndStepsOfAHowToAreTheArticleWhenThePageShowsNone() {
        String jsonLd = "{\"@context\":\"https://schema.org\",\"@type\":\"HowTo\",\"name\":\"Runde Tischdecke\","
                + "\"description\":\"\\u003cp\\u003e" + DESCRIPTION + "\\u003c/p\\u003e\","
                + "\"step\":[{\"@type\":\"HowToSection\",\"name\":\"Vorbereitung\",\"itemListElement\":["
                + "{\"@type\":\"HowToStep\",\"text\":\"Miss den Durchmesser des Tisches und gib zwanzig Zentimeter dazu.\"}]},"
                + "{\"@type\":\"HowToStep\",\"text\":\"Falte den Stoff zweimal und schneide einen Viertelkreis aus.\"},"
                + "\"Säume den Rand mit einem schmalen Zickzackstich.\"]}";
        String html = "<html><head><title>Runde Tischdecke</title><script type='application/ld+json'>" + jsonLd
                + "</script></head><body><div id=app></div><p class='browser-banner'>Lade einen neueren Browser.</p>"
                + "</body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        // the page is a how-to, not news (NonNewsPages): its text is still extracted, and the reason says what it is
        assertThat(page.hasArticle()).isFalse();
        assertThat(page.reason()).contains("schema.org HowTo");
        assertThat(page.paragraphs()).containsExactly(DESCRIPTION, "Vorbereitung",
                "Miss den Durchmesser des Tisches und gib zwanzig Zentimeter dazu.",
                "Falte den Stoff zweimal und schneide einen Viertelkreis aus.",
                "Säume den Rand mit einem schmalen Zickzackstich.");
    }

    @Test
    void recipeIngredientsAndInstructionsAreRead() {
        JsonLdFacts facts = JsonLdFacts.read(java.util.List.of("{\"@type\":\"Recipe\",\"name\":\"Lauchsuppe\","
                + "\"recipeIngredient\":[\"2 Stangen Lauch\",\"1 l Brühe\"],"
                + "\"recipeInstructions\":[{\"@type\":\"HowToStep\",\"text\":\"Lauch in Ringe schneiden.\"}]}"));

        assertThat(facts.articleBody()).isEqualTo("2 Stangen Lauch\n1 l Brühe\nLauch in Ringe schneiden.");
    }
}
