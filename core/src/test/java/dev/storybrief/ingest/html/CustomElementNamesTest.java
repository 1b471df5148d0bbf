package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A custom element's tag ({@code <pp-inline-teaser>}, {@code <x-related-stories>}: HTML requires the hyphen) is named
 * by the page's author as a class is, and says what the element is: a teaser box among the paragraphs goes as one
 * named by its class would.
 */
class CustomElementNamesTest {

    private static final String[] BODY = {
        "The ministry has changed the rules for vaccination certificates: from next month a booster is needed for the"
                + " certificate to stay valid longer than three months after the second dose.",
        "Employers who check the certificates at the workplace must apply the new rules from the same day, the ministry"
                + " said, and records kept so far remain valid until then.",
        "Recovered employees are treated the same way, and their certificates now count for three months from the date"
                + " of the positive test instead of six."};

    @Test
    void aTeaserBoxNamedByItsTagGoes() {
        String teaser = "Find answers to your questions on protection against infection at work.";
        String html = "<html><head><title>New rules for certificates</title></head><body><article>"
                + "<h1>New rules for certificates</h1><div class='body-text'><p>" + BODY[0] + "</p><p>" + BODY[1]
                + "</p><pp-inline-teaser><div><p class='text'>" + teaser + "</p></div></pp-inline-teaser><p>" + BODY[2]
                + "</p></div></article></body></html>";

        assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs()).containsExactly(BODY);
    }
}
