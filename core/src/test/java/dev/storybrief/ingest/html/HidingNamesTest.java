package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A hiding word in a class name marks the element only when the class hides the element itself; comment threads are
 * recognised by the German and Polish words for comment too.
 */
class HidingNamesTest {

    private static ClassIdSignals.Verdict judge(String className) {
        Element e = Jsoup.parse("<div class='" + className + "'>x</div>").selectFirst("div");
        return ClassIdSignals.judge(e);
    }

    @Test
    void classesThatHideTheElementAreWeakBoilerplate() {
        assertThat(judge("hidden")).isEqualTo(ClassIdSignals.Verdict.WEAK_BOILERPLATE);
        assertThat(judge("u-hidden")).isEqualTo(ClassIdSignals.Verdict.WEAK_BOILERPLATE);
        assertThat(judge("visually-hidden")).isEqualTo(ClassIdSignals.Verdict.WEAK_BOILERPLATE);
    }

    @Test
    void classesThatHideAPartOrHideOnSmallScreensSayNothing() {
        assertThat(judge("field field--label-hidden")).isEqualTo(ClassIdSignals.Verdict.NEUTRAL);
        assertThat(judge("hidden-xs")).isEqualTo(ClassIdSignals.Verdict.NEUTRAL);
        assertThat(judge("hide-for-small")).isEqualTo(ClassIdSignals.Verdict.NEUTRAL);
        assertThat(judge("text-formatted field--label-hidden")).isEqualTo(ClassIdSignals.Verdict.CONTENT);
    }

    @Test
    void keepsAnIntroWhoseFieldLabelIsHidden() {
        String intro = "Hardly anyone believed the story at first, but the letter was real and it had travelled "
                + "for forty years.";
        String body = "It was posted in 1982 from a village near the coast and arrived last week at the right "
                + "address, where the granddaughter of the sender now lives.";
        String html = "<html><head><title>A letter</title></head><body><article><h1>A letter</h1>"
                + "<div class='field field-name-intro field-label-hidden'><p>" + intro + "</p></div>"
                + "<div class='field field-name-body'><p>" + body + "</p><p>" + body.replace("1982", "1983")
                + "</p></div></article></body></html>";

        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);

        assertThat(page.paragraphs()).containsExactly(intro, body, body.replace("1982", "1983"));
    }

    @Test
    void commentThreadsNamedInGermanOrPolishAreBoilerplate() {
        assertThat(judge("kommentarModul")).isEqualTo(ClassIdSignals.Verdict.BOILERPLATE);
        assertThat(judge("komentarze-lista")).isEqualTo(ClassIdSignals.Verdict.BOILERPLATE);
        Element e = Jsoup.parse("<div class='kommentarContent'>x</div>").selectFirst("div");
        assertThat(ClassIdSignals.isCommentArea(e)).isTrue();
        assertThat(ClassIdSignals.isHardBoilerplate(e)).isTrue();
    }

    @Test
    void onlyTheFirstFewDozenClassNamesAreRead() {
        // Broken or hostile markup with a million class names must not cost a million strings per look at the element.
        String many = "a b ".repeat(10_000) + "comments";
        Element e = Jsoup.parse("<div class='" + many + "'>x</div>").selectFirst("div");

        assertThat(ClassIdSignals.isHardBoilerplate(e)).isFalse();
        assertThat(judge("a b c comments")).isEqualTo(ClassIdSignals.Verdict.BOILERPLATE);
    }
}
