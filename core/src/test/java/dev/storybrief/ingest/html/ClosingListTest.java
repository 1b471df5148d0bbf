package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A list that closes the article right after its last paragraph (a heading, then items) is the article's, even in a
 * box of its own beside the paragraphs' boxes; a heading over a list of links is a teaser list and stays out.
 */
class ClosingListTest {

    private static final String[] BODY = {
        "A small loan can be requested online in a few minutes, and the money is often paid out on the next working day"
                + " when the application is complete and the bank has checked the applicant's income.",
        "The interest depends on the term and on the applicant's credit history, so it pays to compare several offers"
                + " before signing, and to read the conditions for early repayment with some care.",
        "Requests through a comparison site do not affect the applicant's credit score, since only the conditions are"
                + " asked for and no loan is taken out until the applicant accepts one of the offers."};

    private static String page(String closing) {
        return "<html><head><title>Small loans online</title></head><body><div class='page'><h1>Small loans online</h1>"
                + "<div class='row'><h2>How it works</h2><p>" + BODY[0] + "</p></div>"
                + "<div class='row'><h2>What it costs</h2><p>" + BODY[1] + "</p><p>" + BODY[2] + "</p></div>"
                + "<div class='row'>" + closing + "</div></div></body></html>";
    }

    @Test
    void aHeadingAndItsItemsAfterTheLastParagraphStay() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<h2>What you need for a small loan</h2><ul>"
                + "<li>A computer or a phone with a web browser</li><li>An e-mail address for the documents</li>"
                + "<li>An identity card for the online check</li><li>A regular income and no overdue debts</li></ul>"),
                null);

        assertThat(page.paragraphs()).endsWith("What you need for a small loan",
                "A computer or a phone with a web browser", "An e-mail address for the documents",
                "An identity card for the online check", "A regular income and no overdue debts");
    }

    @Test
    void aHeadingOverLinksStaysOut() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<h2>More on loans</h2><ul>"
                + "<li><a href='/a'>Loans for the self-employed</a></li><li><a href='/b'>Loans without a credit check</a></li>"
                + "<li><a href='/c'>Instant loans at a glance</a></li></ul>"), null);

        assertThat(page.paragraphs()).containsExactly("How it works", BODY[0], "What it costs", BODY[1], BODY[2]);
    }

    @Test
    void aLabelIntroducingTheFirstListStays() {
        String[] items = {
            "When you meet a blind person, ask whether they need help, and never pull them by the arm or the cane.",
            "Say who you are when you speak to them, and tell them when you are leaving so they are not left talking.",
            "Describe the way ahead in plain words, such as three steps down, then a door on the left side."};
        String html = "<html><head><title>How to help</title></head><body><article><h1>How to help</h1>"
                + "<section class='content'><p><b>Blind visitors:</b></p>"
                + "<div class='ad-slot'></div><ul><li>" + items[0] + "</li><li>" + items[1] + "</li><li>" + items[2]
                + "</li></ul></section></article></body></html>";

        assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs())
                .containsExactly("Blind visitors:", items[0], items[1], items[2]);
    }
}
