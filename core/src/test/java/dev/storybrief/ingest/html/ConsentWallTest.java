package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A saved cookie-consent wall (the dialog a site shows before its content) is not an article, however many sentences
 * it has; a news story about consent rules, which reports on sites rather than speaking to the reader, still is.
 */
class ConsentWallTest {

    @Test
    void aConsentWallIsNotAnArticle() {
        String html = "<html><head><title>One moment, please</title></head><body><div class='dialog-box'>"
                + "<h1>Before you read on at The Morning Courier</h1><p>We and our 312 partners store cookies on your"
                + " device and process data to run our services, measure how the site is used and show personalised"
                + " ads. If you accept all, we will also use cookies to tailor content to your interests.</p><p>Pick"
                + " manage options to read more, or change your privacy settings at any time; our privacy policy"
                + " explains how we handle what you share.</p><button>Reject all</button><button>Accept all</button>"
                + "</div></body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.hasArticle()).isFalse();
        assertThat(page.text()).isEmpty();
    }

    @Test
    void aStoryAboutConsentRulesIsStillAnArticle() {
        String html = "<html><head><title>Regulator fines retailer over cookies</title></head><body><article>"
                + "<h1>Regulator fines retailer over cookies</h1><p>The data protection authority fined a large"
                + " online retailer two million euros on Monday for setting advertising cookies before shoppers gave"
                + " their consent.</p><p>The regulator said websites must show a reject all button beside accept all,"
                + " and that a privacy policy cannot replace a real choice for visitors.</p><p>The retailer said it"
                + " would appeal and that its partners had already changed how their cookies are set.</p>"
                + "</article></body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.text()).contains("two million euros");
    }
}
