package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A {@code <header>} inside the article is the header of one of its sections (HTML ties a header to its nearest
 * sectioning element): its subheading is the article's. A header holding an h1 is an article's own header, and inside
 * the container one of a next article on a page that scrolls on.
 */
class SectionHeaderTest {

    private static final String[] BODY = {
        "Leasing a car means a monthly rate for two to four years, then the car goes back to the dealer.",
        "A bank loan leaves the buyer free to choose the dealer, and a cash buyer can ask for a discount.",
        "Whoever pays cash owns the car from the first day and can sell it whenever they like."};

    private static String page(String sectionHeader) {
        return "<html><head><title>Lease, finance or buy a car</title></head><body><header><a href='/'>Home</a></header>"
                + "<article><h1>Lease, finance or buy a car</h1><p>" + BODY[0] + "</p><section class='box'>"
                + sectionHeader + "<div class='box_body'><p>" + BODY[1] + "</p></div></section><p>" + BODY[2]
                + "</p></article></body></html>";
    }

    @Test
    void theSubheadingInASectionsHeaderStays() {
        ExtractedPage page = new HtmlArticleExtractor().extract(
                page("<header class='box_head'><h3>Advantages of a bank loan:</h3></header>"), null);

        assertThat(page.paragraphs()).containsExactly(BODY[0], "Advantages of a bank loan:", BODY[1], BODY[2]);
    }

    @Test
    void aHeaderWithAnotherHeadlineStaysOut() {
        ExtractedPage page = new HtmlArticleExtractor().extract(
                page("<header class='entry'><h1>Next story: fuel prices rise again</h1></header>"), null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }
}
