package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each metadata source on its own, in pages that have only that source. */
class MetadataSourcesTest {

    private static final String ARTICLE = "<div class='article-body'>"
            + "<p>" + String.join("</p><p>", SyntheticPages.BODY) + "</p></div>";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ExtractedPage page(String head, String bodyPrefix, String url) {
        return extractor.extract("<html><head>" + head + "</head><body>" + bodyPrefix + ARTICLE + "</body></html>", url);
    }

    /**
     * A template's {@code <title>} that shares no word with the article's own h1 ("Gz page", the site's name) gives
     * way to the h1; a title that shares its words, an h1 outside the article (a logo), two article h1s or an
     * {@code og:title} keep the title as before.
     */
    @Test
    void theArticlesH1BeatsATitleThatSharesNoWordWithIt() {
        String h1 = "<article><h1>Rhine ferry closed by flood</h1>";
        assertThat(title("<title>Gz page</title>", h1)).isEqualTo("Rhine ferry closed by flood");
        assertThat(title("<title>Kaub Courier</title>", "<main><h1>Rhine ferry closed by flood</h1></main>"))
                .isEqualTo("Rhine ferry closed by flood");
        assertThat(title("<title>Flood shuts Rhine crossing | Kaub Courier</title>", h1))
                .as("the title shares 'Rhine' with the h1: the desk's own wording stays")
                .isEqualTo("Flood shuts Rhine crossing");
        assertThat(title("<title>Gz page</title>", "<header><h1>Kaub Courier</h1></header><article>"))
                .as("an h1 outside the article").isEqualTo("Gz page");
        assertThat(title("<title>Gz page</title>", h1 + "<h1>Second story</h1>")).as("two article h1s")
                .isEqualTo("Gz page");
        assertThat(title("<title>Gz page</title><meta property='og:title' content='Ferry halted at Kaub'>", h1))
                .as("what the page declares for sharing").isEqualTo("Ferry halted at Kaub");
    }

    private String title(String head, String bodyStart) {
        String body = "<p>" + String.join("</p><p>", SyntheticPages.BODY) + "</p>";
        return extractor.extract("<html><head>" + head + "</head><body>" + bodyStart + body + "</article></body></html>",
                null).title();
    }

    @Test
    void dateFromJsonLdWinsOverMetaTags() {
        ExtractedPage p = page("<meta property='article:published_time' content='2020-01-01'>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
                + "\"name\":\"Site\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19T08:57:40+01:00\"}]}</script>",
                "", null);
        assertThat(p.published()).isEqualTo("2019-11-19T08:57:40+01:00");
    }

    @Test
    void dateFromMetaTagsInTheirUsualSpellings() {
        assertThat(page("<meta property='article:published_time' content='2018-10-09T12:00:00Z'>", "", null).published())
                .isEqualTo("2018-10-09T12:00:00Z");
        assertThat(page("<meta property='og:published_time' content='2018-10-09'>", "", null).published())
                .isEqualTo("2018-10-09");
        assertThat(page("<meta name='DC.date.issued' content='2017/03/05'>", "", null).published())
                .isEqualTo("2017-03-05");
        assertThat(page("<meta itemprop='datePublished' content='2016-02-29 10:11'>", "", null).published())
                .isEqualTo("2016-02-29T10:11");
        assertThat(page("<meta name='sailthru.date' content='Tue, 19 Nov 2019 08:00:00 GMT'>", "", null).published())
                .isEqualTo("2019-11-19");
    }

    @Test
    void dateFromTimeElementsUrlsAndText() {
        assertThat(page("", "<time datetime='2015-06-07T08:09:10Z' pubdate>June 7</time>", null).published())
                .isEqualTo("2015-06-07T08:09:10Z");
        assertThat(page("", "", "https://news.example/2011/10/31/some-story").published()).isEqualTo("2011-10-31");
        assertThat(page("", "", "https://news.example/story-20140102.html").published()).isEqualTo("2014-01-02");
        assertThat(page("", "<div class='meta'>Posted on November 19, 2019</div>", null).published())
                .isEqualTo("2019-11-19");
        assertThat(page("", "<span class='data'>sexta-feira, 22 de outubro de 2010</span>", null).published())
                .isEqualTo("2010-10-22");
        assertThat(page("", "", null).published()).isNull();
    }

    @Test
    void datesInThePagesOwnLanguage() {
        assertThat(page("", "<div class='meta'>Veröffentlicht am 12. März 2020</div>", null).published()).isEqualTo("2020-03-12");
        assertThat(page("", "<div class='meta'>Wien, 3. Jänner 2021</div>", null).published()).isEqualTo("2021-01-03");
        assertThat(page("", "<div class='meta'>Publié le 5 févr. 2021</div>", null).published()).isEqualTo("2021-02-05");
        // an update's stamp is an upper bound of the publication date, never that date (page27)
        assertThat(page("", "<div class='meta'>mis à jour le 1er décembre 2019</div>", null).published()).isNull();
        assertThat(page("", "<div class='meta'>mis à jour le 1er décembre 2019</div>", null).updated()).isEqualTo("2019-12-01");
        assertThat(page("", "<div class='meta'>Opublikowano 12 września 2021</div>", null).published()).isEqualTo("2021-09-12");
        assertThat(page("", "<div class='meta'>Data publikacji: 3 Października 2022</div>", null).published())
                .isEqualTo("2022-10-03");
        assertThat(page("", "<div class='meta'>Stand: 25.01.2022</div>", null).published()).isEqualTo("2022-01-25");
    }

    @Test
    void aModificationDateIsAnUpperBoundNotThePublicationDate() {
        ExtractedPage onlyModified = page("<meta property='article:modified_time' content='2011-11-19T10:00:00Z'>", "",
                null);
        assertThat(onlyModified.published()).isNull();
        assertThat(onlyModified.updated()).isEqualTo("2011-11-19T10:00:00Z");
        ExtractedPage both = page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2011-10-28\",\"dateModified\":\"2011-11-19\"}</script>", "", null);
        assertThat(both.published()).isEqualTo("2011-10-28");
        assertThat(both.updated()).isEqualTo("2011-11-19");
    }

    @Test
    void invalidDatesAreIgnored() {
        assertThat(page("<meta property='article:published_time' content='2019-02-30'>", "", null).published()).isNull();
        assertThat(DateFinder.normalize("not a date")).isNull();
        assertThat(DateFinder.normalize("1574168580")).isEqualTo("2019-11-19");
    }

    @Test
    void titlePrefersTheHeadlineOverThePageTitleWithSiteName() {
        ExtractedPage p = page("<title>Budget passes | The Gazette</title><meta property='og:site_name' content='The Gazette'>",
                "<h1>Budget passes</h1>", null);
        assertThat(p.title()).isEqualTo("Budget passes");
        assertThat(page("<title>Budget passes after debate - The Gazette</title>", "", null).title())
                .isEqualTo("Budget passes after debate");
        assertThat(page("<meta property='og:title' content='From Open Graph'><title>Other</title>", "", null).title())
                .isEqualTo("From Open Graph");
    }

    @Test
    void authorFromJsonLdMetaOrByline() {
        assertThat(page("<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"x\",\"author\":"
                + "[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo Kim\"}]}</script>",
                "", null).author()).isEqualTo("Ann Lee, Bo Kim");
        assertThat(page("<meta name='author' content='By Sam Ortiz'>", "", null).author()).isEqualTo("Sam Ortiz");
        assertThat(page("<meta name='author' content='https://facebook.com/someone'>", "", null).author()).isNull();
        assertThat(page("", "<div class='byline'>By <span itemprop='author'>Lee Chen</span></div>", null).author())
                .isEqualTo("Lee Chen");
    }

    @Test
    void outletFromSiteNamePublisherApplicationNameOrHost() {
        assertThat(page("<meta property='og:site_name' content='The Gazette'>", "", null).outlet()).isEqualTo("The Gazette");
        assertThat(page("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"x\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Planet\"}}</script>", "", null).outlet())
                .isEqualTo("Daily Planet");
        assertThat(page("<meta name='application-name' content='Metro News'>", "", null).outlet()).isEqualTo("Metro News");
        assertThat(page("<link rel='canonical' href='https://www.example-news.com/a/b'>", "", null).outlet())
                .isEqualTo("example-news.com");
        assertThat(page("", "", "http://www.fallback.example/x").outlet()).isEqualTo("fallback.example");
    }
}
