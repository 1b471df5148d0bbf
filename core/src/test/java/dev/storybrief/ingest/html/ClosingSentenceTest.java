package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After the last paragraph, a short sentence of its own in another box stays; labels and widget lines do not. */
class ClosingSentenceTest {

    private static final String P1 = "The harbour wall will be rebuilt next spring, after engineers found that the winter"
            + " storms had washed out the stones along most of its length.";
    private static final String P2 = "The ferry keeps its timetable during the work, the port authority said, but the"
            + " fishing boats will have to moor at the northern pier until the summer.";

    private static final String P3 = "Divers will check the foundations first, since the old plans of the wall were lost"
            + " in a fire at the town hall more than a century ago.";
    private static final String P4 = "The work is paid for from the regional fund for coastal protection, which covers"
            + " two thirds of the cost; the town pays the rest from its reserves.";

    private static ExtractedPage extract(String after) {
        return new HtmlArticleExtractor().extract("<html><body><article><h1>Harbour wall to be rebuilt</h1>"
                + "<div class='text'><div class='section'><p>" + P1 + "</p><p>" + P2 + "</p></div><div class='section'>"
                + "<p>" + P3 + "</p><p>" + P4 + "</p></div><div class='section'>" + after + "</div></div></article>"
                + "</body></html>", null);
    }

    @Test
    void aReferenceThatEndsLikeASentenceStays() {
        // Partly a link, so not prose by itself; its own full stop says it is a sentence of the text.
        ExtractedPage page = extract("<ol><li><a href='/book'>Old Stones of the Northern Harbour</a>. Chapter from the"
                + " book Old Stones, Example Press.</li></ol>");

        assertThat(page.paragraphs()).containsExactly(P1, P2, P3, P4,
                "Old Stones of the Northern Harbour. Chapter from the book Old Stones, Example Press.");
    }

    @Test
    void aWidgetLineOrALabelAfterTheTextStaysOut() {
        assertThat(extract("<p>12 bloggers like this:</p>").paragraphs()).containsExactly(P1, P2, P3, P4);
        assertThat(extract("<p>Further information for download:</p>").paragraphs()).containsExactly(P1, P2, P3, P4);
    }
}
