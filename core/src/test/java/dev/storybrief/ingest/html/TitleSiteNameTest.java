package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The outlet a title ends with, as the last resort for a saved page that names none otherwise. */
class TitleSiteNameTest {

    @Test
    void aCapitalisedLastPartAfterADashOrBarIsTheName() {
        assertThat(TitleSiteName.of("Council passes budget after long debate - Valley Courier")).isEqualTo("Valley Courier");
        assertThat(TitleSiteName.of("Council passes budget after long debate | The Journal of Towns"))
                .isEqualTo("The Journal of Towns");
    }

    @Test
    void sectionsLowerCasePhrasesAndLongPartsAreNotNames() {
        assertThat(TitleSiteName.of("Council passes budget after long debate | World News")).isNull();
        assertThat(TitleSiteName.of("Council passes budget after long debate - Politics")).isNull();
        assertThat(TitleSiteName.of("Council passes budget - what it means for you")).isNull();
        assertThat(TitleSiteName.of("Budget - Council Passes Budget After Long And Heated Debate")).isNull();
        assertThat(TitleSiteName.of("Council passes budget after long debate")).isNull();
    }

    @Test
    void aSavedPageWithoutAddressOrSiteMetadataTakesTheTitlesName() {
        String body = "<p>" + String.join("</p><p>", SyntheticPages.BODY) + "</p>";
        ExtractedPage p = new HtmlArticleExtractor().extract("<html><head><title>Council passes budget after long debate"
                + " - Valley Courier</title></head><body><article>" + body + "</article></body></html>", null);
        assertThat(p.outlet()).isEqualTo("Valley Courier");
        assertThat(p.title()).isEqualTo("Council passes budget after long debate");
    }
}
