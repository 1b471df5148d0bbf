package dev.storybrief.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire copies on the desk: five outlets run one report, two of them with another figure in the same words. The desk
 * collapses all five into one article and its copies, as {@code stories} does, but briefs every copy, as {@code brief}
 * and {@code stories --brief} read the same pages: the changed figure is a claim, and the briefing says the outlets
 * disagree. Made-up pages on a local server.
 */
class DeskCopiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "<p>The competition authority is expected to review the deal between the two"
            + " lenders.</p><p>The deal will cut jobs at the Norland head office over three years, the banks said.</p>"
            + "<p>Shares in Norland rose sharply in early trading after the announcement.</p>";

    @TempDir
    Path dir;

    private static String page(String outlet, String billions) {
        return "<html><head><title>Greywater agrees takeover of Norland</title><meta property=\"og:site_name\" content=\""
                + outlet + "\"><meta property=\"article:published_time\" content=\"2026-11-04T09:00:00Z\"></head>"
                + "<body><article><h1>Greywater agrees takeover of Norland</h1><p>Greywater Bank has agreed to buy"
                + " Norland Savings for " + billions + " billion pounds, the two banks said on Tuesday.</p>" + REST
                + "</article></body></html>";
    }

    @Test
    void aCopyThatChangedAFigureIsBriefedAndTheDisagreementFlagged() throws Exception {
        String[][] copies = {{"a", "Redfield Tribune", "2"}, {"b", "Valley Record", "2"}, {"c", "Orvale Voice", "2"},
                {"d", "Coast Courier", "3"}, {"e", "Harwick Post", "3"}};
        try (DeskRevisionTest.Site site = new DeskRevisionTest.Site()) {
            StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>Money Wire</title>");
            for (String[] c : copies) {
                site.pages.put("/" + c[0] + ".html", page(c[1], c[2]));
                feed.append("<item><title>Greywater agrees takeover of Norland</title><link>").append(site.base())
                        .append('/').append(c[0]).append(".html</link><pubDate>Wed, 04 Nov 2026 09:00:00 GMT</pubDate>"
                                + "</item>");
            }
            site.feed = feed.append("</channel></rss>").toString();
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), site.base() + "/feed.xml\n");
            try (DeskHarness desk = new DeskHarness(dir.resolve("data"), feeds, DeskHarness.testPolicy(), null)) {
                desk.watcher.recover();
                assertThat(desk.watcher.cycle().stored()).isEqualTo(5);
                List<DeskArticle> stored = desk.articles();
                assertThat(stored).extracting(DeskArticle::storyId).containsOnly(stored.get(0).storyId());
                assertThat(stored).as("the desk collapses the copies, the changed ones too")
                        .filteredOn(a -> a.copyOf() == null).hasSize(1);
                JsonNode briefing = JSON.readTree(desk.store.queries().briefings(stored.get(0).storyId()).get(0).json());
                assertThat(briefing.get("disagreements").toString()).contains("2 billion pounds")
                        .contains("3 billion pounds");
            }
        }
    }
}
