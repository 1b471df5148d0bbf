package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A list whose items are linked titles with the start of other pages' text, cut off with an ellipsis, shows other
 * pages and goes; an author's list, whose items end their sentences (one may trail off), stays.
 */
class ExcerptListsTest {

    private static final String ARTICLE = "<p>Tidal mills used the difference between high and low water: a pond"
            + " filled through a gate at high tide and drove the wheel as it emptied at low tide, twice a day.</p>"
            + "<p>Most of them stood on estuaries with a large tidal range, and a few were still grinding flour in the"
            + " early twentieth century before electric mills replaced them.</p>";

    private static String page(String list) {
        return "<html><head><title>Tidal mill</title></head><body><article><h1>Tidal mill</h1>" + ARTICLE
                + "<h3>In other dictionaries:</h3>" + list + "</article></body></html>";
    }

    private static String excerpt(String title, String text) {
        return "<li><p><strong><a href='/other/" + title.length() + "'>" + title + "</a></strong> — " + text
                + "</p></li>";
    }

    @Test
    void aListOfCutExcerptsOfOtherPagesGoes() {
        String text = new HtmlArticleExtractor().extract(page("<ul>"
                + excerpt("Tide mill", "noun A mill powered by the rise and fall of the tide, usually by a dam with a"
                        + " sluice across a tidal inlet and a … Wiktionary")
                + excerpt("Watermill", "A watermill or water mill is a mill that uses hydropower. It is a structure"
                        + " that uses a water wheel or water turbine to drive a mechanical … Wikipedia")
                + excerpt("Mill pond", "A mill pond is a body of water used as a reservoir for a water-powered mill,"
                        + " often built by damming a stream and holding…")
                + "</ul>"), null).text();

        assertThat(text).contains("drove the wheel as it emptied", "electric mills replaced them")
                .doesNotContain("powered by the rise and fall", "uses hydropower", "used as a reservoir");
    }

    @Test
    void anAuthorsListWithOneItemTrailingOffStays() {
        String text = new HtmlArticleExtractor().extract(page("<ul>"
                + "<li>The <a href='/mills/eling'>mill at Eling</a> still grinds flour on some days of the year.</li>"
                + "<li>The mill at Woodbridge was restored in the 1970s and is open to visitors.</li>"
                + "<li>The mill at Three Mills in London is the largest that survives, and its story goes on…</li>"
                + "</ul>"), null).text();

        assertThat(text).contains("still grinds flour on some days", "its story goes on");
    }
}
