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

    @Test
    void aHostWithoutAccentsOrSpellingTheNamesFirstWordsNamesTheOutlet() {
        assertThat(FeedTitles.outlet("Notícias do Vale – Última hora", "www.noticiasdovale.example"))
                .isEqualTo("Notícias do Vale");
        assertThat(FeedTitles.outlet("Kettle Alert Network - Recalls", "kettlealert.example"))
                .isEqualTo("Kettle Alert Network");
    }

    /** A title in another script is split by its sections' names as a Latin one is (QA tour 21). */
    @Test
    void aSectionInCyrillicOrGreekIsNoOutlet() {
        assertThat(FeedTitles.outlet("Вечерний Тарск — Происшествия", "tarsk-vecher.example")).isEqualTo("Вечерний Тарск");
        assertThat(FeedTitles.outlet("Новости | Северная газета", null)).isEqualTo("Северная газета");
        assertThat(FeedTitles.outlet("Ηχώ του Λιμανιού - Ειδήσεις", null)).isEqualTo("Ηχώ του Λιμανιού");
    }

    @Test
    void sectionNamesInOtherLanguagesAreNoOutlet() {
        assertThat(FeedTitles.outlet("Morgenblick - Wirtschaft", "127.0.0.1")).isEqualTo("Morgenblick");
        assertThat(FeedTitles.outlet("Notícias do Vale – Última hora", null)).isEqualTo("Notícias do Vale");
        assertThat(FeedTitles.outlet("Portada | La Voz de Varela", null)).isEqualTo("La Voz de Varela");
        assertThat(FeedTitles.outlet("Le Courrier du Lac - À la une", null)).isEqualTo("Le Courrier du Lac");
    }

    @Test
    void aPartTheItemsLinksFileThemUnderIsTheSection() {
        // the host drops a word of the name, and "Ferries" is no section name any list knows
        assertThat(FeedTitles.outlet("Tarn Isles Post - Ferries", "tarnpost.example", "/ferries/strike-ends"))
                .isEqualTo("Tarn Isles Post");
        assertThat(FeedTitles.outlet("Harbour affairs - Orvale Voice", null, "/harbour-affairs/2026/ferry.html"))
                .isEqualTo("Orvale Voice");
        assertThat(FeedTitles.outlet("Tarn Isles Post - Ferries", "tarnpost.example", "/news/ferries"))
                .as("the article's own last part of the path is no section").isEqualTo("Tarn Isles Post - Ferries");
    }
}
