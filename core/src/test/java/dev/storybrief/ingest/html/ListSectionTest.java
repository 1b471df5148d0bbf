package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * When the article's first prose is an item of a list, the heading and the line that open its section sit beside the
 * list, not in it: the section is told by the element holding the list, and they stay; a line before that element
 * still goes. Likewise a box around one paragraph alone (a content component) is that paragraph's box, not its
 * section.
 */
class ListSectionTest {

    @Test
    void theHeadingAndLineBesideAListOfProseItemsStay() {
        String html = "<html><head><title>Dance figures</title></head><body><nav><a href='/'>Home</a>"
                + " <a href='/figures'>Figures</a></nav><div id='page-content'><div class='crumbs'>Figures by level</div>"
                + "<div class='section'><h2>Enchufla</h2><p>The change of places, explained slowly</p>"
                + "<ul><li>The man leads the lady into a turn without taking her backwards, and then lets go.</li>"
                + "<li>She turns a little further until his right hand on her back stops her in front of him.</li>"
                + "<li>He then takes her other hand and leads her a little to the right, ready for the next move.</li>"
                + "<li>Once there and back again, and on the way back he lets go of her right hand and turns.</li>"
                + "</ul><h2>Barbi</h2><ul><li>The lady is turned as in a basic turn, but he stops her with his"
                + " right hand on her back, and they end side by side.</li><li>From there he leads her back into the"
                + " basic step, changing hands behind his back as the music turns.</li></ul></div></div></body></html>";

        String text = new HtmlArticleExtractor().extract(html, null).text();

        assertThat(text).startsWith("Enchufla").contains("The change of places, explained slowly",
                "stops her in front of him").doesNotContain("Figures by level");
    }

    @Test
    void aBoxAroundOneParagraphIsNotItsSection() {
        String html = "<html><head><title>Big data in schools</title></head><body><nav><a href='/'>Home</a>"
                + " <a href='/papers'>Papers</a></nav><div class='content'><div class='kicker-box'><span>Paper</span>"
                + "</div><h2>A discussion paper on big data and data analytics</h2><div class='component text'>"
                + "<p>Schools collect more data about their pupils every year, and the programs that read those data"
                + " promise to tell teachers which child needs help long before the child falls behind.</p></div>"
                + "<div class='component text'><p>This paper asks what such programs can know, what they cannot know,"
                + " and who should decide how far their advice may go in a classroom.</p></div></div></body></html>";

        String text = new HtmlArticleExtractor().extract(html, null).text();

        assertThat(text).startsWith("A discussion paper on big data and data analytics")
                .contains("who should decide");
    }
}
