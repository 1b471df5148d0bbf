package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A paywalled page that shows a teaser and declares the whole article as its JSON-LD articleBody: the declared text
 * is read when it continues the teaser; a declared body that opens otherwise, or says little more, leaves the page's
 * text. Made-up pages.
 */
class DeclaredFullTextTest {
    private static final String STANDFIRST = "Lifeboat crews from three stations worked for four hours in fog to bring"
            + " 46 people ashore from the grounded ferry.";
    private static final String REST = "The first call reached the Vesterhavn station at 05:52 on Tuesday, twelve"
            + " minutes after the ferry left port. Coxswain Greta Holm said the fog was so thick her crew could not see the"
            + " ferry until they were alongside it. \\\"We found her by her horn,\\\" Holm said. The crews took the"
            + " passengers off in groups of six, the children first, and the last of them reached the quay at ten.";

    private static String page(String articleBody) {
        return "<html><head><title>Inside the rescue | The Kessel Ledger</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Inside the rescue\","
                + "\"isAccessibleForFree\":\"False\",\"articleBody\":\"" + articleBody + "\"}</script></head><body><article>"
                + "<h1>Inside the rescue</h1><p class=\"standfirst\">" + STANDFIRST + "</p>"
                + "<p>The first call reached the Vesterhavn station at 05:52 on Tuesday, twelve minutes after the ferry"
                + " left port.</p><div class=\"paywall\"><p>Subscribe to continue reading. Get unlimited access for just"
                + " one pound a week.</p></div></article></body></html>";
    }

    @Test
    void aTeaserIsReplacedByTheDeclaredBodyThatContinuesIt() {
        ExtractedPage p = new HtmlArticleExtractor().extract(page(STANDFIRST + " " + REST), null);
        assertThat(p.hasArticle()).isTrue();
        assertThat(p.paragraphs()).hasSize(2);
        assertThat(p.paragraphs().get(0)).isEqualTo(STANDFIRST);
        assertThat(p.paragraphs().get(1)).startsWith("The first call reached").contains("\"We found her by her horn,\"")
                .endsWith("reached the quay at ten.");
        assertThat(p.removedBlocks()).anyMatch(r -> r.contains("used the articleBody"));
    }

    @Test
    void aDeclaredBodyInParagraphsKeepsThem() {
        ExtractedPage p = new HtmlArticleExtractor().extract(page(STANDFIRST + "\\n\\n" + REST), null);
        assertThat(p.paragraphs()).hasSize(2).last().asString().endsWith("reached the quay at ten.");
    }

    @Test
    void aDeclaredBodyThatOpensOtherwiseOrSaysLittleMoreLeavesThePagesText() {
        ExtractedPage other = new HtmlArticleExtractor().extract(page("A summary written for search engines. " + REST), null);
        assertThat(other.paragraphs()).noneMatch(t -> t.contains("We found her by her horn"))
                .anyMatch(t -> t.startsWith("The first call reached"));
        ExtractedPage little = new HtmlArticleExtractor().extract(page(STANDFIRST
                + " The first call reached the station at 05:52 on Tuesday."), null);
        assertThat(little.paragraphs()).anyMatch(t -> t.endsWith("twelve minutes after the ferry left port."));
    }
}
