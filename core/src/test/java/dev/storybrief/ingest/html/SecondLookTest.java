package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page whose first look gives no article gets more looks that trust only hard boilerplate names and leave out the
 * containers that gave nothing; and an ARIA role that is not a boilerplate role does not cancel the rule that names
 * never make boilerplate of the element holding the page's article marks.
 */
class SecondLookTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String STEP_ONE = "Wash the leeks well and cut them into rings about as wide as a finger, "
            + "keeping the green tops for the stock.";
    private static final String STEP_TWO = "Melt the butter in a wide pan, add the rings and let them soften slowly "
            + "for ten minutes without letting them brown.";
    private static final String STEP_THREE = "Pour in the stock, season with salt and pepper and simmer until the "
            + "potatoes fall apart when pressed with a spoon.";

    @Test
    void findsAnArticleWhoseParagraphsAllCarryABoilerplateName() {
        // Each step is named like a promotion box; none holds half of the prose, so the first look finds nothing.
        // ("print-step" was the example before the eighth session: a class with "print" and "step" now names the
        // printed text, see PrintedTextNamesTest.)
        String html = "<html><head><title>Leek soup</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/recipes'>Recipes</a></nav>"
                + "<h1>Leek soup</h1><div class='steps'>"
                + "<div class='promo-step'>" + STEP_ONE + "</div>"
                + "<div class='promo-step'>" + STEP_TWO + "</div>"
                + "<div class='promo-step'>" + STEP_THREE + "</div></div>"
                + "<div class='comments'><p>I made this twice last winter and my family loved it, thank you so "
                + "much for sharing the recipe with all of us here.</p></div>"
                + "<footer>Contact us</footer></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.paragraphs()).containsExactly(STEP_ONE, STEP_TWO, STEP_THREE);
        assertThat(page.removedBlocks()).anyMatch(s -> s.contains("look 2"));
    }

    @Test
    void leavesOutAContainerWhoseTeasersWerePruned() {
        StringBuilder html = new StringBuilder("<html><head><title>Our research</title></head><body><main>"
                + "<h1>Our research</h1><div class='text'><p>The institute studies how regions can leave coal behind "
                + "without leaving their people behind, and it works with towns, unions and firms on the plans.</p>"
                + "<h3>Vision</h3><p>A fair and climate-neutral economy.</p></div><div class='list'>");
        for (int i = 0; i < 8; i++) {
            html.append("<div class='teaser-item'><h4>News item ").append(i).append("</h4><p>A short summary of ")
                    .append("a report that the institute published, written for the news page number ").append(i)
                    .append(".</p></div>");
        }
        html.append("</div></main></body></html>");

        ExtractedPage page = extractor.extract(html.toString(), null);

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.paragraphs()).startsWith("The institute studies how regions can leave coal behind without "
                + "leaving their people behind, and it works with towns, unions and firms on the plans.");
        assertThat(page.paragraphs()).contains("Vision", "A fair and climate-neutral economy.");
        assertThat(page.text()).doesNotContain("A short summary");
    }

    @Test
    void keepsAPageOfCommentsAndNoticesWithoutArticle() {
        // The extra looks must not turn comments, a cookie notice or a footer into an article.
        String html = "<html><body><nav><ul><li><a href='/a'>World news and politics today</a></li>"
                + "<li><a href='/b'>Business and markets</a></li></ul></nav>"
                + "<div class='comment'><p>This is a comment that is long enough to read like a sentence of prose, "
                + "with commas, and more than twenty five words in it, so it would count as running text.</p></div>"
                + "<div class='comment'><p>This is a second comment that is long enough to read like a sentence of "
                + "prose, with commas, and more than twenty five words in it, so it counts as text.</p></div>"
                + "<div class='cookie-notice'><p>We use cookies to measure how you use this site, and we share what "
                + "we learn with partners who show you advertising, unless you say no here.</p></div>"
                + "<footer><p>About us, contact, careers, and the rest of the links that every site has at its "
                + "foot, written out as a sentence for this test.</p></footer></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.hasArticle()).isFalse();
        assertThat(page.paragraphs()).isEmpty();
    }

    @Test
    void anArticleRoleDoesNotLetNamesMakeBoilerplateOfTheMarkedArticle() {
        String body = "The council met on Tuesday evening and agreed, after a long debate, to repair the old bridge "
                + "before the winter floods arrive in the valley.";
        String html = "<html><head><title>Bridge repair agreed</title></head><body>"
                + "<article role='article' typeof='schema:Article' class='node node--promoted'>"
                + "<h1>Bridge repair agreed</h1><p>" + body + "</p><p>" + body.replace("Tuesday", "Monday") + "</p>"
                + "</article><div class='box'><p>Readers also wrote to us about the weather this month, and many "
                + "of them said that the rain had been heavier than in any year they remember, which is a lot.</p>"
                + "</div>" + aside() + aside() + "</body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.paragraphs()).containsExactly(body, body.replace("Tuesday", "Monday"));
    }

    /** Prose in an aside: with two of them the article holds less than half of the page's prose. */
    private static String aside() {
        return "<aside><p>In other news this week the library opened a new reading room on the second floor, the "
                + "swimming pool changed its opening hours for the summer, and the market square will be closed to "
                + "cars on Saturdays from June until the end of September, as the town council decided in spring "
                + "after hearing from the shop owners.</p></aside>";
    }
}
