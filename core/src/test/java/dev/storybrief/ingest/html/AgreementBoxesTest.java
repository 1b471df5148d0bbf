package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A placeholder that asks the reader to agree before an embedded post loads (a checkbox whose label is a sentence, and
 * a button, outside any form) is not the article's text; a toggle whose label is a short title, without a button,
 * stays.
 */
class AgreementBoxesTest {

    private static final String PARAGRAPHS = "<p>The reigning champion dominated his season debut on Friday, clearing"
            + " every height at the first attempt before he set a new world lead and the meeting record.</p>"
            + "<p>He then tried to beat his own indoor world record, and although he failed, he could not hide his joy"
            + " about the season that lies ahead of him.</p>";
    private static final String MORE = "<p>He returns to the indoor meeting in the capital this Friday, in the city"
            + " where he won the first of his many competitions over six metres four years ago.</p>";

    private static String page(String box) {
        return "<html><head><title>Champion clears the bar</title></head><body><main><article><h1>Champion clears the"
                + " bar</h1><section>" + PARAGRAPHS + "</section><section><div class='box'>" + box
                + "</div></section><section>" + MORE + "</section></article></main></body></html>";
    }

    @Test
    void aPlaceholderAskingForConsentBeforeAnEmbeddedPostLoadsGoes() {
        String box = "<div class='title'>External content</div><div>To protect your personal data we have blocked the"
                + " automatic loading of content from the embedded platform. To see it here, please accept the terms"
                + " below. You can withdraw your consent here at any time.</div><div><div><input type='checkbox'"
                + " id='agree'></div><div><label for='agree'>I agree that this content is shown to me and that my"
                + " personal data are passed on to the operator of the platform it comes from.</label></div></div>"
                + "<button disabled>Agree and load content</button>";

        String text = new HtmlArticleExtractor().extract(page(box), null).text();

        assertThat(text).contains("world lead", "indoor meeting in the capital")
                .doesNotContain("External content", "protect your personal data", "I agree that");
    }

    @Test
    void aToggleWithAShortTitleAndNoButtonStays() {
        String box = "<input type='checkbox' id='more'><label for='more'>Results of the evening</label><div>The Swede"
                + " won the long jump with eight metres and two centimetres, just ahead of the young French champion"
                + " whose best mark ended a long-standing European junior record.</div>";

        String text = new HtmlArticleExtractor().extract(page(box), null).text();

        assertThat(text).contains("world lead", "eight metres and two centimetres", "indoor meeting in the capital");
    }
}
