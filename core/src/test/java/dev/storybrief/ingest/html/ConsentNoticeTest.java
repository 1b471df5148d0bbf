package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A cookie or consent notice is never the article, even when it holds most of the page's sentences: under a post of a
 * few short lines of dialogue the notice's text outweighs the post's, and a boilerplate name is otherwise trusted less
 * the more of the page's prose its element holds.
 */
class ConsentNoticeTest {

    @Test
    void aConsentNoticeWithMostOfThePagesProseIsNotTheArticle() {
        String notice = "Privacy and cookies: this site uses cookies. By continuing to use this website, you agree to"
                + " their use. To find out more, including how to control cookies, see here: our cookie policy.";
        String html = "<html><head><title>Monster talk</title><meta property='og:type' content='article'>"
                + "<meta property='article:published_time' content='2009-12-23T10:00:00+00:00'></head><body><article><h1>Monster talk</h1>"
                + "<div class='entry'><p>M: Who slips next on the ice?<br>Me: I bet you will be the next one to…"
                + " aah. Paff. Ouch.<br>M: I win!</p></div></article><div class='widget widget_eu_cookie_law_widget'>"
                + "<div id='eu-cookie-law'><form>" + notice + "</form></div></div></body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.text()).doesNotContain("cookies").startsWith("M: Who slips next on the ice?");
    }
}
