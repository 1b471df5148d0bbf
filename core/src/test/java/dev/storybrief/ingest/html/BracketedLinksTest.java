package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A link of a few words in square brackets after a paragraph's last sentence points to another page ("[more]",
 * "[weiter lesen]") and goes; a footnote number in brackets and a bracketed link inside a sentence stay.
 */
class BracketedLinksTest {

    private static String page(String first, String second) {
        return "<html><head><title>The harbour reopens</title></head><body><article><h1>The harbour reopens</h1>"
                + "<p>The harbour reopened on Monday after three weeks of repairs to the northern pier, and the first"
                + " ferry left on time with about two hundred passengers on board.</p><p>" + first + "</p><p>"
                + second + "</p><p>The town council will decide in spring whether the southern pier is repaired in"
                + " the same way, which would close the harbour again for a month.</p></article></body></html>";
    }

    @Test
    void aBracketedLinkAfterTheLastSentenceGoes() {
        String text = new HtmlArticleExtractor().extract(page("The fishermen's association thanked the workers who"
                + " finished a week early. <strong>[<a href='/news/pier'><span>read more</span></a>]</strong>",
                "Harbour master Lena Berg said the pier is now safe for the largest boats of the fleet. [<a"
                + " href='/news/berg'>more</a>]"), null).text();

        assertThat(text).contains("finished a week early.", "largest boats of the fleet.")
                .doesNotContain("read more", "[", "]");
    }

    @Test
    void aFootnoteAndALinkInsideASentenceStay() {
        String text = new HtmlArticleExtractor().extract(page("The pier was first built in 1894 and rebuilt twice"
                + " since then. [<a href='#note1'>1</a>]", "The report [<a href='/report.pdf'>full text</a>] lists"
                + " the repairs and their cost in detail for every section."), null).text();

        assertThat(text).contains("rebuilt twice since then. [1]", "The report [full text] lists the repairs");
    }
}
