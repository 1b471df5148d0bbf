package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.clean.ArticleCleaner;
import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A table's "Share" column heading is no share button (QA24 #15), on a page and in a text copied one cell a line;
 * a share bar stays boilerplate. Made-up pages.
 */
class ShareColumnTest {
    private static final String LEAD = "The Green List won the most seats on Kellport council on Sunday, taking 11 of"
            + " the 31 seats, the election office said on Monday after the count ended.";

    @Test
    void aDataTablesShareHeadingIsKeptOnAPage() {
        String html = "<html><head><title>Kellport election</title></head><body><article><h1>Kellport election</h1>"
                + "<p>" + LEAD + "</p><table><tr><th>Party</th><th>Votes</th><th>Share</th><th>Seats</th></tr>"
                + "<tr><td>Green List</td><td>14,210</td><td>35.1%</td><td>11</td></tr>"
                + "<tr><td>Liberals</td><td>9,880</td><td>24.4%</td><td>8</td></tr></table>"
                + "<p>The new council meets for the first time on December 14, when it will elect a mayor from among"
                + " its members.</p></article></body></html>";
        assertThat(new HtmlArticleExtractor().extract(html, null).text()).contains("Party | Votes | Share | Seats");
        // a row of buttons laid out in a table holds no figures: still no text
        String buttons = html.replace("</table>", "</table><table><tr><td>Share</td><td>Print</td></tr></table>");
        assertThat(new HtmlArticleExtractor().extract(buttons, null).text()).doesNotContain("Share | Print")
                .contains("Party | Votes | Share | Seats");
    }

    @Test
    void aShareHeadingAmongCellsOneALineIsKeptInAText() {
        Article a = new ArticleCleaner().clean(new RawDocument("t", Path.of("t.txt"), SourceFormat.TEXT,
                "Kellport election: Greens take most seats\n\n" + LEAD + "\n\nParty\nVotes\nShare\nSeats\nGreen List\n"
                        + "14,210\n35.1%\n11\n\nThe new council meets on December 14.\n\nShare\n\nFacebook\nTwitter\n",
                Map.of()));
        assertThat(String.join("\n", a.paragraphs())).contains("Votes\nShare\nSeats");
        assertThat(a.removed()).filteredOn(r -> r.rule().equals("share-bar")).extracting(r -> r.text())
                .containsExactly("Share", "Facebook", "Twitter");
    }
}
