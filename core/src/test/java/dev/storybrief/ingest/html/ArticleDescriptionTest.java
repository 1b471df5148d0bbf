package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The article's own schema.org description ({@code itemprop="description"} in an Article item) is its standfirst,
 * even in a box named like a teaser, as news modules of content management systems build it; a description of another
 * item (the author) is not made article text by that.
 */
class ArticleDescriptionTest {

    private static final String[] BODY = {
        "Anyone can bring household appliances that need repair and have them looked at free of charge, as long as they"
                + " can be carried in by one person.",
        "The cafe is run by the town together with two charities and opens on the last Friday of each month from three"
                + " to six in the afternoon.",
        "Visitors are asked to bring the appliance's manual if they still have it, and to describe what goes wrong,"
                + " since the volunteers can test most things but not all of them on the spot.",
        "Spare parts are not kept in stock: a part that has to be ordered is fitted on the next date, and the"
                + " visitor pays only what the part costs."};

    /** The standfirst: one sentence on one line. */
    private static final String LEAD = "Volunteers at the repair cafe enjoy getting broken toasters working again.";

    private static String page(String descriptionAttributes, String after) {
        return "<html><head><title>Repair cafe on Friday</title></head><body><div class='news news-single'>"
                + "<div class='article' itemscope itemtype='http://schema.org/Article'><h3 itemprop='headline'>Repair"
                + " cafe on Friday</h3><div class='teaser-text'" + descriptionAttributes + "><p>" + LEAD + "</p></div>"
                + "<div class='news-text-wrap'><p>" + BODY[0] + "</p><p>" + BODY[1] + "</p><p>" + BODY[2] + "</p><p>"
                + BODY[3] + "</p></div>"
                + after + "</div></div></body></html>";
    }

    @Test
    void theArticlesDescriptionInATeaserBoxIsItsLead() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page(" itemprop='description'", ""), null);

        assertThat(page.paragraphs()).containsExactly(LEAD, BODY[0], BODY[1], BODY[2], BODY[3]);
    }

    @Test
    void theSameBoxWithoutTheDescriptionMarkIsATeaser() {
        assertThat(new HtmlArticleExtractor().extract(page("", ""), null).paragraphs()).containsExactly(BODY);
    }

    @Test
    void anAuthorsDescriptionStaysOut() {
        String bio = "Anna Muster has written about the town's clubs and charities for the local paper since she"
                + " moved here twenty years ago.";
        ExtractedPage page = new HtmlArticleExtractor().extract(page(" itemprop='description'", "<div class='teaser'"
                + " itemprop='author' itemscope itemtype='http://schema.org/Person'><p itemprop='description'>" + bio
                + "</p></div>"), null);

        assertThat(page.paragraphs()).doesNotContain(bio);
    }

    @Test
    void withoutAnItemTheDescriptionBesideAMarkedArticleBodyIsTheLeadToo() {
        // Templates write the article's properties without the item: description and articleBody, no itemscope.
        String html = page(" itemprop='description'", "").replace(" itemscope itemtype='http://schema.org/Article'", "")
                .replace("<div class='news-text-wrap'>", "<div class='news-text-wrap' itemprop='articleBody'>");

        assertThat(new HtmlArticleExtractor().extract(html, null).paragraphs()).startsWith(LEAD);
    }
}
