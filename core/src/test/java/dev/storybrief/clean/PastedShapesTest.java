package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Texts a reader pastes that no test had: a bulletin copied from a PDF whose running head is "publisher — series",
 * and a live blog whose times stand on lines of their own, with no date. Every text is made up.
 */
class PastedShapesTest {
    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("p", Path.of("p.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @Test
    void aRunningHeadOfPublisherAndSeriesNamesThePublisher() {
        String head = "KELLPORT HARBOUR AUTHORITY — INCIDENT BULLETIN                                  ";
        Article a = clean(head + "3\n\n"
                + "The passenger ferry Vessa Star, operated by Kellport Lines, lost steer-\n"
                + "ing at 07:42 on 2 December 2026 while turning into the inner basin and\n"
                + "struck the moored cargo ship Nordlys. The ferry's bow was holed above\n"
                + "the waterline. No water entered the hull.\n\n"
                + "All 212 passengers were landed by pilot boats by 08:40. Four passen-\n"
                + "gers were treated for minor injuries at Kellport General Hospital and\n"
                + "released the same day.\n\n"
                + "Page 3 of 5\n\n"
                + head + "4\n\n"
                + "The authority has asked the Baltic maritime safety board to investi-\n"
                + "gate the loss of steering. Crossings to Vessa island were suspended\n"
                + "until 4 December, when a replacement vessel was cleared for the route.\n\n"
                + "Page 4 of 5\n");
        assertThat(a.outlet()).isEqualToIgnoringCase("Kellport Harbour Authority");
        String text = String.join(" ", a.paragraphs());
        assertThat(text).contains("lost steering at 07:42", "Four passengers", "to investigate the loss")
                .doesNotContain("BULLETIN", "Page 3");
    }

    @Test
    void aLiveBlogsTimesOnLinesOfTheirOwnStampItsEntries() {
        Article a = clean("Kellport ferry collision: live updates\n\n"
                + "10:52\nKellport Lines says the morning crossings to Vessa island are suspended while divers inspect"
                + " the hull.\n\n"
                + "10:15\nHarbour master Olav Brenn tells reporters the ferry lost steering in the inner basin.\n\n"
                + "09:47\nKellport General Hospital says four passengers are being treated for minor injuries.\n\n"
                + "08:31\nA passenger ferry has struck a moored cargo ship in Kellport harbour, according to the port"
                + " authority.\n");
        assertThat(a.paragraphs()).hasSize(4);
        // told in the order the entries were posted, their stamps taken for a live blog's and not a video's
        assertThat(a.paragraphs().get(0)).startsWith("A passenger ferry has struck");
        assertThat(a.paragraphs().get(3)).startsWith("Kellport Lines says");
        assertThat(a.removed()).extracting(Removal::rule).contains("live-blog-time").doesNotContain("video-timestamp");
    }

    @Test
    void aVideosTimeCodesAreNoLiveBlog() {
        Article a = clean("Harbour tour\n\n0:12\nThe quay was built in 1911 by the town's fishermen.\n\n"
                + "0:45\nThe inner basin holds forty boats in winter.\n\n"
                + "0:58\nPilot boats wait at the harbour mouth for the ferries.\n");
        assertThat(a.removed()).extracting(Removal::rule).doesNotContain("live-blog-time");
    }
}
