package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Read-later exports and other lists of bare links are lists of links, not empty articles (made-up pages). */
class BareLinkListsTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String ITEMS = "<li><a href=\"https://www.denvaleherald.example/2026/11/28/quarry-blast\""
            + " time_added=\"1764340000\" tags=\"\">Quarry blast rattles homes in Denvale</a></li>"
            + "<li><a href=\"https://bayradio.example/news/marla-quest\" time_added=\"1764930000\" tags=\"\">Marla Quest"
            + " fire: what we know</a></li>"
            + "<li><a href=\"https://harbourpost.example/news/ferry-fire\" time_added=\"1764931000\" tags=\"ferry\">"
            + "Ferry fire off Orrin Bay forces evacuation</a></li>";

    @Test
    void aReadLaterExportListsItsLinks() {
        String pocket = "<!DOCTYPE html><html><!--So long and thanks for all the fish--><head><title>Pocket Export"
                + "</title></head><body><h1>Unread</h1><ul>" + ITEMS + "</ul><h1>Read Archive</h1><ul><li><a href="
                + "\"https://www.inselbote.example/2026/12/05/faehre-brand\">Fährbetrieb nach Brand eingestellt</a></li>"
                + "</ul></body></html>";
        ExtractedPage page = extractor.extract(pocket, null);
        assertThat(page.hasArticle()).isFalse();
        assertThat(page.reason()).contains("4 other articles (on 4 sites)");
        assertThat(page.links()).hasSize(4).first().isEqualTo("https://www.denvaleherald.example/2026/11/28/quarry-blast");
    }

    /** An article whose "read more" list is bare links keeps its text: the list is not all of the page. */
    @Test
    void anArticleWithAListOfLinksIsAnArticle() {
        String article = "<html><head><title>Quarry blast</title></head><body><article><h1>Quarry blast rattles homes"
                + "</h1><p>A controlled blast at the Brannock quarry shook houses across the north of Denvale on Friday"
                + " afternoon, cracking windows on at least six streets, residents and the council said.</p><p>The"
                + " quarry's operator said the charge had been larger than planned and that it had stopped all blasting"
                + " until an inquiry was finished.</p></article><h2>Read more</h2><ul>" + ITEMS + "</ul></body></html>";
        ExtractedPage page = extractor.extract(article, null);
        assertThat(page.hasArticle()).isTrue();
        assertThat(String.join("\n", page.paragraphs())).contains("Brannock quarry");
    }
}
