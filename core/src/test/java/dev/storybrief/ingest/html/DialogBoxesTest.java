package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A box the page shows over itself has a control that closes it among its first children; it is boilerplate whatever
 * it is named, even when its text is longer than the page's own (a shop's shipping terms kept for a pop-up).
 */
class DialogBoxesTest {

    private static final String[] DESCRIPTION = {
        "The wine region lies in the north of the country along the river, where the Atlantic and the Mediterranean"
                + " climates meet and give the grapes long, mild autumns.",
        "The rules of the region allow four red and three white grape varieties, and most of the red wine is made from"
                + " a blend in which one variety dominates."};

    private static final String TERMS = "We deliver by parcel service or another carrier. Unless agreed otherwise,"
            + " delivery within the country is free from an order value of sixty euros; below that a flat fee of five"
            + " euros ninety is charged for each order, whatever its weight or the number of boxes it takes to pack it"
            + " safely, and cash on delivery costs an extra fee of three euros fifty.";

    /** A glossary layer the page names as one: its text counts as junk, as the real pop-up's must. */
    private static final String GLOSSARY = "<div class='modal'><p>A young wine is sold in the first year after the"
            + " harvest and spends at most a few months in oak, so that it keeps the fruit of the grape; a crianza has"
            + " aged for at least two years, of which six months or more were spent in oak barrels, and a reserva for"
            + " three years, of which one was spent in oak. These are the minimum rules, and a region may set stricter"
            + " ones for its own wines, which many of the better known regions have done.</p></div>";

    private static String page(String closeControl) {
        return "<html><head><title>The wine region</title></head><body><div class='col'><h1>The wine region</h1>"
                + "<div class='description'><p>" + DESCRIPTION[0] + "</p><p>" + DESCRIPTION[1] + "</p></div>"
                + GLOSSARY + "</div><div id='shipping-info'>" + closeControl + "<h3>Shipping and delivery</h3><p>"
                + TERMS + "</p></div></body></html>";
    }

    @Test
    void aBoxWithACloseControlIsNotTheArticle() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<div class='close'>Close [X]</div>"), null);

        assertThat(page.paragraphs()).containsExactly(DESCRIPTION);
    }

    @Test
    void aCloseButtonMarkedByItsLabelOrATimesSignCountsToo() {
        assertThat(new HtmlArticleExtractor().extract(page("<button aria-label='Close dialog'></button>"), null)
                .paragraphs()).containsExactly(DESCRIPTION);
        assertThat(new HtmlArticleExtractor().extract(page("<a href='#'>\u00D7</a>"), null).paragraphs())
                .containsExactly(DESCRIPTION);
    }

    @Test
    void withoutACloseControlTheLongerTextWins() {
        // The same box without a way to close it is part of the page, and its longer text is taken for the article.
        assertThat(new HtmlArticleExtractor().extract(page("<div class='note'>Terms</div>"), null).paragraphs())
                .contains(TERMS);
    }

    @Test
    void aLayoutBoxNamedCloseIsNoControl() {
        // A player's box first in the story, named "close-btn" for its layout, holds a player, not a way to close.
        String html = "<html><head><title>The wine region</title></head><body><div class='story'>"
                + "<section class='media close-btn'><div class='player'><div></div></div></section>"
                + "<h2>The wine region</h2><p>" + DESCRIPTION[0] + "</p><p>" + DESCRIPTION[1] + "</p></div></body></html>";

        assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs()).containsExactly(DESCRIPTION);
    }
}
