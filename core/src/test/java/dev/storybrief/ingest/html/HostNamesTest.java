package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A print version of a page declares no outlet name (no og:site_name, no JSON-LD publisher) but shows it: the outlet
 * is the name its masthead, title or copyright line gives when the host spells it, never the bare host (QA16 #20).
 */
class HostNamesTest {
    private static final String URL = "https://www.kelbycourier.co.uk/print/news/2026/03/03/flooding-kelby";
    private static final String BODY = "<h1>Flooding forces hundreds from homes in Kelby</h1><p>Hundreds of residents were"
            + " moved out of their homes in Kelby on Tuesday after the river burst its banks overnight, the county council"
            + " said.</p><p>Emergency crews used boats to reach houses on the lower streets, where water stood a metre deep"
            + " by morning, and the council opened a shelter at the sports centre.</p>";

    private static String outlet(String head, String masthead, String footer) {
        return new HtmlArticleExtractor().extract("<html><head>" + head + "</head><body>" + masthead
                + "<div class=\"print-article\">" + BODY + "</div>" + footer + "</body></html>", URL).outlet();
    }

    @Test
    void aPrintPageTakesTheNameItsMastheadTitleOrCopyrightShows() {
        assertThat(outlet("<title>Flooding in Kelby</title>", "<div class=\"print-header\"><img src=\"/l.png\" alt=\"Kelby"
                + " Courier\"></div>", "")).isEqualTo("Kelby Courier");
        assertThat(outlet("<title>Flooding forces hundreds from homes in Kelby | Kelby Courier</title>", "", ""))
                .isEqualTo("Kelby Courier");
        assertThat(outlet("<title>Print</title>", "", "<p>© 2026 Kelby Courier Ltd. All rights reserved.</p>"))
                .isEqualTo("Kelby Courier");
        // the normal page's own evidence stays first
        assertThat(outlet("<meta property=\"og:site_name\" content=\"The Kelby Courier\">", "", "")).isEqualTo("The Kelby Courier");
    }

    @Test
    void aNameTheHostDoesNotSpellIsNotTheOutlet() {
        assertThat(outlet("<title>Flooding in Kelby | Weather Desk</title>", "<div class=\"logo\">Sponsored by Acme</div>",
                "<p>© 2026 Photo Agency Ltd.</p>")).isEqualTo("kelbycourier.co.uk");
        assertThat(HostNames.label("news.bbc.co.uk")).isEqualTo("bbc");
        assertThat(HostNames.spells("bbc", "BBC News")).isTrue();
        assertThat(HostNames.spells("bbc", "Bbcode Forum")).isFalse();
    }
}
