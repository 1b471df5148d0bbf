package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON-LD, microdata and meta tags as publishers really write them: nulls inside arrays, numbers and objects where
 * text belongs, arrays where one object belongs, blocks that are not JSON, blocks of megabytes. Each case must
 * leave the article text intact and read whatever sound metadata remains.
 */
class DefensiveMetadataTest {

    private static final String ARTICLE = "<div class='article-body'>"
            + "<p>" + String.join("</p><p>", SyntheticPages.BODY) + "</p></div>";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ExtractedPage withJsonLd(String... blocks) {
        StringBuilder head = new StringBuilder();
        for (String b : blocks) {
            head.append("<script type='application/ld+json'>").append(b).append("</script>");
        }
        return page(head.toString(), "");
    }

    private ExtractedPage page(String head, String bodyPrefix) {
        return extractor.extract("<html><head>" + head + "</head><body>" + bodyPrefix + ARTICLE + "</body></html>",
                "https://news.example/2020/05/06/story");
    }

    private static void assertArticleKept(ExtractedPage p) {
        assertThat(p.hasArticle()).as("reason: %s", p.reason()).isTrue();
        assertThat(p.text()).contains(SyntheticPages.BODY[0]);
    }

    @Test
    void nullsInsideArraysAreSkipped() {
        ExtractedPage p = withJsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Courier\",\"sameAs\":[null,\"https://x.example\"]},"
                + "\"author\":[null,{\"name\":null},{\"@type\":\"Person\",\"name\":\"Ann Lee\"}]}");
        assertArticleKept(p);
        assertThat(p.author()).isEqualTo("Ann Lee");
        assertThat(p.outlet()).isEqualTo("The Courier");
    }

    @Test
    void wrongTypesGiveNoValueInsteadOfAFailure() {
        ExtractedPage p = withJsonLd("{\"@type\":42,\"headline\":{\"a\":[1,2]},\"datePublished\":20200506,"
                + "\"author\":{\"name\":{\"first\":\"Ann\"}},\"publisher\":true,\"@graph\":\"not a graph\"}",
                "{\"@type\":[null,7,\"NewsArticle\"],\"headline\":[null,\"Second headline\"],\"author\":42}");
        assertArticleKept(p);
        assertThat(p.author()).isNull();
        assertThat(p.published()).isEqualTo("2020-05-06");
    }

    @Test
    void topLevelNullsAndNullGraphsAreTolerated() {
        assertArticleKept(withJsonLd("[null,{\"@graph\":null},{\"@graph\":[null,null]}]", "null", "[]", "{}"));
        JsonLdFacts facts = JsonLdFacts.read(java.util.Arrays.asList(null, "[null]", "{\"@graph\":[null,{\"@type\":"
                + "\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2020-01-02\"}]}"));
        assertThat(facts.headline()).isEqualTo("H");
        assertThat(facts.datePublished()).isEqualTo("2020-01-02");
    }

    @Test
    void anInvalidBlockCostsOnlyItself() {
        JsonLdFacts facts = JsonLdFacts.read(List.of("{\"@type\":\"NewsArticle\",\"headline\":", "<<<>>>", "\u0000\u0001",
                "{\"@type\":\"NewsArticle\",\"headline\":\"Sound block\",\"datePublished\":\"2019-03-04\"}"));
        assertThat(facts.headline()).isEqualTo("Sound block");
        assertArticleKept(withJsonLd("{\"headline\":\"unterminated", "{\"a\":[1,2,}", "]]]", "\"\\u12"));
    }

    @Test
    void hugeAndDeepBlocksAreBoundedNotFatal() {
        String huge = "{\"@type\":\"NewsArticle\",\"headline\":\"" + "x".repeat(1_500_000) + "\"}";
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String deepObjects = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
        String wide = "{\"sameAs\":[" + "null,".repeat(200_000) + "\"u\"]}";
        assertArticleKept(withJsonLd(huge, deep, deepObjects, wide));
        assertThat(JsonLdFacts.read(List.of(huge)).headline()).isNull();
    }

    @Test
    void microdataAndMetaTagsWithOddValues() {
        String head = "<meta property='og:title'><meta name='author' content=''><meta property='article:published_time'"
                + " content='" + "9".repeat(5000) + "'><meta property='og:site_name' content='" + "S".repeat(100_000) + "'>";
        String body = "<div itemscope itemtype='http://schema.org/NewsArticle'><span itemprop='author' itemscope>"
                + "<meta itemprop='name'></span><time itemprop='datePublished' datetime='not-a-date'></time>"
                + "<span itemprop='author'>" + "A".repeat(10_000) + "</span></div>";
        ExtractedPage p = page(head, body);
        assertArticleKept(p);
        assertThat(p.author()).isNull();
        assertThat(p.outlet()).isEqualTo("news.example");
    }
}
