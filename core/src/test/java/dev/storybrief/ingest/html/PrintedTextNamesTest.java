package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A class that names the text to print ("tip-print-step") marks content; a print button's name still marks junk. */
class PrintedTextNamesTest {

    private static final String INTRO = "Tomatoes fall apart on the board when you slice them the wrong way round, and the"
            + " juice runs everywhere. There is a simple reason for it, and an equally simple way to avoid it, which"
            + " cooks have known for a long time but rarely explain to anyone.";
    private static final String MORE = "The trick works with every kind of tomato, large or small, ripe or firm, and it"
            + " needs no special knife, only a little attention to where the stalk sits when you start to cut.";
    private static final String STEP_ONE = "You know it too: you want neat slices for a salad, and the tomato turns to"
            + " mush under the knife.";
    private static final String STEP_TWO = "Turn the tomato so that the stalk lies on its side, then cut across the fruit"
            + " and the slices keep their shape.";

    @Test
    void stepsNamedForPrintingAreTheText() {
        String html = "<html><body><article><h1>Slicing tomatoes</h1><div class='tip-intro'><p>" + INTRO + "</p><p>" + MORE
                + "</p></div><div class='tip-print-step'><p>" + STEP_ONE + "</p></div><div class='tip-print-step'><p>"
                + STEP_TWO + "</p></div><div class='print-link'><p>Print this tip for your recipe folder at home.</p>"
                + "</div></article></body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(INTRO, MORE, STEP_ONE, STEP_TWO);
    }
}
