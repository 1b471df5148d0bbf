package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page a browser printed and saved as text: its header ("12/5/26, 10:14 AM  title | site") and footer ("address
 * 1/2") on every page go, and say the page's title, site, address and the day printed. Every text is made up.
 */
class BrowserPrintTest {
    private static final String HEADER = "12/5/26, 10:14 AM    Corra Belle fire forces evacuation | Inchmarra Herald";
    private static final String ADDRESS = "https://inchmarraherald.example/news/corra-belle-fire";
    private static final String LEAD = "A fire broke out in the engine room of the ferry Corra Belle off Inchmarra on"
            + " Saturday, the coastguard said.";
    private static final String CUT_BEFORE = "All 140 passengers were taken ashore by lifeboat crews before";
    private static final String CUT_AFTER = "noon, the ferry's operator said.";
    private static final String LAST = "The harbour master said the ferry would be towed to dry dock on Monday.";

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("p", Path.of("p.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    /**
     * Headers and footers leave the text; the title, site and address are read; a paragraph the page break cut is
     * whole again; the day printed bounds the date and does not give it.
     */
    @Test
    void headersAndFootersGoAndNameThePage() {
        Article a = clean(HEADER + "\n\nCorra Belle fire forces evacuation\n\n" + LEAD + "\n\n" + CUT_BEFORE + "\n\n"
                + ADDRESS + " 1/2\n\n" + HEADER + "\n\n" + CUT_AFTER + "\n\n" + LAST + "\n\n" + ADDRESS + " 2/2\n");
        assertThat(a.title()).isEqualTo("Corra Belle fire forces evacuation");
        assertThat(a.outlet()).isEqualTo("Inchmarra Herald");
        assertThat(a.url()).isEqualTo(ADDRESS);
        assertThat(a.paragraphs()).containsExactly(LEAD, CUT_BEFORE + " " + CUT_AFTER, LAST);
        assertThat(a.published()).isNull();
        assertThat(a.dating().notAfter()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    /** A text that opens with a date and time but has no footer with an address is no print. */
    @Test
    void aTimeStampedLineWithoutFooterIsNoPrint() {
        assertThat(BrowserPrints.of(List.of("12/5/26, 10:14 AM    Ferry service suspended", LEAD))).isEmpty();
        // a title the browser cut short is not the title; a four-digit year read one way only
        BrowserPrints cut = BrowserPrints.of(List.of("14/12/2026, 09:02    Corra Belle fire forces evacuation of...",
                LEAD, ADDRESS + " 1/1")).orElseThrow();
        assertThat(cut.fields()).doesNotContainKey(dev.storybrief.ingest.MetaKey.TITLE)
                .containsEntry(dev.storybrief.ingest.MetaKey.UPDATED, "2026-12-14");
        assertThat(cut.lines()).containsExactly(LEAD);
    }
}
