package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.ArticleKind;
import dev.storybrief.model.Removal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A press release (QA24 #14) is its issuer's statement: read from its newswire's dateline and closing SOURCE line, its
 * "About ..." paragraph or the ticker its lead names the issuer with, the issuer is its outlet and its kind is a press
 * release, whichever newswire carried it or site reprinted it. Every text is made up.
 */
class PressReleasesTest {
    static final String RELEASE = """
            Tessel Robotics Unveils Harbour Inspection Drone

            KELLPORT, Dec. 1, 2026 /PRNewswire/ -- Tessel Robotics, Inc. (NASDAQ: TSSL), a maker of underwater \
            inspection systems, today announced the launch of its Mako-3 drone, which can inspect a ship's hull in \
            under an hour.

            "Ports lose days to hull inspections," said Ada Lind, chief executive of Tessel Robotics.

            The drone will ship to customers in the first quarter of 2027 at a price of $84,000.

            SOURCE Tessel Robotics, Inc.
            """;

    private static Article clean(String text, Map<dev.storybrief.ingest.MetaKey, String> meta) {
        return new ArticleCleaner().clean(new RawDocument("r", Path.of("r.txt"), SourceFormat.TEXT, text, meta));
    }

    private static Article clean(String text) {
        return clean(text, Map.of());
    }

    @Test
    void aNewswireReleaseIsItsIssuersWithItsDatelineRead() {
        Article a = clean(RELEASE);
        assertThat(a.kind()).isEqualTo(ArticleKind.PRESS_RELEASE);
        assertThat(a.kindMark()).isEqualTo("issued by Tessel Robotics");
        assertThat(a.outlet()).isEqualTo("Tessel Robotics");
        assertThat(a.wire()).isNull();
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(a.paragraphs().get(0)).startsWith("Tessel Robotics, Inc. (NASDAQ: TSSL), a maker");
        assertThat(a.paragraphs()).noneMatch(p -> p.startsWith("SOURCE"));
        assertThat(a.removed()).extracting(Removal::rule).contains("release-source");
    }

    @Test
    void aReprintOnAnotherSiteIsStillTheIssuers() {
        Article a = clean(RELEASE, Map.of(dev.storybrief.ingest.MetaKey.OUTLET, "Harbour Business Daily"));
        assertThat(a.kind()).isEqualTo(ArticleKind.PRESS_RELEASE);
        assertThat(a.outlet()).isEqualTo("Tessel Robotics");
    }

    @Test
    void aBusinessWireReleaseNamesItsIssuerByItsTicker() {
        Article a = clean("""
                Tessel Robotics Reports Record Orders for Mako-3

                KELLPORT--(BUSINESS WIRE)--Dec. 2, 2026--Tessel Robotics, Inc. (NASDAQ: TSSL) said orders for its \
                Mako-3 hull inspection drone reached 120 units in the first day after launch.

                "Demand from ports has surpassed our plans," said Ada Lind, chief executive.
                """);
        assertThat(a.kind()).isEqualTo(ArticleKind.PRESS_RELEASE);
        assertThat(a.outlet()).isEqualTo("Tessel Robotics");
        assertThat(a.published()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(a.paragraphs().get(0)).startsWith("Tessel Robotics, Inc. (NASDAQ: TSSL) said orders");
    }

    @Test
    void aReportWithACreditOrAContactLineIsNoRelease() {
        Article credit = clean("""
                Robot maker launches hull drone

                KELLPORT (Baltic Wire) - Tessel Robotics launched a drone on Tuesday that it says can inspect a \
                ship's hull in under an hour, a task that takes port divers most of a day.

                Harbour operators said they would wait for trials before buying.

                SOURCE Baltic Wire
                """);
        assertThat(credit.kind()).isEqualTo(ArticleKind.NEWS);
        assertThat(credit.outlet()).isEqualTo("Baltic Wire");
        Article contact = clean("""
                Flood warning for the Kell valley

                The river authority warned on Sunday that the Kell could burst its banks by Monday night after two \
                days of heavy rain.

                For media inquiries, contact the river authority's press office.
                """);
        assertThat(contact.kind()).isEqualTo(ArticleKind.NEWS);
    }
}
