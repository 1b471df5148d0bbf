package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An inline element that is all the text of its box (a caption written as {@code <strong class="caption">} after an
 * image) is laid out as a block, and its name says what it is; inside a paragraph the same name is styling.
 */
class InlineCaptionTest {

    /** Two paragraphs before the image's box and one after it. */
    private static final String[] TEXT = {"To keep this remembrance alive in the city too, the association has donated a"
            + " memorial stone for the social scientist, with the support of two local history societies.", "She studied"
            + " social sciences, worked for the city's welfare office and had to leave the country in 1933; she later"
            + " taught at a college abroad until she retired.", "The stone was laid on Monday morning in front of the"
            + " house where she lived, in the presence of the artist and about forty people from the neighbourhood."};

    private static String page(String middle) {
        return "<html><head><title>A stone for a scientist</title></head><body><article><h1>A stone for a scientist</h1>"
                + "<div class='text'><p>" + TEXT[0] + "</p><p>" + TEXT[1] + "</p><div class='imagewrap'><img"
                + " src='stone.jpg' alt=''>" + middle + "</div><p>" + TEXT[2] + "</p></div></article></body></html>";
    }

    @Test
    void aCaptionWrittenAsAnInlineElementInTheImagesBoxGoes() {
        String text = new HtmlArticleExtractor().extract(page("<strong class='caption'><span>Two members of the"
                + " association with the artist who started the memorial stones</span></strong>"), null).text();

        assertThat(text).contains("memorial stone for the social scientist", "forty people")
                .doesNotContain("Two members of the association");
    }

    @Test
    void anInlineElementInsideRunningTextStays() {
        String text = new HtmlArticleExtractor().extract(page("<p>In her own words: <span class='caption'>the city"
                + " was my home until it was not</span>, as she wrote in a letter.</p>"), null).text();

        assertThat(text).contains("In her own words: the city was my home until it was not", "forty people");
    }
}
