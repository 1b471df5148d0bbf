package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Boxes named for the terms of the page (copyright, licence) and WordPress's "postmetadata" line under a post (when it
 * was published, under which categories it is filed) are not the story, though they are written in sentences.
 */
class TermsAndFilingBoxesTest {

    private static final String[] BODY = {
        "The constitutional court has again put off its ruling on the pension law, and the judges gave no new date for"
                + " the hearing when they met on Tuesday morning.",
        "Lawyers for the former officers say each month of delay costs their clients money, since the reduced pensions"
                + " are paid out while the case is pending.",
        "The government says it will wait for the ruling before it proposes any change, and the opposition has asked"
                + " for a debate in parliament next week."};

    private static String page(String box) {
        return "<html><head><title>Ruling put off again</title></head><body><article><h1>Ruling put off again</h1>"
                + "<div class='entry'><p>" + BODY[0] + "</p><p>" + BODY[1] + "</p><p>" + BODY[2] + "</p>" + box
                + "</div></article></body></html>";
    }

    @Test
    void aLicenceBoxGoes() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<div class='licenceInfo'><p>This material is"
                + " protected by copyright. Further distribution only with the publisher's consent. Buy a licence</p>"
                + "</div>"), null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }

    @Test
    void aCopyrightBoxGoes() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<section class='article-copyright'><p>All texts"
                + " on this site may be quoted with a link to the source, but not copied whole.</p></section>"), null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }

    @Test
    void thePostsFilingLineGoes() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<p class='postmetadata alt'>This entry was posted"
                + " on Wednesday, November 27th, 2019 at 3:21 pm and is filed under <a href='/c/news'>News</a>, <a"
                + " href='/c/courts'>Courts</a>. You can follow any responses to this entry through the feed.</p>"),
                null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }
}
