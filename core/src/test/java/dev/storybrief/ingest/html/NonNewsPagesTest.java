package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A page whose own metadata declares a product or a recipe is no news article, though its text reads as prose; one
 * that also declares a news article stays one (QA 18). The pages are made up.
 */
class NonNewsPagesTest {

    private static final String SHOP_COPY = "<p>The Kelvo K2 kettle boils 1.7 litres in under four minutes. Its 3000 W"
            + " element, brushed steel body and soft-touch handle make it the perfect kettle for busy mornings.</p>"
            + "<p>Free delivery on orders over $35. Order before 4 p.m. and we ship the same day from our warehouse in"
            + " Harlow.</p><button>Add to cart</button>";

    private static String page(String head, String body) {
        return "<html><head><title>Kelvo K2 kettle</title>" + head + "</head><body><main><h1>Kelvo K2 kettle</h1>"
                + body + "</main></body></html>";
    }

    private static String jsonLd(String json) {
        return "<script type='application/ld+json'>" + json + "</script>";
    }

    @Test
    void aProductPageIsNoNewsArticleButKeepsItsText() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<meta property='og:type' content='product'>"
                + jsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Kelvo K2\","
                + "\"offers\":{\"@type\":\"Offer\",\"price\":\"39.99\",\"priceCurrency\":\"USD\"}}"), SHOP_COPY), null);
        assertThat(page.hasArticle()).isFalse();
        assertThat(page.reason()).contains("product page").contains("schema.org Product");
        assertThat(page.text()).as("an extractor is still judged on the page's text").contains("perfect kettle");
    }

    @Test
    void anOpenGraphProductTypeAloneIsEnough() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<meta property='og:type' content='product'>",
                SHOP_COPY), null);
        assertThat(page.hasArticle()).isFalse();
        assertThat(page.reason()).contains("og:type product");
    }

    @Test
    void aRecipeIsNoNewsArticleEvenWhereTheBlogCallsEveryPostAnArticle() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page("<meta property='og:type' content='article'>"
                + jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Article\",\"headline\":"
                + "\"Orange cake\"},{\"@type\":\"Recipe\",\"name\":\"Orange cake\",\"recipeIngredient\":[\"3 eggs\"]}]}"),
                "<p>This orange cake is the one my grandmother baked every Sunday, light and moist, and it takes only"
                        + " half an hour from bowl to oven.</p><p>Beat the eggs with the sugar until pale, then fold"
                        + " in the flour and the juice of two oranges.</p>"), null);
        assertThat(page.hasArticle()).isFalse();
        assertThat(page.reason()).contains("recipe page");
    }

    @Test
    void aNewsStoryAboutAProductStaysANewsArticle() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page(jsonLd("{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Kelvo recalls K2 kettles\",\"datePublished\":"
                + "\"2026-11-24\"},{\"@type\":\"Product\",\"name\":\"Kelvo K2\"}]}"),
                "<p>Kelvo is recalling 120,000 K2 kettles because their lids can open during boiling, the company"
                        + " said on Tuesday.</p><p>Fourteen people have been burned, according to the regulator, which"
                        + " urged owners to stop using the kettles at once.</p>"), null);
        assertThat(page.hasArticle()).isTrue();
        assertThat(page.reason()).isNull();
    }

    @Test
    void theProductAReviewSpeaksOfIsNotWhatThePageIs() {
        ExtractedPage page = new HtmlArticleExtractor().extract(page(jsonLd("{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Review\",\"name\":\"Kelvo K2 review\",\"itemReviewed\":{\"@type\":\"Product\","
                + "\"name\":\"Kelvo K2\"},\"reviewBody\":\"A quiet kettle.\"}"),
                "<p>We used the Kelvo K2 for a month in a busy office kitchen, boiling it a dozen times a day, and it"
                        + " never once let us down.</p><p>It is quieter than any kettle we have tested this year, though"
                        + " its lid is stiff and the handle gets warm.</p>"), null);
        assertThat(page.hasArticle()).isTrue();
    }
}
