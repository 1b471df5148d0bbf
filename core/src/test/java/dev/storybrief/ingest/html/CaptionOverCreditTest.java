package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line in a box of its own with a credit line under it describes a picture, not the story. */
class CaptionOverCreditTest {

    private static final String CAPTION = "The old harbour wall seen from the ferry.";
    private static final String BODY_ONE = "The harbour wall will be rebuilt next spring, after engineers found that the"
            + " winter storms had washed out the stones along most of its length.";
    private static final String BODY_TWO = "The ferry keeps its timetable during the work, the port authority said, but"
            + " the fishing boats will have to moor at the northern pier until the summer.";

    private static ExtractedPage extract(String betweenHeadlineAndBody, String afterBody) {
        return new HtmlArticleExtractor().extract("<html><head><title>Harbour wall to be rebuilt</title></head><body>"
                + "<article><div class='top'><h1>Harbour wall to be rebuilt</h1>" + betweenHeadlineAndBody + "</div>"
                + "<div class='text'><p>" + BODY_ONE + "</p><p>" + BODY_TWO + "</p>" + afterBody + "</div></article>"
                + "</body></html>", null);
    }

    @Test
    void aCaptionOverItsCreditBesideTheHeadlineIsNoLead() {
        ExtractedPage page = extract("<div class='description'><p>" + CAPTION + "</p><p>\u00A9 Port Authority</p></div>",
                "");

        assertThat(page.paragraphs()).containsExactly(BODY_ONE, BODY_TWO);
    }

    @Test
    void aCaptionOverItsCreditInTheBodyGoesWithTheCredit() {
        ExtractedPage page = extract("", "<div><p>" + CAPTION + "</p><p>Photo: Jane Reader</p></div>");

        assertThat(page.paragraphs()).containsExactly(BODY_ONE, BODY_TWO);
    }

    @Test
    void aCreditAfterTheLastParagraphLeavesTheParagraph() {
        // The credit shares its box with the whole body: the paragraph above it is the story's.
        ExtractedPage page = extract("", "<p>\u00A9 Port Authority</p>");

        assertThat(page.paragraphs()).containsExactly(BODY_ONE, BODY_TWO);
    }
}
