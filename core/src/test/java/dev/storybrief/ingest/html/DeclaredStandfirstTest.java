package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A block showing the summary the page declares in its head (Open Graph or HTML description) after the headline is
 * the article's standfirst, even in a box named "teaser" inside one named "sidebar" or as a subheading without a full
 * stop; the same text as the site's tagline before the headline, or in a box after the body, is not.
 */
class DeclaredStandfirstTest {

    private static final String[] BODY = {
        "The ferry between the two islands will run every hour again from Monday, after the harbour wall on the"
                + " northern side was repaired over the winter.",
        "Passengers had to take a bus and a smaller boat since October, which added almost an hour to the trip and"
                + " left many commuters stranded on stormy days.",
        "The operator said the new timetable keeps the early crossing at six in the morning, which fishermen and"
                + " nurses on the night shift had asked for.",
        "Tickets bought for the replacement service stay valid until the end of the month and can be used on the"
                + " ferry without paying anything more."};

    /** The standfirst, written without a full stop as many are. */
    private static final String SUMMARY = "After months of repairs to the harbour wall the island ferry returns to its"
            + " hourly timetable";

    private static String page(String head, String beforeHeadline, String standfirst, String afterBody) {
        StringBuilder body = new StringBuilder();
        for (String p : BODY) {
            body.append("<p>").append(p).append("</p>");
        }
        return "<html><head><title>Ferry back on schedule</title>" + head + "</head><body>"
                + "<header class='site'>" + beforeHeadline + "</header>"
                + "<article class='post'><h1>Ferry back on schedule</h1>" + standfirst
                + "<div class='entry'>" + body + "</div>" + afterBody + "</article></body></html>";
    }

    private static String description(String text) {
        return "<meta property='og:description' content='" + text + "'>";
    }

    private static final String TEASER_IN_SIDEBAR = "<div class='sidebar'><p class='teaser'>" + SUMMARY
            + "</p></div>";

    @Test
    void theDeclaredSummaryInABoxNamedTeaserIsTheStandfirst() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page(description(SUMMARY), "", TEASER_IN_SIDEBAR, ""),
                null);

        assertThat(page.paragraphs()).containsExactly(SUMMARY, BODY[0], BODY[1], BODY[2], BODY[3]);
    }

    @Test
    void withoutTheDeclarationTheBoxIsPrunedAsBefore() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("", "", TEASER_IN_SIDEBAR, ""), null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }

    @Test
    void aDescriptionCutWithAnEllipsisStillNamesItsBlock() {
        String cut = SUMMARY.substring(0, SUMMARY.indexOf(" hourly") + 4) + "\u2026";
        String html = page("<meta name='description' content='" + cut + "'>", "",
                "<h2 class='kicker-teaser'>" + SUMMARY + "</h2>", "");

        assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs()).startsWith(SUMMARY);
    }

    @Test
    void aDescriptionOfWholeSentencesMayBeTheStandfirstsFirstSentence() {
        String first = "The island ferry returns to its hourly timetable on Monday.";
        String standfirst = first + " Repairs to the harbour wall took all winter.";
        String html = page(description(first), "", "<p class='article-teaser'>" + standfirst + "</p>", "");

        assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs()).startsWith(standfirst);
    }

    @Test
    void theSitesTaglineBeforeTheHeadlineAndAnAboutBoxAfterTheBodyStayOut() {
        // A blog whose description is the site's: shown under the site's name and again after the post.
        String tagline = "Notes from a small island on boats, weather and the people who live with both";
        String html = page(description(tagline), "<p class='tagline'>" + tagline + "</p>", "",
                "<div class='about-box'><p class='teaser'>" + tagline + "</p></div>");

        assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs()).containsExactly(BODY);
    }
}
