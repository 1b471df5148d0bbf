package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An article's header holds the headline and the lead; a weak boilerplate name on it ("article__header", "meta")
 * describes its place, not a byline or caption box, since those never hold the headline. The headline itself is the
 * title, even when it says more than the title the page declares.
 */
class HeadlineHeaderTest {

    private static final String LEAD = "Exotic house plants are in fashion, but many of them need a warmer and more humid"
            + " climate than our latitudes usually offer, which a glass house next to the living room can give them.";

    private static final String[] BODY = {
        "The frame is built from aluminium profiles that are screwed together on a level foundation of concrete slabs,"
                + " which should be laid a few days before so that the mortar can set.",
        "The glass panes are then set into the profiles from the bottom up and sealed with silicone along every edge,"
                + " so that no rain can run into the frame and the warm air stays inside.",
        "Finally the roof panes are fixed with clips, the gutters are fitted on both sides and the door is hung, after"
                + " which the plants can move in as soon as the nights stay above ten degrees."};

    private static String page(String title, String headline) {
        return "<html><head><title>" + title + "</title></head><body><nav><a href='/'>Home</a> <a href='/garden'>Garden</a>"
                + "</nav><article class='article'><section class='article__header'><div class='article__kicker'>Garden</div>"
                + "<h1 class='article__headline'>" + headline + "</h1><div class='article__abstract'><p>" + LEAD
                + "</p></div></section><div class='article__body'><p>" + BODY[0] + "</p><p>" + BODY[1] + "</p><p>"
                + BODY[2] + "</p></div></article></body></html>";
    }

    @Test
    void theLeadInAHeaderNamedHeaderAroundTheHeadlineStays() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("Building a glass house", "Building a glass house"),
                null);

        assertThat(page.paragraphs()).containsExactly(LEAD, BODY[0], BODY[1], BODY[2]);
    }

    @Test
    void theHeadlineIsNotBodyTextWhenItSaysMoreThanTheTitle() {
        String html = "<html><head><title>Glass house</title></head><body><article><h1>Building a glass house for exotic"
                + " plants in one weekend</h1><p>" + BODY[0] + "</p><p>" + BODY[1] + "</p><p>" + BODY[2]
                + "</p></article></body></html>";

        assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs()).containsExactly(BODY);
    }
}
