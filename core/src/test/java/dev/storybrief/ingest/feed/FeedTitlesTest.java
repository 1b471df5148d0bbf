package dev.storybrief.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A section feed's title names the outlet and the section; the outlet is what a source says. Titles made up. */
class FeedTitlesTest {

    @Test
    void theOutletIsThePartTheItemsHostSpells() {
        assertThat(FeedTitles.outlet("Kvarn Coast News – Top stories", "www.kvarncoastnews.example"))
                .isEqualTo("Kvarn Coast News");
        assertThat(FeedTitles.outlet("Harbour affairs | The Orvale Voice", "orvalevoice.co.uk")).isEqualTo("The Orvale Voice");
    }

    @Test
    void withoutAHostTheOutletIsWhatIsLeftBesideSectionNames() {
        assertThat(FeedTitles.outlet("Kvarn Coast News - Top stories", null)).isEqualTo("Kvarn Coast News");
        assertThat(FeedTitles.outlet("World news | The Orvale Voice", null)).isEqualTo("The Orvale Voice");
        assertThat(FeedTitles.outlet("Harbour affairs - Orvale Voice", null)).as("two names: which is the outlet is unknown")
                .isEqualTo("Harbour affairs - Orvale Voice");
        assertThat(FeedTitles.outlet("Kvarn Coast News", "kvarncoastnews.example")).isEqualTo("Kvarn Coast News");
        assertThat(FeedTitles.outlet("Smith-Jones Gazette", null)).as("a hyphen in a name is no join")
                .isEqualTo("Smith-Jones Gazette");
    }
}
