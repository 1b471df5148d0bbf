package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sidebar of teasers (an {@code <aside>}, a menu) is not the article, even when its teaser text outweighs the
 * article's own prose: a page that marks its article (an {@code <article>}, {@code <main>}, schema.org markup)
 * says where the article is, and an aside beside or inside it is an aside. Without such marks a boilerplate tag
 * that holds most of the prose may still be a wrapper, as before.
 */
class SidebarBesideArticleTest {

    private static final String[] BODY = {
        "The harbour board closed the northern quay on Tuesday after engineers found cracks in two of its pillars,"
                + " the board's chairwoman said.",
        "Ferries to the islands will leave from the southern quay until repairs are finished, which the board"
                + " expects to take about six weeks.",
        "Fishermen said the closure would cost them a day's catch each week, because the southern quay has no ice"
                + " plant and no cold store.",
        "The board said it would pay for a lorry to carry ice across the harbour twice a day while the work goes"
                + " on."};

    /** Many teasers, each a sentence of prose, so that the sidebar holds most of the page's prose. */
    private static String teasers(int n) {
        StringBuilder sb = new StringBuilder("<h2>Most read</h2><ul>");
        for (int i = 0; i < n; i++) {
            sb.append("<li><a href='/s/").append(i).append("'>Headline of another story number ").append(i)
                    .append("</a><p>A short summary of story ").append(i)
                    .append(", which many readers opened and passed on to their friends this week.</p></li>");
        }
        return sb.append("</ul>").toString();
    }

    private static String body() {
        StringBuilder sb = new StringBuilder();
        for (String p : BODY) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.toString();
    }

    private static String page(String layout) {
        return "<html><head><title>Quay closed | Harbour Echo</title></head><body><header><nav><a href='/'>Home</a>"
                + "</nav></header>" + layout + "<footer>Harbour Echo</footer></body></html>";
    }

    @Test
    void aTeaserSidebarBeforeTheArticleIsLeftOut() {
        String html = page("<div class='layout'><aside class='sidebar'>" + teasers(120) + "</aside><main><article>"
                + "<h1>Quay closed after cracks found</h1>" + body() + "</article></main></div>");

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }

    @Test
    void anAsideInsideTheArticleIsLeftOut() {
        String html = page("<article><h1>Quay closed after cracks found</h1><aside>" + teasers(120) + "</aside>"
                + body() + "</article>");

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }

    @Test
    void aSidebarBesideAnArticleMarkedBySchemaOrgIsLeftOut() {
        String html = page("<div><div itemprop='articleBody'>" + body() + "</div><aside>" + teasers(120)
                + "</aside></div>");

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }

    @Test
    void aTeaserListNamedAsSuchBesideTheMarkedArticleIsLeftOut() {
        String html = page("<div class='columns'><div class='related-stories'>" + teasers(120) + "</div><main>"
                + "<h1>Quay closed after cracks found</h1><div class='story'>" + body() + "</div></main></div>");

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(BODY);
    }

    @Test
    void withoutArticleMarksAnAsideHoldingAllTheProseIsStillRead() {
        String html = page("<aside class='content'>" + body() + "</aside>");

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).contains(BODY[0], BODY[3]);
    }
}
