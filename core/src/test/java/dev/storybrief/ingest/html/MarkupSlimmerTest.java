package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupSlimmerTest {
    private final MarkupSlimmer slimmer = new MarkupSlimmer(10_000_000, 1_000_000);

    @Test
    void ordinaryTagsPassUnchanged() {
        String html = "<div class=\"a\"><p>One.</p><my-custom-element x=1>Two</my-custom-element><br/></div>";
        assertThat(slimmer.slim(html).html()).isEqualTo(html);
    }

    @Test
    void aMegabyteTagNameIsCutAndTheTextAroundItKept() {
        String name = "tabemsc".repeat(150_000);
        String html = "<p>Before the break.</p><" + name + " class=\"x\">Inside</" + name + "><p>After the break.</p>";
        String slim = slimmer.slim(html).html();
        assertThat(slim).hasSizeLessThan(500)
                .contains("<p>Before the break.</p>", "<" + name.substring(0, MarkupSlimmer.MAX_TAG_NAME) + " class=\"x\">",
                        "Inside</" + name.substring(0, MarkupSlimmer.MAX_TAG_NAME) + ">", "<p>After the break.</p>");
    }

    @Test
    void theExtractorReadsAPageWithAGiantTagName() {
        String paragraph = "<p>The river bridge at Millbrook reopened on Monday after three weeks of repairs to its "
                + "steel cables, engineers said, and traffic returned to both lanes by the evening.</p>";
        String html = "<html><body><article><h1>Bridge reopens</h1>" + paragraph.repeat(4) + "<x"
                + "y".repeat(1_000_000) + ">" + paragraph.replace("Monday", "Tuesday").repeat(2)
                + "</article></body></html>";
        ExtractedPage page = new HtmlArticleExtractor().extract(html, null);
        assertThat(page.hasArticle()).isTrue();
        assertThat(String.join("\n", page.paragraphs())).contains("reopened on Monday", "reopened on Tuesday");
    }
}
