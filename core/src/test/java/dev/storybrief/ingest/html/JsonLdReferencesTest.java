package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JSON-LD graphs that describe each thing once and point to it by {@code @id} (WordPress SEO plugins). */
class JsonLdReferencesTest {

    private static final String ARTICLE = "<div class='article-body'>"
            + "<p>" + String.join("</p><p>", SyntheticPages.BODY) + "</p></div>";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ExtractedPage page(String head) {
        return extractor.extract("<html><head>" + head + "</head><body>" + ARTICLE + "</body></html>", null);
    }

    private static String graph(String... objects) {
        return "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + String.join(",", objects) + "]}</script>";
    }

    @Test
    void publisherAndAuthorGivenByIdAreReadFromTheObjectsTheyPointTo() {
        ExtractedPage p = page(graph(
                "{\"@type\":\"NewsArticle\",\"@id\":\"https://paper.example/a/#article\",\"headline\":\"Budget passes\","
                        + "\"datePublished\":\"2021-03-04\",\"author\":{\"@id\":\"https://paper.example/#/person/7\"},"
                        + "\"publisher\":{\"@id\":\"https://paper.example/#organization\"}}",
                "{\"@type\":\"WebPage\",\"@id\":\"https://paper.example/a/\",\"name\":\"Budget passes\"}",
                "{\"@type\":\"Organization\",\"@id\":\"https://paper.example/#organization\",\"name\":\"Valley Courier\"}",
                "{\"@type\":\"Person\",\"@id\":\"https://paper.example/#/person/7\",\"name\":\"Rosa Vega\"}"));
        assertThat(p.outlet()).isEqualTo("Valley Courier");
        assertThat(p.author()).isEqualTo("Rosa Vega");
    }

    /** Article -> WebPage -> WebSite by isPartOf, the site's publisher given by reference too. */
    @Test
    void theSiteTheArticleIsPartOfNamesItsPublisherWhenTheArticleNamesNone() {
        assertThat(outletOf("{\"@type\":\"Article\",\"headline\":\"Budget passes\",\"datePublished\":\"2021-03-04\","
                        + "\"isPartOf\":{\"@id\":\"https://paper.example/a/\"}}",
                "{\"@type\":\"WebPage\",\"@id\":\"https://paper.example/a/\",\"isPartOf\":{\"@id\":\"https://paper.example/#site\"}}",
                "{\"@type\":\"WebSite\",\"@id\":\"https://paper.example/#site\",\"name\":\"courier.example\","
                        + "\"publisher\":{\"@id\":\"https://paper.example/#org\"}}",
                "{\"@type\":\"Organization\",\"@id\":\"https://paper.example/#org\",\"name\":\"Valley Courier\"}",
                "{\"@type\":\"Organization\",\"@id\":\"https://other.example/#org\",\"name\":\"Printing Partner\"}"))
                .isEqualTo("Valley Courier");
        // an id the page does not describe names nothing
        assertThat(outletOf("{\"@type\":\"NewsArticle\",\"headline\":\"Budget passes\",\"datePublished\":\"2021-03-04\","
                + "\"publisher\":{\"@id\":\"https://elsewhere.example/#organization\"}}", "{\"@type\":\"Thing\",\"name\":\"x\"}",
                "{\"@type\":\"Thing\",\"name\":\"y\"}", "{\"@type\":\"Thing\",\"name\":\"z\"}")).isNull();
    }

    private String outletOf(String... objects) {
        return page(graph(objects)).outlet();
    }
}
