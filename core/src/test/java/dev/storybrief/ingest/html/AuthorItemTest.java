package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A box that schema.org microdata marks as the article's author is about the author, not part of the story. */
class AuthorItemTest {

    private static final String P1 = "After three weeks with the new camera I can say that the battery finally lasts a"
            + " whole day of shooting, even in the cold mornings by the lake.";
    private static final String P2 = "The autofocus still hunts in low light, but less than the old model did, and the"
            + " menus are easier to read than they were before the update.";
    private static final String P3 = "What I miss is a second card slot: on a long trip I want a copy of every picture"
            + " before I get back to the hotel, and this camera cannot make one.";
    private static final String BIO = "Photographer from the north coast and founder of this blog. I like every kind of"
            + " photography, as long as there is a person in the picture.";

    @Test
    void theAuthorsBoxMarkedAsTheAuthorItemGoes() {
        // A post followed by the box a theme or plugin writes about its author: name, photo, a few lines of biography.
        String html = "<html><body><article><h1>Three weeks with the new camera</h1><div class='entry'><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p><div class='abox-wrap' itemscope itemtype='http://schema.org/Person'"
                + " itemprop='author'><div class='abox-name'>Jan Example</div><p>" + BIO + "</p></div></div></article>"
                + "</body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
    }
}
