package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A post embedded in the markup its network gives to paste (X/Twitter, Bluesky; Mastodon's newer embed carries no
 * words) keeps its words and its signature line, for the clean stage to credit; its day does not date the article
 * (QA16 #12).
 */
class PostEmbedsTest {
    private static final String LEAD = "Hundreds of residents were moved out of their homes in Kelby on Tuesday after the"
            + " river burst its banks overnight, the county council said.";
    private static final String MORE = "Emergency crews used boats to reach houses on the lower streets, where water stood"
            + " a metre deep by morning.";
    private static final String LAST = "The council said a shelter at the Kelby sports centre would stay open until the"
            + " water falls.";

    private static ExtractedPage extract(String embeds) {
        return new HtmlArticleExtractor().extract("<html><head><title>Flooding in Kelby</title></head><body><article>"
                + "<h1>Flooding forces hundreds from homes in Kelby</h1><p>" + LEAD + "</p><p>" + MORE + "</p>" + embeds
                + "<p>" + LAST + "</p></article></body></html>", null);
    }

    @Test
    void aTweetAndABlueskyPostKeepTheirWordsAndSignatures() {
        ExtractedPage page = extract("<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">We are safe, thank you"
                + " all for your kind messages <a href=\"https://t.co/abc\">pic.twitter.com/abc</a></p>&mdash; Jane Doe"
                + " (@janedoe) <a href=\"https://twitter.com/janedoe/status/1234\">March 3, 2026</a></blockquote>"
                + "<script async src=\"https://platform.twitter.com/widgets.js\"></script>"
                + "<div class=\"embed-social\"><blockquote class=\"bluesky-embed\" data-bluesky-uri=\"at://did:plc:abc/app.bsky"
                + ".feed.post/xyz\"><p lang=\"en\">Crews remain on the lower streets tonight.</p>&mdash; Kelby Fire Service"
                + " (<a href=\"https://bsky.app/profile/did:plc:abc\">@kelbyfire.bsky.social</a>) <a href=\"https://bsky.app/"
                + "profile/did:plc:abc/post/xyz\">March 3, 2026 at 9:15 PM</a></blockquote></div>");

        assertThat(page.paragraphs()).containsExactly(LEAD, MORE,
                "We are safe, thank you all for your kind messages pic.twitter.com/abc",
                "— Jane Doe (@janedoe) March 3, 2026",
                "Crews remain on the lower streets tonight.",
                "— Kelby Fire Service (@kelbyfire.bsky.social) March 3, 2026 at 9:15 PM", LAST);
        assertThat(page.published()).isNull();
    }

    @Test
    void anEmbedWithoutThePostsWordsGoes() {
        ExtractedPage page = extract("<blockquote class=\"mastodon-embed\" data-embed-url=\"https://mastodon.social/@jane/1/embed\">"
                + "<a href=\"https://mastodon.social/@jane/1\"><div>Post by @jane@mastodon.social</div><div>View on Mastodon"
                + "</div></a></blockquote>");

        assertThat(page.paragraphs()).containsExactly(LEAD, MORE, LAST);
    }
}
