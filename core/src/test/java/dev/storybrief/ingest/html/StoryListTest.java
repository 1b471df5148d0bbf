package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A home page whose teasers are paragraphs of several sentences, each under its own linked headline, is refused as a
 * list of stories; an article page with the same boxes of related stories below it, or declared an article, is read.
 */
class StoryListTest {

    private static final String[][] TEASERS = {
        {"/a", "Storm closes mountain pass", "Snow closed the Varde pass on Sunday for the first time in April since"
                + " 1987. Road crews expect to reopen it on Wednesday. Buses will run by the coast road until then."},
        {"/b", "New mayor sworn in", "Elin Sand was sworn in as mayor of Tolm on Monday after winning the vote in"
                + " March. She promised to build 300 homes. Her first council meeting is on Friday."},
        {"/c", "Ferry fares to rise", "Fares on the Tolm ferry will rise by 6 percent in June, the operator said."
                + " It blamed the price of fuel. Season tickets will not change."},
        {"/d", "Museum finds lost painting", "A painting missing for 40 years was found in the museum's own store"
                + " room. Staff had catalogued it under the wrong artist. It goes on show next month."}};

    private static String cards() {
        StringBuilder sb = new StringBuilder();
        for (String[] t : TEASERS) {
            sb.append("<div class='card'><h2><a href='").append(t[0]).append("'>").append(t[1]).append("</a></h2><p>")
                    .append(t[2]).append("</p></div>");
        }
        return sb.toString();
    }

    private static String page(String ogType, String article) {
        return "<html><head><title>Tolm Post - Home</title><meta property='og:site_name' content='Tolm Post'>"
                + "<meta property='og:type' content='" + ogType + "'></head><body><nav>Home Local Sport</nav><main>"
                + article + cards() + "</main></body></html>";
    }

    @Test
    void aHomePageOfTeasersIsRefusedAsAListOfStories() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("website", ""), null);

        assertThat(page.hasArticle()).isFalse();
        assertThat(page.reason()).isEqualTo(HtmlArticleExtractor.LIST_OF_STORIES);
    }

    @Test
    void aPageDeclaredAnArticleIsReadThoughItHasTheSameBoxes() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("article", ""), null);

        assertThat(page.hasArticle()).isTrue();
    }

    @Test
    void anArticleWithRelatedTeasersBelowItIsNoList() {
        StringBuilder body = new StringBuilder("<div class='story'><h1>Harbour wall repaired</h1>");
        for (int i = 0; i < 6; i++) {
            body.append("<p>Workers repaired the harbour wall at Tolm during the week, and the council said paragraph ")
                    .append(i + 1).append(" of the report showed the work had cost less than planned.</p>");
        }
        body.append("</div>");

        ExtractedPage page = new HtmlArticleExtractor().extract(page("website", body.toString()), null);

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.paragraphs().get(0)).startsWith("Workers repaired the harbour wall");
    }
}
