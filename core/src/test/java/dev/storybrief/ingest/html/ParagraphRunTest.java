package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A container that is one paragraph is read with the sibling paragraphs written with it: when only one of an author's
 * paragraphs is long enough to count as prose, the short lines beside it (replies in a dialogue, an entry's address)
 * are the same text, up to the first sibling of another kind.
 */
class ParagraphRunTest {

    private static final String HEAD = "<html><head><title>Doing nothing is an option</title></head><body>"
            + "<div id='header'><a href='/'>Blog of small things</a></div><div id='content'>"
            + "<div class='post hentry'><h2 class='posttitle'><a href='/p/1'>Doing nothing is an option</a></h2>";
    private static final String SHARE = "<div class='sharedaddy'><h3>Share this:</h3><ul><li><a href='/s/t'>Twitter</a>"
            + "</li><li><a href='/s/f'>Facebook</a></li></ul></div>";

    @Test
    void theShortLinesBesideTheOnlyLongParagraphAreKept() {
        String html = HEAD + "<p>\u201CI know I have had a drink or two and perhaps I should not be saying this to you"
                + " at all, but here it comes anyway\u2026\u201D</p><p>\u2013 \u201CThen do not say it\u201D</p>"
                + "<p>\u2013 \u201COk.\u201D</p>" + SHARE + "</div></div><div id='footer'><a href='/about'>About</a>"
                + " <a href='/imprint'>Imprint</a></div></body></html>";

        String text = new HtmlArticleExtractor().withMinArticleWords(10).extract(html, null).text();

        assertThat(text).contains("perhaps I should not be saying this", "\u2013 \u201CThen do not say it\u201D",
                "\u2013 \u201COk.\u201D").doesNotContain("Share this", "Twitter", "Imprint");
    }

    @Test
    void theRunEndsAtASiblingOfAnotherKind() {
        String html = HEAD + "<p>Since early 2019 we have run four generous washing lanes for lorries with motivated"
                + " staff right by the motorway, to convince you of our good results; special vehicles have a"
                + " self-service lane open around the clock.</p><p>Truckwash on the motorway</p><p>Otto Street 14<br>"
                + "26899 Rhede</p><div class='ratingblock'><p>Thank you for your rating:</p><p>Rating: 5.0/5</p></div>"
                + "<p>Rated by one visitor</p></div></div></body></html>";

        String text = new HtmlArticleExtractor().withMinArticleWords(10).extract(html, null).text();

        assertThat(text).contains("special vehicles", "Truckwash on the motorway", "Otto Street 14")
                .doesNotContain("Thank you for your rating", "Rated by one visitor");
    }
}
