package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void keepsTheArticleParagraphsAndDropsBoilerplate() {
        ExtractedPage page = extractor.extract(SyntheticPages.newsPage(), "https://www.riverside-gazette.example/news/budget");

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.reason()).isNull();
        assertThat(page.paragraphs()).containsExactly(SyntheticPages.BODY);
        assertThat(page.text()).isEqualTo(String.join("\n\n", SyntheticPages.BODY));
        assertThat(page.text()).doesNotContain("cookies", "Home", "Facebook", "Photo:", "Advertisement", "Related",
                "Mayor announces", "Sign up", "terrible decision", "Most read", "Copyright", "By Dana Miller", "tracking");
    }

    @Test
    void explainsWhatWasRemoved() {
        ExtractedPage page = extractor.extract(SyntheticPages.newsPage(), null);

        assertThat(page.removedBlocks()).anyMatch(s -> s.startsWith("article container: <div class=story-body>"));
        assertThat(page.removedBlocks()).anyMatch(s -> s.contains("outside the article container")
                && s.contains("I think the council"));
        assertThat(page.removedBlocks()).anyMatch(s -> s.contains("<div class=ad-slot> boilerplate"));
        assertThat(page.removedBlocks()).filteredOn(s -> s.contains("figure")).hasSize(1);
        assertThat(page.removedBlocks()).allMatch(s -> s.length() < 200);
    }

    @Test
    void readsMetadataFromTheHead() {
        ExtractedPage page = extractor.extract(SyntheticPages.newsPage(), null);

        assertThat(page.title()).isEqualTo("Council passes budget after long debate");
        assertThat(page.published()).isEqualTo("2021-03-04T10:15:00Z");
        assertThat(page.author()).isEqualTo("Dana Miller");
        assertThat(page.outlet()).isEqualTo("Riverside Gazette");
    }

    @Test
    void flagsAPageWithoutArticle() {
        ExtractedPage page = extractor.extract(SyntheticPages.sectionFront(), "https://gazette.example/news");

        assertThat(page.hasArticle()).isFalse();
        assertThat(page.paragraphs()).isEmpty();
        assertThat(page.text()).isEmpty();
        assertThat(page.reason()).isNotBlank();
        assertThat(page.outlet()).isEqualTo("gazette.example");
    }

    @Test
    void flagsEmptyAndNullInput() {
        assertThat(extractor.extract((String) null, null).hasArticle()).isFalse();
        assertThat(extractor.extract("   ", null).reason()).isEqualTo("empty input");
        assertThat(extractor.extract(new byte[0], null).hasArticle()).isFalse();
    }

    @Test
    void survivesBrokenMarkup() {
        String broken = "<html><head><title>Broken page</title><body><div class=content><p>"
                + SyntheticPages.BODY[0] + "<p>" + SyntheticPages.BODY[1] + "</span></b></div></div>"
                + "<p " + SyntheticPages.BODY[2] + "<table><tr><td>" + SyntheticPages.BODY[3] + "<!-- unclosed comment";

        ExtractedPage page = extractor.extract(broken, null);

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.text()).contains(SyntheticPages.BODY[0], SyntheticPages.BODY[1], SyntheticPages.BODY[3]);
        assertThat(page.title()).isEqualTo("Broken page");
    }

    @Test
    void boundsAHugePageAndStillFindsItsArticle() {
        StringBuilder sb = new StringBuilder("<html><head><title>Huge</title></head><body><nav>");
        sb.append("<a href='/'>Home</a> ".repeat(2_000)).append("</nav><script>")
                .append("var filler = 1;".repeat(100_000)).append("</script><article>");
        String paragraph = "<p>" + SyntheticPages.BODY[0] + "</p>\n";
        while (sb.length() < 10_500_000) {
            sb.append(paragraph);
        }
        sb.append("</article></body></html>");

        ExtractedPage page = extractor.extract(sb.toString(), null);

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.paragraphs()).hasSizeGreaterThan(1_000);
        assertThat(page.paragraphs().stream().filter(p -> !p.equals(SyntheticPages.BODY[0])).count()).isZero();
        assertThat(page.removedBlocks()).anyMatch(s -> s.startsWith("page truncated"));
        assertThat(page.text().length()).isLessThan(HtmlArticleExtractor.DEFAULT_MAX_CHARS);
    }

    @Test
    void boundsPathologicalMarkup() {
        String deep = "<html><body>" + "<div>".repeat(300_000) + "deep text" + "</body></html>";
        String tiny = "<html><body>" + "<p>a</p>".repeat(1_300_000) + "</body></html>";

        ExtractedPage deepPage = extractor.extract(deep, null);
        ExtractedPage tinyPage = extractor.extract(tiny, null);

        assertThat(deepPage.hasArticle()).isFalse();
        assertThat(tinyPage.hasArticle()).isFalse();
        assertThat(tinyPage.removedBlocks()).anyMatch(s -> s.startsWith("page truncated"));
    }

    @Test
    void readsGzippedBytes() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(SyntheticPages.newsPage().getBytes(StandardCharsets.UTF_8));
        }

        ExtractedPage page = extractor.extract(buffer.toByteArray(), null);

        assertThat(page.paragraphs()).containsExactly(SyntheticPages.BODY);
    }

    @Test
    void keepsWhatInflatedFromATruncatedGzipStream() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(SyntheticPages.newsPage().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = buffer.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);

        ExtractedPage page = extractor.extract(cut, null);

        assertThat(page.title()).isEqualTo("Council passes budget after long debate");
        assertThat(page.removedBlocks()).anyMatch(s -> s.startsWith("gzip input cut"));
    }

    @Test
    void rejectsAGzipStreamThatYieldsNothing() {
        byte[] garbage = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5};

        assertThatThrownBy(() -> extractor.extract(garbage, null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("corrupt gzip input")
                .hasMessageNotContaining("\n");
    }

    @Test
    void fallsBackToJsonLdArticleBodyWhenThePageHasNoText() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"" + String.join("\\n", SyntheticPages.BODY) + "\"}</script></head>"
                + "<body><div id='app'></div></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.hasArticle()).isTrue();
        assertThat(page.paragraphs()).containsExactly(SyntheticPages.BODY);
        assertThat(page.removedBlocks()).anyMatch(s -> s.contains("JSON-LD articleBody"));
    }

    @Test
    void keepsSubheadingsListsAndTablesInsideTheArticle() {
        String html = "<html><body><div class='article-body'><p>" + SyntheticPages.BODY[0] + "</p>"
                + "<h2>What changes next year</h2><p>" + SyntheticPages.BODY[1] + "</p>"
                + "<ul><li>More buses</li><li>Longer library hours</li></ul>"
                + "<table><tr><td>Roads</td><td>4.2m</td></tr></table><p>" + SyntheticPages.BODY[2] + "</p></div>"
                + "<div class='tags'><a href='/t/budget'>budget</a> <a href='/t/council'>council</a></div></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertThat(page.paragraphs()).containsExactly(SyntheticPages.BODY[0], "What changes next year",
                SyntheticPages.BODY[1], "More buses", "Longer library hours", "Roads | 4.2m", SyntheticPages.BODY[2]);
    }

    @Test
    void configurationIsValidated() {
        assertThatThrownBy(() -> extractor.withMaxChars(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(extractor.withMinArticleWords(1000).extract(SyntheticPages.newsPage(), null).reason())
                .startsWith("too little running text");
    }
}
