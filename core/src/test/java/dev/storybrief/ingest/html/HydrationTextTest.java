package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pages their script renders (QA tour 24): the shell shows nothing, and the article is the longest run of prose in the
 * data handed to the script, whatever its fields are called. Made-up pages.
 */
class HydrationTextTest {
    private static final String P1 = "The river ferry at Oskby stopped running on Tuesday after inspectors found a crack"
            + " in its landing ramp.";
    private static final String P2 = "About 900 people cross on it every day, and the detour by road adds 25 kilometres.";
    private static final String P3 = "Repairs are expected to take two weeks, the harbour office said.";

    private static String shell(String script) {
        return "<html><head><title>Oskby ferry stopped | Valley Courier</title></head><body><div id=\"root\">"
                + "<div class=\"skeleton\"></div><noscript>Enable JavaScript to read this page.</noscript></div>"
                + script + "<script src=\"/static/main.js\" defer></script></body></html>";
    }

    @Test
    void aNextPagesParagraphObjectsAreTheArticleAndItsLabelsAreNot() {
        String data = "{\"props\":{\"pageProps\":{\"related\":[{\"title\":\"Bridge reopens after repairs\"}],"
                + "\"story\":{\"headline\":\"Oskby ferry stopped\",\"blocks\":[{\"kind\":\"text\",\"value\":\"" + P1
                + "\"},{\"kind\":\"advert\",\"value\":\"Advertisement\"},{\"kind\":\"text\",\"value\":\"" + P2
                + "\"},{\"kind\":\"text\",\"value\":\"" + P3 + "\"}]}}},\"page\":\"/story/[slug]\"}";
        ExtractedPage p = new HtmlArticleExtractor().extract(
                shell("<script id=\"__NEXT_DATA__\" type=\"application/json\">" + data + "</script>"), null);
        assertThat(p.hasArticle()).isTrue();
        assertThat(p.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aStateAssignedToAGlobalIsReadEvenWhenItIsNoJson() {
        String nuxt = "<script>window.__NUXT__=(function(a,b){return {data:[{body:\"<p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p>\",tag:a}],state:b}}(\"news\",null));</script>";
        ExtractedPage p = new HtmlArticleExtractor().extract(shell(nuxt), null);
        assertThat(p.hasArticle()).isTrue();
        assertThat(p.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aPageWithItsOwnTextKeepsIt() {
        String own = "<article><p>" + P1 + "</p><p>" + P2 + " " + P3 + "</p></article>";
        String html = shell("<script type=\"application/json\">{\"teasers\":[\"A quite different story about a school"
                + " that opened its new library on Monday with a reading by the mayor.\"]}</script>")
                .replace("<div class=\"skeleton\"></div>", own);
        ExtractedPage p = new HtmlArticleExtractor().extract(html, null);
        assertThat(p.paragraphs()).containsExactly(P1, P2 + " " + P3);
    }

    @Test
    void longLiteralsAndEmptyOnesAreReadWithoutLosingTheirPairing() {
        // a megabyte of one string: a regular expression's repeated alternation overflowed the stack on this
        String huge = "x".repeat(1_000_000);
        assertThat(HydrationText.stringLiterals("f(\"" + huge + "\",'" + P1 + "')")).containsExactly(P1);
        assertThat(HydrationText.stringLiterals("f(\"\", 'it\\'s', \"a \\\" b\", \"broken\n\", 'tail')"))
                .containsExactly("it\\'s", "a \\\" b", "tail");
    }
}
